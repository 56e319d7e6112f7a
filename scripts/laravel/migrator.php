<?php

/*
 * Laravel's own Migrator, standalone.
 *
 * The acceptance tests must ask *Laravel* (not our idea of Laravel) which
 * migrations are pending, so this script wires up the real
 * Illuminate\Database\Migrations\Migrator from Debian's php-illuminate-database
 * (Laravel 8.83) without a full application: a Capsule manager for the
 * connection, the DatabaseMigrationRepository for the `migrations` table, and a
 * Container + Facade root so migration files can call Schema:: and DB::.
 *
 * Usage:
 *   php scripts/laravel/migrator.php --driver=pgsql|mysql|sqlite
 *       --database=NAME_OR_PATH [--host=..] [--port=..] [--username=..]
 *       [--password=..] [--table=migrations] --path=DIR_OR_FILE [--path=...]
 *       COMMAND
 *
 * Commands:
 *   install          create the migrations table (no-op if it exists)
 *   migrate          run every pending migration as one new batch
 *                    (exits 1 with the error message on failure)
 *   pending          print pending migration names as a JSON array, in the
 *                    order the Migrator would run them
 *   ran              print the names recorded in the migrations table (JSON)
 *   migrate-one=NAME run exactly that migration, recorded with the next batch
 *
 * A --path may name a directory (all *_*.php files in it, like artisan) or a
 * single .php file; make-samples.sh uses single files to replay an app's
 * deployment history batch by batch.
 *
 * Table prefix: --prefix=P and --prefix-indexes=0|1 set the connection's
 * `prefix` and `prefix_indexes` (default '' and 1).
 *
 * An application (--app=DIR, tests of migstamp --app): the stand-ins of
 * Laravel's foundation helpers below give its migrations env() (from DIR/.env,
 * converted as Illuminate\Support\Env::get does), config() (DIR/config/*.php,
 * plus --config=KEY=FILE: a package's defaults merged under the application's
 * file as ServiceProvider::mergeConfigFrom does) and the path helpers; composer's
 * PSR-4 autoload of the application and of vendor/composer/installed.json loads
 * their classes. The connection named by --connection (default: the config's
 * default) gives prefix, prefix_indexes, search_path/schema, and the tracking
 * table (`migrations`, a name or Laravel 11's ['table' => name]); --driver,
 * --database and the socket stay this script's. The migration paths are still
 * given with --path: which folders a provider registers is what migstamp must
 * find out, so the test states them.
 */

declare(strict_types=1);

require_once 'Illuminate/Database/autoload.php';

use Illuminate\Container\Container;
use Illuminate\Database\Capsule\Manager as Capsule;
use Illuminate\Database\Migrations\DatabaseMigrationRepository;
use Illuminate\Database\Migrations\Migrator;
use Illuminate\Support\Facades\Facade;

// Debian installs php-illuminate-filesystem only as a "suggests" of the
// database package, so it is usually absent. The Migrator type-hints the
// concrete class but only calls glob/getRequire/requireOnce on it; a tiny
// stand-in with the same name keeps this script dependency-free. If the real
// package is installed, its class wins (the autoloader above loads it).
if (!class_exists(\Illuminate\Filesystem\Filesystem::class)) {
    eval(<<<'PHP'
        namespace Illuminate\Filesystem;

        class Filesystem
        {
            public function glob($pattern, $flags = 0)
            {
                return glob($pattern, $flags) ?: [];
            }

            public function getRequire($path, array $data = [])
            {
                if (!is_file($path)) {
                    throw new \RuntimeException("File does not exist at path {$path}.");
                }
                // Isolated scope, like the real Filesystem: the file sees only $data.
                return (static function () use ($path, $data) {
                    extract($data, EXTR_SKIP);
                    return require $path;
                })();
            }

            public function requireOnce($path, array $data = [])
            {
                return (static function () use ($path, $data) {
                    extract($data, EXTR_SKIP);
                    return require_once $path;
                })();
            }

            public function exists($path)
            {
                return file_exists($path);
            }
        }
        PHP);
}

/** Laravel's foundation helpers, for an application's config files and migrations (see --app). */
function env($key, $default = null)
{
    $vars = $GLOBALS['migstampEnv'] ?? [];
    if (!array_key_exists($key, $vars)) {
        return $default instanceof \Closure ? $default() : $default;
    }
    $value = $vars[$key];
    switch (strtolower($value)) {
        case 'true': case '(true)': return true;
        case 'false': case '(false)': return false;
        case 'empty': case '(empty)': return '';
        case 'null': case '(null)': return null;
    }
    return preg_match('/\A([\'"])(.*)\1\z/s', $value, $m) ? $m[2] : $value;
}

function config($key = null, $default = null)
{
    return \Illuminate\Support\Arr::get($GLOBALS['migstampConfig'] ?? [], $key, $default);
}

function base_path($path = '')
{
    return rtrim(($GLOBALS['migstampApp'] ?? getcwd()) . '/' . $path, '/');
}

