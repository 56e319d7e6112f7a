/** The Drizzle framework adapter: https://orm.drizzle.team/docs/migrations */
import type { FrameworkAdapter } from '../../model/index.js';
import { drizzleAdapter } from './drizzle-adapter.js';

export const drizzle: FrameworkAdapter = drizzleAdapter;
