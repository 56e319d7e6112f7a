#!/usr/bin/env bash
# Regenerate the Knex sample dumps under samples/knex-app/{pgsql,mysql,sqlite}/
# from samples/knex-app/migrations, with the real engines and Knex's own Migrator
# (scripts/knex/runner.mjs).
#
#   bash scripts/make-knex-samples.sh            # all engines
#   bash scripts/make-knex-samples.sh sqlite     # just one (pgsql | mysql | sqlite)
#
# For each engine:
#   1. create a scratch database `knex_migstamp_sample` (a fixed name: mysqldump
#      writes it into its header, and the files should regenerate identically);
#   2. replay the deployment history (samples/knex-app/history.txt): batch N
#      builds the files of batches 1..N into a deployment folder (TypeScript to
#      .js, as a build does) and runs `migrate:latest` there, so knex_migrations
#      gets real batches and `.js` names for the `.ts` sources; then the "failed"
#      files' first releases (samples/knex-app/broken/) are deployed and that run
#      must fail partway; the "unapplied" files are never run, and Knex's own list
#      must say exactly the failed and unapplied files are pending;
#   3. dump it -> full.sql;
#   4. damage the tracking table as a restore from an older backup does: the
#      rows of batches above $CUTOFF_BATCH disappear -> restored.sql.
# The dump files are exactly what pg_dump / mariadb-dump / sqlite3 printed.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
app="$root/samples/knex-app"
migrations="$app/migrations"
history="$app/history.txt"
runner=(node "$root/scripts/knex/runner.mjs")
build=(node "$root/scripts/knex/build.mjs")
db=knex_migstamp_sample
CUTOFF_BATCH=2
PG_RESTRICT_KEY=migstampSampleDumpKey

engines=("$@")
[ ${#engines[@]} -eq 0 ] && engines=(pgsql mysql sqlite)

history_lines() { grep -v '^[[:space:]]*\(#\|$\)' "$history"; }
batches() { history_lines | awk '$1 ~ /^[0-9]+$/ {print $1}' | sort -n | uniq; }
files_of_batch() { history_lines | awk -v n="$1" -v dir="$migrations" '$1 == n {print dir "/" $2}'; }
# Names Knex lists as pending: the failed and unapplied files as the runner sees them, built.
pending_built() { history_lines | awk '$1 == "failed" || $1 == "unapplied" {print $2}' | sed 's/\.ts$/.js/' | paste -sd, -; }

work="$(mktemp -d /tmp/knex-samples.XXXXXX)"
trap 'rm -rf "$work"' EXIT

# replay CLIENT DATABASE: run each batch, then check Knex's own pending list.
replay() {
  local client="$1" database="$2" deploy="$work/deploy-$1" b
  rm -rf "$deploy"
  for b in $(batches); do
    mapfile -t files < <(files_of_batch "$b")
    "${build[@]}" "$deploy" "${files[@]}"
    echo "  batch $b: $("${runner[@]}" --client "$client" --database "$database" --dir "$deploy" migrate)" >&2
  done
  # The run that stopped partway: the broken first releases, which must fail.
  mapfile -t broken < <(history_lines | awk -v dir="$app/broken" '$1 == "failed" {print dir "/" $2}')
  if [ ${#broken[@]} -gt 0 ]; then
    "${build[@]}" "$deploy" "${broken[@]}"
    if "${runner[@]}" --client "$client" --database "$database" --dir "$deploy" migrate 2>"$work/failed.log"; then
      echo "the failed run succeeded" >&2
      exit 1
    fi
    echo "  failed run: $(cat "$work/failed.log")" >&2
  fi
  # The fixed and unapplied files are deployed too: Knex must list exactly them as pending.
  mapfile -t rest < <(history_lines | awk -v dir="$migrations" '$1 == "failed" || $1 == "unapplied" {print dir "/" $2}')
  "${build[@]}" "$deploy" "${rest[@]}"
  local pending
  pending="$("${runner[@]}" --client "$client" --database "$database" --dir "$deploy" list | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).pending.join(",")))')"
  if [ "$pending" != "$(pending_built)" ]; then
    echo "unexpected pending migrations: [$pending], expected [$(pending_built)]" >&2
    exit 1
  fi
}

make_pgsql() {
  local out="$app/pgsql"
  mkdir -p "$out"
  dropdb --if-exists "$db"
  createdb "$db"
  replay pg "$db"
  pg_dump --restrict-key="$PG_RESTRICT_KEY" -d "$db" -f "$out/full.sql"
  psql -q -X -v ON_ERROR_STOP=1 -d "$db" -c "DELETE FROM knex_migrations WHERE batch > $CUTOFF_BATCH"
  pg_dump --restrict-key="$PG_RESTRICT_KEY" -d "$db" -f "$out/restored.sql"
  dropdb "$db"
}

make_mysql() {
  local out="$app/mysql"
  mkdir -p "$out"
  mariadb -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\`"
  replay mysql2 "$db"
  mariadb-dump --skip-dump-date "$db" > "$out/full.sql"
  mariadb "$db" -e "DELETE FROM knex_migrations WHERE batch > $CUTOFF_BATCH"
  mariadb-dump --skip-dump-date "$db" > "$out/restored.sql"
  mariadb -e "DROP DATABASE \`$db\`"
}

make_sqlite() {
  local out="$app/sqlite"
  local file="$work/$db.sqlite"
  mkdir -p "$out"
  rm -f "$file"
  replay better-sqlite3 "$file"
  sqlite3 "$file" .dump > "$out/full.sql"
  sqlite3 "$file" "DELETE FROM knex_migrations WHERE batch > $CUTOFF_BATCH"
  sqlite3 "$file" .dump > "$out/restored.sql"
}

for engine in "${engines[@]}"; do
  echo "$engine:" >&2
  "make_$engine"
done
