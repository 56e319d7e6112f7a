#!/usr/bin/env bash
# Regenerate the Prisma sample dumps under samples/prisma-app/dumps/{pgsql,mysql,sqlite}/
# from samples/prisma-app/prisma/<provider>/migrations.
#
#   bash scripts/make-prisma-samples.sh            # all engines
#   bash scripts/make-prisma-samples.sh sqlite     # just one (pgsql | mysql | sqlite)
#
# The runner: PostgreSQL and SQLite are migrated by Prisma's own schema engine
# (scripts/prisma/engine.mjs: `deploy` is `prisma migrate deploy`, `status` is
# `prisma migrate status`). MariaDB is NOT migrated by Prisma: its engine's WebAssembly
# build has no MySQL connector, so scripts/prisma/mariadb-runner.mjs runs each
# migration.sql with the real mariadb client and writes the _prisma_migrations rows as
# the engine's source writes them (see that file for the functions it follows).
#
# For each engine:
#   1. a scratch database `prisma_migstamp_sample` (a fixed name);
#   2. replay samples/prisma-app/history.txt: deployment N deploys a folder holding the
#      migrations of deployments 1..N; then the rest is copied in and status must list
#      exactly the never-deployed ones as unapplied;
#   3. dump -> full.sql;
#   4. the newest deployment's rows lost, as a restore from a backup taken after
#      deployment $CUTOFF leaves them -> restored.sql;
#   5. full.sql restored into a fresh database with the real client, then the `failed`
#      migration's first version (broken/<provider>/) deployed: it stops with an
#      unfinished row (PostgreSQL rolls its statements back; SQLite and MariaDB keep
#      the ones before the failure) -> failed.sql.
# The dump files are exactly what pg_dump / mariadb-dump / sqlite3 printed; the rows'
# ids and times differ on every run (the engine takes random ids and the clock).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
app="$root/samples/prisma-app"
history="$app/history.txt"
engine_script="$root/scripts/prisma/engine.mjs"
mariadb_runner="$root/scripts/prisma/mariadb-runner.mjs"
db=prisma_migstamp_sample
CUTOFF=2
PG_RESTRICT_KEY=migstampSampleDumpKey

engines=("$@")
[ ${#engines[@]} -eq 0 ] && engines=(pgsql mysql sqlite)

history_lines() { grep -v '^[[:space:]]*\(#\|$\)' "$history"; }
deployments() { history_lines | awk '$1 ~ /^[0-9]+$/ {print $1}' | sort -n | uniq; }
names_of() { history_lines | awk -v n="$1" '$1 == n {print $2}'; }
# The names of the rows a backup taken after deployment $CUTOFF lacks, as an SQL list.
lost_names() { history_lines | awk -v c="$CUTOFF" '$1 ~ /^[0-9]+$/ && $1 > c {print "'\''" $2 "'\''"}' | paste -sd, -; }

work="$(mktemp -d /tmp/prisma-samples.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# migrate ENGINE FOLDER COMMAND: the runner for that engine, in the current database.
migrate() {
  case "$1" in
    pgsql) node "$engine_script" postgresql "postgresql://$(id -un)@localhost/$db?host=${PGHOST:-/var/run/postgresql}" "$2" "$3" ;;
    sqlite) node "$engine_script" sqlite "file:$work/$db.sqlite" "$2" "$3" ;;
    mysql) node "$mariadb_runner" "$db" "$2" "$3" ;;
  esac
}

