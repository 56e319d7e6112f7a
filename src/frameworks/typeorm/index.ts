/** The TypeORM framework adapter: https://typeorm.io/docs/migrations/why */
import type { FrameworkAdapter } from '../../model/index.js';
import { typeormAdapter } from './typeorm-adapter.js';

export const typeorm: FrameworkAdapter = typeormAdapter;
