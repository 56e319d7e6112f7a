/**
 * Tables that well-known Laravel packages (and the framework's own `make:*-table`
 * commands) create, so that a table in the dump that no given migration makes
 * can be traced to the migrations folder the user left out.
 *
 * Table names are those in each package's migrations or published stubs:
 * laravel/sanctum `create_personal_access_tokens_table`, laravel/telescope
 * `create_telescope_entries_table`, laravel/passport `create_oauth_*_table`,
 * laravel/pulse `create_pulse_tables`, laravel/cashier `create_subscriptions_table`,
 * laravel/nova `create_action_events_table`, spatie/laravel-permission
 * `create_permission_tables.php.stub`, spatie/laravel-activitylog
 * `create_activity_log_table.php.stub`, spatie/laravel-medialibrary
 * `create_media_table.php.stub`, owen-it/laravel-auditing `audits.stub`; and
 * illuminate/foundation's `queue:table`, `queue:batches-table`,
 * `queue:failed-table`, `session:table`, `cache:table`, `notifications:table` stubs.
 */
import type { TableOrigin } from '../../model/index.js';

interface PackageTables {
  readonly origin: TableOrigin;
  readonly tables: readonly string[];
}

const vendor = (name: string): TableOrigin => ({
  name,
  advice: `add its migrations with --migrations vendor/${name}/database/migrations, or the folder they were published to`,
});

const published = (name: string): TableOrigin => ({
  name,
  advice: `its migration is published into the application (php artisan vendor:publish); add the folder that holds it with --migrations`,
});

const PACKAGES: readonly PackageTables[] = [
  { origin: vendor('laravel/sanctum'), tables: ['personal_access_tokens'] },
  { origin: vendor('laravel/telescope'), tables: ['telescope_entries', 'telescope_entries_tags', 'telescope_monitoring'] },
  { origin: vendor('laravel/passport'), tables: ['oauth_auth_codes', 'oauth_access_tokens', 'oauth_refresh_tokens', 'oauth_clients', 'oauth_personal_access_clients', 'oauth_device_codes'] },
  { origin: vendor('laravel/pulse'), tables: ['pulse_values', 'pulse_entries', 'pulse_aggregates'] },
  { origin: vendor('laravel/cashier'), tables: ['subscriptions', 'subscription_items'] },
  { origin: vendor('laravel/nova'), tables: ['action_events'] },
  { origin: published('spatie/laravel-permission'), tables: ['permissions', 'roles', 'model_has_permissions', 'model_has_roles', 'role_has_permissions'] },
  { origin: published('spatie/laravel-activitylog'), tables: ['activity_log'] },
  { origin: published('spatie/laravel-medialibrary'), tables: ['media'] },
  { origin: published('owen-it/laravel-auditing'), tables: ['audits'] },
  {
    origin: { name: 'Laravel itself', advice: 'the application made its migration with php artisan make:queue-table, session:table, cache:table or the like; add the folder that holds it with --migrations' },
    tables: ['jobs', 'job_batches', 'failed_jobs', 'sessions', 'cache', 'cache_locks', 'notifications', 'password_reset_tokens', 'password_resets'],
  },
];

const BY_TABLE = new Map(PACKAGES.flatMap((entry) => entry.tables.map((table) => [table, entry.origin] as const)));

/** The package that makes a table of this name (without the application's prefix), or null. */
export function packageOfTable(table: string): TableOrigin | null {
  return BY_TABLE.get(table.toLowerCase()) ?? null;
}
