/** The dbmate framework adapter: https://github.com/amacneil/dbmate */
import type { FrameworkAdapter } from '../../model/index.js';
import { dbmateAdapter } from './dbmate-adapter.js';

export const dbmate: FrameworkAdapter = dbmateAdapter;
