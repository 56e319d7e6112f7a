/** The Knex framework adapter: https://knexjs.org/guide/migrations.html */
import type { FrameworkAdapter } from '../../model/index.js';
import { knexAdapter } from './knex-adapter.js';

export const knex: FrameworkAdapter = knexAdapter;
