/** The Flyway framework adapter: https://documentation.red-gate.com/fd/migrations-184127470.html */
import type { FrameworkAdapter } from '../../model/index.js';
import { flywayAdapter } from './flyway-adapter.js';

export const flyway: FrameworkAdapter = flywayAdapter;
