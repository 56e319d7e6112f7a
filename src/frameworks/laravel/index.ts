/** The Laravel framework adapter: https://laravel.com/docs/migrations */
import type { FrameworkAdapter } from '../../model/index.js';
import { laravelAdapter } from './laravel-adapter.js';

export const laravel: FrameworkAdapter = laravelAdapter;
