#!/usr/bin/env bash
# Regenerate the golang-migrate sample dumps under
# samples/golang-migrate-app/dumps/{pgsql,mysql,sqlite}/ from
# samples/golang-migrate-app/db/migrations, with the real engines and dump tools.
#
#   bash scripts/make-golang-migrate-samples.sh            # all engines
#   bash scripts/make-golang-migrate-samples.sh sqlite     # just one (pgsql | mysql | sqlite)
#
# golang-migrate itself cannot be had here (not in Debian or on npm, no Go module
# proxy), so its runner is emulated from v4's source, as test/e2e/golang-migrate-engines.ts
# does it: the table as each driver's ensureVersionTable creates it; SetVersion as one
# transaction that empties the table and inserts (version, dirty); each up file sent in
# one call (PostgreSQL: one simple query, `psql -c`; MariaDB: statement by statement,
# stopping at the first error; SQLite: inside the driver's BEGIN … COMMIT); every
# migration set dirty, run, then set clean, as migrate.go runMigrations does.
#
# For each engine:
#   1. create a scratch database `golang_migrate_migstamp_sample` (a fixed name, so
#      that the dumps regenerate identically);
#   2. replay the deployment history (samples/golang-migrate-app/history.txt); the
#      row must then hold the newest version run, clean;
#   3. dump it -> full.sql;
#   4. restore the row of a backup taken after deployment $CUTOFF (SetVersion to its
#      newest version) -> restored.sql.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
app="$root/samples/golang-migrate-app"
migrations="$app/db/migrations"
history="$app/history.txt"
db=golang_migrate_migstamp_sample
CUTOFF=2
PG_RESTRICT_KEY=migstampSampleDumpKey

engines=("$@")
[ ${#engines[@]} -eq 0 ] && engines=(pgsql mysql sqlite)

history_lines() { grep -v '^[[:space:]]*\(#\|$\)' "$history"; }
ran() { history_lines | awk -v c="$1" '$1 ~ /^[0-9]+$/ && $1 <= c {print $2}'; }
version_of() { echo "${1%%_*}" | sed 's/^0*\([0-9]\)/\1/'; }
newest_run() { version_of "$(ran "$1" | tail -n 1)"; }

work="$(mktemp -d /tmp/golang-migrate-samples.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# replay SQL_FN RUN_FN: every migration that ran, in history order, as runMigrations runs it.
replay() {
  local sql="$1" run_file="$2" name version
  for name in $(ran 99); do
    version="$(version_of "$name")"
    "$sql" "$(set_version "$version" true)"
    "$run_file" "$migrations/$name.up.sql"
    "$sql" "$(set_version "$version" false)"
  done
}

make_pgsql() {
  local out="$app/dumps/pgsql" table='"public"."schema_migrations"'
  set_version() { echo "BEGIN; TRUNCATE $table; INSERT INTO $table (version, dirty) VALUES ($1, $2); COMMIT;"; }
  pg_sql() { psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "$1"; }
  pg_run() { psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "$(cat "$1")"; }
  mkdir -p "$out"
  dropdb --if-exists "$db"
  createdb "$db"
  pg_sql "CREATE TABLE IF NOT EXISTS $table (version bigint not null primary key, dirty boolean not null)"
  replay pg_sql pg_run
  [ "$(psql -X -Atq -d "$db" -c "SELECT version, dirty FROM $table LIMIT 1")" = "$(newest_run 99)|f" ]
  pg_dump --restrict-key="$PG_RESTRICT_KEY" -d "$db" -f "$out/full.sql"
  pg_sql "$(set_version "$(newest_run "$CUTOFF")" false)"
  pg_dump --restrict-key="$PG_RESTRICT_KEY" -d "$db" -f "$out/restored.sql"
  dropdb "$db"
}

make_mysql() {
  local out="$app/dumps/mysql"
  set_version() { echo "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE; START TRANSACTION; DELETE FROM \`schema_migrations\` LIMIT 1; INSERT INTO \`schema_migrations\` (version, dirty) VALUES ($1, $([ "$2" = true ] && echo 1 || echo 0)); COMMIT;"; }
  my_sql() { mariadb "$db" -e "$1"; }
  my_run() { mariadb "$db" < "$1"; }
  mkdir -p "$out"
  mariadb -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\`"
  my_sql 'CREATE TABLE `schema_migrations` (version bigint not null primary key, dirty boolean not null)'
  replay my_sql my_run
  [ "$(mariadb -N -B "$db" -e 'SELECT version, dirty FROM `schema_migrations` LIMIT 1')" = "$(newest_run 99)	0" ]
  mariadb-dump --skip-dump-date "$db" > "$out/full.sql"
  my_sql "$(set_version "$(newest_run "$CUTOFF")" false)"
  mariadb-dump --skip-dump-date "$db" > "$out/restored.sql"
  mariadb -e "DROP DATABASE \`$db\`"
}

make_sqlite() {
  local out="$app/dumps/sqlite"
  file="$work/$db.sqlite"
  set_version() { echo "BEGIN; DELETE FROM schema_migrations; INSERT INTO schema_migrations (version, dirty) VALUES ($1, $([ "$2" = true ] && echo 1 || echo 0)); COMMIT;"; }
  lite_sql() { sqlite3 -bail "$file" "$1"; }
  lite_run() { { echo 'BEGIN;'; cat "$1"; printf '\n;COMMIT;\n'; } | sqlite3 -bail "$file"; }
  mkdir -p "$out"
  rm -f "$file"
  lite_sql 'CREATE TABLE IF NOT EXISTS schema_migrations (version uint64,dirty bool);
  CREATE UNIQUE INDEX IF NOT EXISTS version_unique ON schema_migrations (version);'
  replay lite_sql lite_run
  [ "$(sqlite3 "$file" 'SELECT version, dirty FROM schema_migrations LIMIT 1')" = "$(newest_run 99)|0" ]
  sqlite3 "$file" .dump > "$out/full.sql"
  lite_sql "$(set_version "$(newest_run "$CUTOFF")" false)"
  sqlite3 "$file" .dump > "$out/restored.sql"
}

for engine in "${engines[@]}"; do
  echo "$engine:" >&2
  "make_$engine"
done