function database_path($path = '')
{
    return base_path('database/' . $path);
}

function config_path($path = '')
{
    return base_path('config/' . $path);
}

function fail(string $message, int $code = 1): never
{
    fwrite(STDERR, rtrim($message) . "\n");
    exit($code);
}

// ---- arguments --------------------------------------------------------------

$opts = ['driver' => null, 'database' => null, 'host' => null, 'port' => null,
    'username' => null, 'password' => null, 'table' => null, 'prefix' => '', 'prefix-indexes' => '1',
    'app' => null, 'connection' => null];
$paths = [];
$packageConfigs = [];
$command = null;

foreach (array_slice($argv, 1) as $arg) {
    if (preg_match('/^--([a-z-]+)=(.*)$/s', $arg, $m)) {
        if ($m[1] === 'path') {
            $paths[] = $m[2];
        } elseif ($m[1] === 'config' && str_contains($m[2], '=')) {
            [$key, $file] = explode('=', $m[2], 2);
            $packageConfigs[$key] = $file;
        } elseif (array_key_exists($m[1], $opts)) {
            $opts[$m[1]] = $m[2];
        } else {
            fail("unknown option --{$m[1]}", 2);
        }
    } elseif ($command === null && !str_starts_with($arg, '--')) {
        $command = $arg;
    } else {
        fail("unexpected argument {$arg}", 2);
    }
}

if ($command === null) {
    fail('usage: migrator.php --driver=.. --database=.. --path=DIR COMMAND (install|migrate|pending|ran|migrate-one=NAME)', 2);
}
if (!in_array($opts['driver'], ['pgsql', 'mysql', 'sqlite'], true)) {
    fail('--driver must be pgsql, mysql or sqlite', 2);
}
if ($opts['database'] === null || $opts['database'] === '') {
    fail('--database is required', 2);
}
if ($paths === [] && $command !== 'install' && $command !== 'ran') {
    fail('at least one --path is required', 2);
}
foreach ($paths as $i => $p) {
    $real = realpath($p);
    if ($real === false) {
        fail("migration path does not exist: {$p}", 2);
    }
    $paths[$i] = $real;
}

// ---- application --------------------------------------------------------------

$appConnection = [];
if ($opts['app'] !== null) {
    $app = realpath($opts['app']) ?: fail("application folder does not exist: {$opts['app']}", 2);
    $GLOBALS['migstampApp'] = $app;
    $GLOBALS['migstampEnv'] = is_file("{$app}/.env") ? readEnvFile("{$app}/.env") : [];
    registerPsr4($app);
    $config = [];
    foreach (glob("{$app}/config/*.php") as $file) {
        $config[basename($file, '.php')] = require $file;
    }
    foreach ($packageConfigs as $key => $file) {
        $config[$key] = array_merge(require $file, $config[$key] ?? []);
    }
    $GLOBALS['migstampConfig'] = $config;
    $name = $opts['connection'] ?? $config['database']['default'];
    $appConnection = $config['database']['connections'][$name] ?? fail("the application has no connection {$name}", 2);
    $tracking = $config['database']['migrations'] ?? 'migrations';
    $opts['table'] ??= is_array($tracking) ? $tracking['table'] : $tracking;
}
$opts['table'] ??= 'migrations';

/** KEY=VALUE lines; quotes kept for env() to strip, as phpdotenv hands them on. */
function readEnvFile(string $file): array
{
    $vars = [];
    foreach (file($file, FILE_IGNORE_NEW_LINES) as $line) {
        if (preg_match('/^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*)$/', $line, $m)) {
            $value = trim($m[2]);
            if ($value !== '' && $value[0] !== '"' && $value[0] !== "'") {
                $value = trim(preg_replace('/\s+#.*$/', '', $value));
            }
            $vars[$m[1]] ??= $value;
        }
    }
    return $vars;
}

/** Composer's PSR-4 autoload for the application and its installed packages. */
function registerPsr4(string $app): void
{
    $map = [];
    $composer = json_decode((string) file_get_contents("{$app}/composer.json"), true);
    foreach ($composer['autoload']['psr-4'] ?? [] as $prefix => $dir) {
        $map[] = [$prefix, "{$app}/{$dir}"];
    }
    $installed = is_file("{$app}/vendor/composer/installed.json") ? json_decode((string) file_get_contents("{$app}/vendor/composer/installed.json"), true) : [];
    foreach ($installed['packages'] ?? $installed as $package) {
        $root = isset($package['install-path']) ? "{$app}/vendor/composer/{$package['install-path']}" : "{$app}/vendor/{$package['name']}";
        foreach ($package['autoload']['psr-4'] ?? [] as $prefix => $dir) {
            $map[] = [$prefix, "{$root}/{$dir}"];
        }
    }
    spl_autoload_register(function (string $class) use ($map): void {
        foreach ($map as [$prefix, $dir]) {
            if (str_starts_with($class, $prefix)) {
                $file = rtrim($dir, '/') . '/' . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
                if (is_file($file)) {
                    require $file;
                    return;
                }
            }
        }
    });
}

