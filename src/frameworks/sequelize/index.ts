/** The Sequelize framework adapter (sequelize-cli and umzug): https://sequelize.org/docs/v6/other-topics/migrations/ */
import type { FrameworkAdapter } from '../../model/index.js';
import { sequelizeAdapter } from './sequelize-adapter.js';

export const sequelize: FrameworkAdapter = sequelizeAdapter;
