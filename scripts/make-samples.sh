#!/usr/bin/env bash
# Regenerate the sample dumps under samples/{pgsql,mysql,sqlite}/ from the
# sample Laravel app, using the real engines and Laravel's real Migrator.
#
#   bash scripts/make-samples.sh            # all engines
#   bash scripts/make-samples.sh pgsql      # just one (pgsql | mysql | sqlite)
#
# For each engine:
#   1. create a scratch database `migstamp_sample` (fixed name: mysqldump
#      writes the database name into its header, and we want reproducible
#      files);
#   2. replay the app's deployment history (samples/laravel-app/history.txt):
#      batch N is one `migrate` over the files of batches 1..N, so the
#      migrations table gets realistic batch numbers and ids; the files marked
#      "unapplied" are never run;
#   3. insert a little data (samples/laravel-app/seed.sql);
#   4. dump it -> full.sql (tracking table complete);
#   5. damage the tracking table the way a restore from an older backup does:
#      every row of a batch above $CUTOFF_BATCH disappears and the id counter
#      goes back to the highest remaining id -> restored.sql.
# The dump files are exactly what pg_dump / mysqldump / sqlite3 printed.
#
# Needs: the engines running (scripts/start-engines.sh), php-cli with
# php-illuminate-database and the pgsql/mysql/sqlite3 PDO drivers.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
app="$root/samples/laravel-app"
migrations="$app/database/migrations"
history="$app/history.txt"
seed="$app/seed.sql"
migrator=(php "$root/scripts/laravel/migrator.php")
db=migstamp_sample
# Rows of batches 1..7 survive the "restore"; batches 8.. lose their rows.
CUTOFF_BATCH=7
# pg_dump (15.14+) prints `\restrict <random key>`; a fixed key keeps the
# regenerated files diffable. The line itself is still there, as in real dumps.
PG_RESTRICT_KEY=migstampSampleDumpKey

engines=("$@")
[ ${#engines[@]} -eq 0 ] && engines=(pgsql mysql sqlite)

# history.txt without comments: "<batch> <name>" lines.
history_lines() { grep -v '^[[:space:]]*\(#\|$\)' "$history"; }
batches() { history_lines | awk '$1 ~ /^[0-9]+$/ {print $1}' | sort -n | uniq; }
unapplied() { history_lines | awk '$1 == "unapplied" {print $2}'; }

# --path arguments for every migration of batches 1..$1.
paths_upto() {
  history_lines | awk -v n="$1" -v dir="$migrations" \
    '$1 ~ /^[0-9]+$/ && $1 <= n {print "--path=" dir "/" $2 ".php"}'
}

# Replay the history with the Migrator, then check with the Migrator itself
# that exactly the "unapplied" files are pending.
replay() {
  local -a conn=("$@")
  local b
  for b in $(batches); do
    mapfile -t paths < <(paths_upto "$b")
    echo "  batch $b: ${#paths[@]} files so far" >&2
    "${migrator[@]}" "${conn[@]}" "${paths[@]}" migrate 2>/dev/null
  done
  local expected actual
  expected="$(unapplied | paste -sd, -)"
  actual="$("${migrator[@]}" "${conn[@]}" --path="$migrations" pending | tr -d '[]"')"
  if [ "$expected" != "$actual" ]; then
    echo "unexpected pending migrations: [$actual], expected [$expected]" >&2
    exit 1
  fi
}

make_pgsql() {
  local out="$root/samples/pgsql"
  mkdir -p "$out"
  local -a conn=(--driver=pgsql --database="$db")
  dropdb --if-exists "$db"
  createdb "$db"
  replay "${conn[@]}"
  psql -q -X -v ON_ERROR_STOP=1 -d "$db" -f "$seed"
  pg_dump --restrict-key="$PG_RESTRICT_KEY" -d "$db" -f "$out/full.sql"
  # The older backup's tracking table: later rows never existed, and its
  # sequence was where that backup left it.
  psql -q -X -v ON_ERROR_STOP=1 -d "$db" >/dev/null <<SQL
DELETE FROM migrations WHERE batch > $CUTOFF_BATCH;
SELECT setval('migrations_id_seq', (SELECT max(id) FROM migrations));
SQL
  pg_dump --restrict-key="$PG_RESTRICT_KEY" -d "$db" -f "$out/restored.sql"
  # The same file as DBAs keep it; -n leaves the name and time out of the header.
  gzip -n -9 -c "$out/restored.sql" > "$out/restored.sql.gz"
  # Hand-made damage after the restore: someone dropped an index that
  # add_schema_columns_to_fragment_type_registry created (that migration is now
  # partial) and widened agents.avatar_path to text (drift on an applied migration).
  psql -q -X -v ON_ERROR_STOP=1 -d "$db" >/dev/null <<SQL
DROP INDEX fragment_type_registry_schema_hash_index;
ALTER TABLE agents ALTER COLUMN avatar_path TYPE text;
SQL
  pg_dump --restrict-key="$PG_RESTRICT_KEY" -d "$db" -f "$out/damaged.sql"
  dropdb "$db"
}

make_mysql() {
  local out="$root/samples/mysql"
  mkdir -p "$out"
  local -a conn=(--driver=mysql --database="$db")
  mariadb -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db"
  replay "${conn[@]}"
  mariadb "$db" < "$seed"
  mysqldump "$db" > "$out/full.sql"
  # AUTO_INCREMENT cannot go below max(id)+1; setting it to 1 lands exactly there.
  mariadb "$db" -e "DELETE FROM migrations WHERE batch > $CUTOFF_BATCH; ALTER TABLE migrations AUTO_INCREMENT = 1;"
  mysqldump "$db" > "$out/restored.sql"
  mariadb -e "DROP DATABASE $db"
}

make_sqlite() {
  local out="$root/samples/sqlite"
  mkdir -p "$out"
  local tmp
  tmp="$(mktemp -d)"
  local file="$tmp/$db.sqlite"
  local -a conn=(--driver=sqlite --database="$file")
  replay "${conn[@]}"
  sqlite3 -bail "$file" < "$seed"
  sqlite3 "$file" .dump > "$out/full.sql"
  # Laravel's SQLite migrations table uses AUTOINCREMENT, so the counter lives
  # in sqlite_sequence.
  sqlite3 -bail "$file" "DELETE FROM migrations WHERE batch > $CUTOFF_BATCH; UPDATE sqlite_sequence SET seq = (SELECT max(id) FROM migrations) WHERE name = 'migrations';"
  sqlite3 "$file" .dump > "$out/restored.sql"
  rm -rf "$tmp"
}

for engine in "${engines[@]}"; do
  echo "== $engine" >&2
  case "$engine" in
    pgsql) make_pgsql ;;
    mysql) make_mysql ;;
    sqlite) make_sqlite ;;
    *) echo "unknown engine $engine (pgsql|mysql|sqlite)" >&2; exit 2 ;;
  esac
done
echo "done" >&2