# replay ENGINE PROVIDER: every deployment, then the runner's own unapplied list.
replay() {
  local engine="$1" migrations="$app/prisma/$2/migrations" deploy="$work/deploy" n name
  rm -rf "$deploy" && mkdir -p "$deploy"
  cp "$migrations/migration_lock.toml" "$deploy/"
  for n in $(deployments); do
    for name in $(names_of "$n"); do cp -r "$migrations/$name" "$deploy/"; done
    migrate "$engine" "$deploy" deploy >/dev/null
    echo "  deployment $n: $(names_of "$n" | wc -l) migrations" >&2
  done
  for name in $(names_of failed) $(names_of unapplied); do cp -r "$migrations/$name" "$deploy/"; done
  local unapplied expected
  unapplied="$(migrate "$engine" "$deploy" status | node -e 'const s = JSON.parse(require("fs").readFileSync(0, "utf8")); console.log((s.history?.unappliedMigrationNames ?? []).join(","))')"
  expected="$( (names_of failed; names_of unapplied) | paste -sd, -)"
  if [ "$unapplied" != "$expected" ]; then
    echo "unexpected unapplied migrations: [$unapplied], expected [$expected]" >&2
    exit 1
  fi
}

# fail_deploy ENGINE PROVIDER: deploy the failed migration's first version, which must fail.
fail_deploy() {
  local failing="$work/failing" name
  rm -rf "$failing" && mkdir -p "$failing"
  cp "$app/prisma/$2/migrations/migration_lock.toml" "$failing/"
  for n in $(deployments); do for name in $(names_of "$n"); do cp -r "$app/prisma/$2/migrations/$name" "$failing/"; done; done
  name="$(names_of failed)"
  cp -r "$app/broken/$2/$name" "$failing/"
  if migrate "$1" "$failing" deploy >/dev/null 2>"$work/failure.txt"; then
    echo "the first version of $name deployed, but it should fail" >&2
    exit 1
  fi
  echo "  $name failed: $(head -c 160 "$work/failure.txt" | tr '\n' ' ')" >&2
}

make_pgsql() {
  local out="$app/dumps/pgsql"
  mkdir -p "$out"
  dropdb --if-exists "$db" 2>/dev/null
  createdb "$db"
  replay pgsql postgresql
  pg_dump --restrict-key="$PG_RESTRICT_KEY" -d "$db" -f "$out/full.sql"
  psql -q -X -v ON_ERROR_STOP=1 -d "$db" -c "DELETE FROM _prisma_migrations WHERE migration_name IN ($(lost_names))"
  pg_dump --restrict-key="$PG_RESTRICT_KEY" -d "$db" -f "$out/restored.sql"
  dropdb "$db" && createdb "$db"
  psql -q -X -v ON_ERROR_STOP=1 -d "$db" -f "$out/full.sql" >/dev/null
  fail_deploy pgsql postgresql
  pg_dump --restrict-key="$PG_RESTRICT_KEY" -d "$db" -f "$out/failed.sql"
  dropdb "$db"
}

make_mysql() {
  local out="$app/dumps/mysql"
  mkdir -p "$out"
  mariadb -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  replay mysql mysql
  mariadb-dump --skip-dump-date "$db" > "$out/full.sql"
  mariadb "$db" -e "DELETE FROM _prisma_migrations WHERE migration_name IN ($(lost_names))"
  mariadb-dump --skip-dump-date "$db" > "$out/restored.sql"
  mariadb -e "DROP DATABASE \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
  mariadb "$db" < "$out/full.sql"
  fail_deploy mysql mysql
  mariadb-dump --skip-dump-date "$db" > "$out/failed.sql"
  mariadb -e "DROP DATABASE \`$db\`"
}

make_sqlite() {
  local out="$app/dumps/sqlite"
  local file="$work/$db.sqlite"
  mkdir -p "$out"
  rm -f "$file"
  replay sqlite sqlite
  sqlite3 "$file" .dump > "$out/full.sql"
  sqlite3 "$file" "DELETE FROM _prisma_migrations WHERE migration_name IN ($(lost_names))"
  sqlite3 "$file" .dump > "$out/restored.sql"
  rm -f "$file"
  sqlite3 -bail "$file" < "$out/full.sql"
  fail_deploy sqlite sqlite
  sqlite3 "$file" .dump > "$out/failed.sql"
}

for engine in "${engines[@]}"; do
  echo "$engine:" >&2
  "make_$engine"
done
