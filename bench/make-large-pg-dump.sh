#!/usr/bin/env bash
# Builds a large, realistic pg_dump with the real engines: the sample app's
# migrations run by Laravel's Migrator, then its busiest tables filled with
# generated rows (generate_series) until the dump reaches the asked size.
#
#   bash bench/make-large-pg-dump.sh 500 bench/out/large.sql    # ~500 MB
#
# Writes the plain dump, and beside it the same database as a pg_dump custom
# archive (large.dump, default compression) and a gzip of the plain dump
# (large.sql.gz). Larger plain dumps: bench/grow-dump.sh.
#
# Needs PostgreSQL running (scripts/start-engines.sh) and php with
# php-illuminate-database. Rows are generated inside PostgreSQL, so the data
# section is exactly what pg_dump prints for real data: long COPY blocks with
# json, text with tabs/newlines/backslashes, uuids and timestamps.
set -euo pipefail

megabytes="${1:-500}"
out="${2:-bench/out/large-${megabytes}mb.sql}"
root="$(cd "$(dirname "$0")/.." && pwd)"
migrations="$root/samples/laravel-app/database/migrations"
db=migstamp_bench
export PGHOST="${PGHOST:-/var/run/postgresql}"

mkdir -p "$(dirname "$out")"
dropdb --if-exists "$db"
createdb "$db"
php "$root/scripts/laravel/migrator.php" --driver=pgsql --database="$db" --path="$migrations" migrate >/dev/null

# About 1 KB per telemetry row and 0.6 KB per message row in pg_dump's text.
rows=$(( megabytes * 1000 ))
psql -X -q -v ON_ERROR_STOP=1 -d "$db" <<SQL
INSERT INTO telemetry_events (name, source, correlation_id, payload, occurred_at, created_at, updated_at)
SELECT 'event.' || (g % 97),
       'app',
       md5(g::text)::uuid,
       jsonb_build_object('n', g, 'path', '/api/v1/items/' || g, 'note', repeat('payload text with a tab	and a backslash \\ ', 18)),
       timestamp '2025-01-01' + g * interval '1 second',
       now(), now()
FROM generate_series(1, ${rows}) AS g;
INSERT INTO messages (messageable_type, messageable_id, role, content, created_at, updated_at)
SELECT 'App\\Models\\WorkItem', g, 'assistant',
       'line one of message ' || g || E'\nline two, with ''quotes'' and a tab\t' || repeat('lorem ipsum ', 30),
       now(), now()
FROM generate_series(1, ${rows} / 2) AS g;
SQL
pg_dump --no-owner "$db" > "$out"
pg_dump --no-owner -Fc -f "${out%.sql}.dump" "$db"
gzip -c "$out" > "$out.gz"
dropdb "$db"
ls -l "$out" "${out%.sql}.dump" "$out.gz"