// ---- connection -------------------------------------------------------------

// Defaults match the local engines started by scripts/start-engines.sh: both
// servers are reached over their Unix sockets as the current OS user.
$osUser = function_exists('posix_getpwuid') ? (posix_getpwuid(posix_geteuid())['name'] ?? 'root') : 'root';
$config = ['driver' => $opts['driver'], 'database' => $opts['database'],
    'prefix' => $opts['app'] !== null ? ($appConnection['prefix'] ?? '') : $opts['prefix'],
    'prefix_indexes' => $opts['app'] !== null ? ($appConnection['prefix_indexes'] ?? null) : $opts['prefix-indexes'] === '1'];

switch ($opts['driver']) {
    case 'pgsql':
        $config += [
            'host' => $opts['host'] ?? '/var/run/postgresql',
            'port' => $opts['port'] ?? '5432',
            'username' => $opts['username'] ?? $osUser,
            'password' => $opts['password'] ?? '',
            'charset' => 'utf8',
            'schema' => $appConnection['search_path'] ?? $appConnection['schema'] ?? 'public',
            'sslmode' => 'disable',
        ];
        break;
    case 'mysql':
        $host = $opts['host'] ?? '/run/mysqld/mysqld.sock';
        // A host starting with "/" is a socket path (PDO needs unix_socket).
        if (str_starts_with($host, '/')) {
            $config['unix_socket'] = $host;
            $config['host'] = 'localhost';
        } else {
            $config['host'] = $host;
        }
        $config += [
            'port' => $opts['port'] ?? '3306',
            'username' => $opts['username'] ?? $osUser,
            'password' => $opts['password'] ?? '',
            'charset' => 'utf8mb4',
            'collation' => 'utf8mb4_unicode_ci',
            'strict' => true,
            'engine' => null,
        ];
        break;
    case 'sqlite':
        // Laravel refuses a missing SQLite file; create it like `touch` would.
        if ($opts['database'] !== ':memory:' && !file_exists($opts['database'])) {
            touch($opts['database']);
        }
        $config['foreign_key_constraints'] = true;
        break;
}

$container = new Container();
Container::setInstance($container);

$capsule = new Capsule($container);
$capsule->addConnection($config);
$capsule->setAsGlobal();

// The Schema and DB facades resolve 'db' from the facade application; give
// them the Capsule's DatabaseManager so migration files behave as in an app.
$container->instance('db', $capsule->getDatabaseManager());
Facade::setFacadeApplication($container);

$resolver = $capsule->getDatabaseManager();
$repository = new DatabaseMigrationRepository($resolver, $opts['table']);
$repository->setSource('default');
$migrator = new Migrator($repository, $resolver, new \Illuminate\Filesystem\Filesystem());
$migrator->setConnection('default');

// Progress lines ("Migrating: …") go to stderr; stdout is reserved for the
// JSON the tests parse.
if (class_exists(\Symfony\Component\Console\Output\StreamOutput::class)) {
    $migrator->setOutput(new \Symfony\Component\Console\Output\StreamOutput(STDERR));
}

function pendingNames(Migrator $migrator, DatabaseMigrationRepository $repository, array $paths): array
{
    $files = $migrator->getMigrationFiles($paths);
    $ran = $repository->repositoryExists() ? $repository->getRan() : [];
    return array_values(array_diff(array_keys($files), $ran));
}

function json(array $value): void
{
    echo json_encode($value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
}

// ---- commands ---------------------------------------------------------------

try {
    if ($command === 'install') {
        if (!$repository->repositoryExists()) {
            $repository->createRepository();
        }
    } elseif ($command === 'ran') {
        json($repository->repositoryExists() ? $repository->getRan() : []);
    } elseif ($command === 'pending') {
        json(pendingNames($migrator, $repository, $paths));
    } elseif ($command === 'migrate') {
        if (!$repository->repositoryExists()) {
            $repository->createRepository();
        }
        // Migrator::run = require the files, compute pending, run them as one
        // batch, each inside a transaction where the grammar allows it.
        $migrator->run($paths);
    } elseif (str_starts_with($command, 'migrate-one=')) {
        $name = substr($command, strlen('migrate-one='));
        $files = $migrator->getMigrationFiles($paths);
        if (!isset($files[$name])) {
            fail("no migration named {$name} in the given paths", 2);
        }
        if (!$repository->repositoryExists()) {
            $repository->createRepository();
        }
        if (in_array($name, $repository->getRan(), true)) {
            fail("migration {$name} has already run", 1);
        }
        $migrator->requireFiles([$files[$name]]);
        $migrator->runPending([$files[$name]]);
    } else {
        fail("unknown command {$command}", 2);
    }
} catch (\Throwable $e) {
    // One clear message (the SQL error included) instead of a stack trace;
    // the tests show it when the Migrator fails.
    fail(get_class($e) . ': ' . $e->getMessage());
}
