#!/usr/bin/env bash
# Regenerate the Sequelize sample dumps under samples/sequelize-app/dumps/ with the
# real runner and the real dump tools:
#
#   bash scripts/make-sequelize-samples.sh            # all engines
#   bash scripts/make-sequelize-samples.sh postgres   # just one (postgres | mysql | sqlite)
#
# For each engine:
#   1. create a scratch database `sequelize_sample` (fixed name, so files are reproducible);
#   2. `sequelize-cli db:migrate` from samples/sequelize-app (its .sequelizerc and
#      config/config.js) in three deployments, each stopped with --to at the names in
#      $RUNS: the last stops partway through the folder, so the two newest migrations
#      were never run and stay pending;
#   3. dump it -> <engine>/full.sql;
#   4. delete the SequelizeMeta rows from $LOST_FROM on, as a restore from an older
#      backup would -> <engine>/restored.sql.
# The files are exactly what pg_dump / mariadb-dump / sqlite3 .dump printed.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
app="$root/samples/sequelize-app"
out="$app/dumps"
cli="$root/node_modules/.bin/sequelize-cli"
db=sequelize_sample
RUNS=(20240110000000-lengthen-post-titles.js 20240118000000-add-priority-to-tickets.js 20240124000000-seed-settings.js)
LOST_FROM=20240107000000
PG_RESTRICT_KEY=migstampSampleDumpKey

engines=("$@")
[ ${#engines[@]} -eq 0 ] && engines=(postgres mysql sqlite)

migrate() { for to in "${RUNS[@]}"; do (cd "$app" && "$cli" db:migrate --env development --to "$to" >/dev/null); done; }

for engine in "${engines[@]}"; do
  mkdir -p "$out/$engine"
  case "$engine" in
    postgres)
      dropdb --if-exists "$db"; createdb "$db"
      DB_DIALECT=postgres DB_NAME="$db" migrate
      pg_dump --restrict-key="$PG_RESTRICT_KEY" -d "$db" -f "$out/$engine/full.sql"
      psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "DELETE FROM \"SequelizeMeta\" WHERE name >= '$LOST_FROM'"
      pg_dump --restrict-key="$PG_RESTRICT_KEY" -d "$db" -f "$out/$engine/restored.sql"
      dropdb "$db"
      ;;
    mysql)
      mariadb -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\`"
      DB_DIALECT=mysql DB_NAME="$db" migrate
      mariadb-dump --skip-dump-date "$db" > "$out/$engine/full.sql"
      mariadb "$db" -e "DELETE FROM SequelizeMeta WHERE name >= '$LOST_FROM'"
      mariadb-dump --skip-dump-date "$db" > "$out/$engine/restored.sql"
      mariadb -e "DROP DATABASE \`$db\`"
      ;;
    sqlite)
      file="$(mktemp -d)/$db.sqlite"
      DB_DIALECT=sqlite DB_STORAGE="$file" migrate
      sqlite3 "$file" .dump > "$out/$engine/full.sql"
      sqlite3 "$file" "DELETE FROM SequelizeMeta WHERE name >= '$LOST_FROM'"
      sqlite3 "$file" .dump > "$out/$engine/restored.sql"
      rm -rf "$(dirname "$file")"
      ;;
    *) echo "unknown engine $engine (postgres | mysql | sqlite)" >&2; exit 2 ;;
  esac
  echo "$engine: $out/$engine/{full,restored}.sql"
done
