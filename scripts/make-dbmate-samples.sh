#!/usr/bin/env bash
# Regenerate the dbmate sample dumps under samples/dbmate-app/dumps/{pgsql,mysql,sqlite}/
# from samples/dbmate-app/db/migrations, with the real engines and the real dbmate
# (node_modules/.bin/dbmate, from its npm package).
#
#   bash scripts/make-dbmate-samples.sh            # all engines
#   bash scripts/make-dbmate-samples.sh sqlite     # just one (pgsql | mysql | sqlite)
#
# For each engine:
#   1. create a scratch database `dbmate_migstamp_sample` (a fixed name: the dumps
#      should regenerate identically);
#   2. replay the deployment history (samples/dbmate-app/history.txt): deployment N
#      copies its files into a deployment folder and runs `dbmate up` there; the
#      "unapplied" files are copied last and never run, and `dbmate status` must
#      list exactly them as pending;
#   3. dump it -> full.sql;
#   4. damage schema_migrations as a restore from a backup taken after deployment
#      $CUTOFF does: the newer rows disappear -> restored.sql.
# The dump files are exactly what pg_dump / mariadb-dump / sqlite3 printed.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
app="$root/samples/dbmate-app"
migrations="$app/db/migrations"
history="$app/history.txt"
dbmate="$root/node_modules/.bin/dbmate"
db=dbmate_migstamp_sample
CUTOFF=2
PG_RESTRICT_KEY=migstampSampleDumpKey

engines=("$@")
[ ${#engines[@]} -eq 0 ] && engines=(pgsql mysql sqlite)

history_lines() { grep -v '^[[:space:]]*\(#\|$\)' "$history"; }
deployments() { history_lines | awk '$1 ~ /^[0-9]+$/ {print $1}' | sort -n | uniq; }
names_of() { history_lines | awk -v n="$1" '$1 == n {print $2}'; }
# The versions of the rows a backup taken after deployment $CUTOFF lacks, as an SQL list.
lost_versions() { history_lines | awk -v c="$CUTOFF" '$1 ~ /^[0-9]+$/ && $1 > c {split($2, p, "_"); print "'\''" p[1] "'\''"}' | paste -sd, -; }

work="$(mktemp -d /tmp/dbmate-samples.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# replay URL: run each deployment, then check dbmate's own pending list.
replay() {
  local url="$1" deploy="$work/deploy" n name
  rm -rf "$deploy" && mkdir -p "$deploy"
  for n in $(deployments); do
    for name in $(names_of "$n"); do cp "$migrations/$name.sql" "$deploy/"; done
    "$dbmate" --url "$url" --migrations-dir "$deploy" --no-dump-schema up >/dev/null
    echo "  deployment $n: $(names_of "$n" | wc -l) migrations" >&2
  done
  for name in $(names_of unapplied); do cp "$migrations/$name.sql" "$deploy/"; done
  local pending expected
  pending="$("$dbmate" --url "$url" --migrations-dir "$deploy" status | sed -n 's/^\[ \] \(.*\)\.sql$/\1/p' | paste -sd, -)"
  expected="$(names_of unapplied | paste -sd, -)"
  if [ "$pending" != "$expected" ]; then
    echo "unexpected pending migrations: [$pending], expected [$expected]" >&2
    exit 1
  fi
}

make_pgsql() {
  local out="$app/dumps/pgsql"
  mkdir -p "$out"
  dropdb --if-exists "$db"
  createdb "$db"
  replay "postgres://$(id -un)@/$db?host=${PGHOST:-/var/run/postgresql}&sslmode=disable"
  pg_dump --restrict-key="$PG_RESTRICT_KEY" -d "$db" -f "$out/full.sql"
  psql -q -X -v ON_ERROR_STOP=1 -d "$db" -c "DELETE FROM schema_migrations WHERE version IN ($(lost_versions))"
  pg_dump --restrict-key="$PG_RESTRICT_KEY" -d "$db" -f "$out/restored.sql"
  dropdb "$db"
}

make_mysql() {
  local out="$app/dumps/mysql"
  mkdir -p "$out"
  mariadb -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\`"
  replay "mysql://$(id -un)@localhost/$db?socket=/run/mysqld/mysqld.sock"
  mariadb-dump --skip-dump-date "$db" > "$out/full.sql"
  mariadb "$db" -e "DELETE FROM schema_migrations WHERE version IN ($(lost_versions))"
  mariadb-dump --skip-dump-date "$db" > "$out/restored.sql"
  mariadb -e "DROP DATABASE \`$db\`"
}

make_sqlite() {
  local out="$app/dumps/sqlite"
  local file="$work/$db.sqlite"
  mkdir -p "$out"
  rm -f "$file"
  replay "sqlite:$file"
  sqlite3 "$file" .dump > "$out/full.sql"
  sqlite3 "$file" "DELETE FROM schema_migrations WHERE version IN ($(lost_versions))"
  sqlite3 "$file" .dump > "$out/restored.sql"
}

for engine in "${engines[@]}"; do
  echo "$engine:" >&2
  "make_$engine"
done
