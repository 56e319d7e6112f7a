/** The golang-migrate framework adapter: https://github.com/golang-migrate/migrate */
import type { FrameworkAdapter } from '../../model/index.js';
import { golangMigrateAdapter } from './golang-migrate-adapter.js';

export const golangMigrate: FrameworkAdapter = golangMigrateAdapter;
