#!/usr/bin/env bash
# The user's alternative to migstamp: restore the dump into a scratch database
# with psql (then ask the database). Prints both times and the ratio.
#
#   bash bench/restore-vs-migstamp.sh bench/out/large-1000mb.sql
#
# Needs PostgreSQL running (scripts/start-engines.sh).
set -euo pipefail

dump="$1"
root="$(cd "$(dirname "$0")/.." && pwd)"
migstamp="${MIGSTAMP:-$root/bin/migstamp}"
db=migstamp_restore_bench
export PGHOST="${PGHOST:-/var/run/postgresql}"

cat "$dump" > /dev/null # into the page cache, as for migstamp
dropdb --if-exists "$db" 2>/dev/null
createdb "$db"
start=$(date +%s.%N)
psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$dump" > /dev/null
restore=$(echo "$(date +%s.%N) - $start" | bc)
dropdb "$db"
# The restore leaves the server checkpointing and the kernel writing back a
# gigabyte; timing migstamp in that wake measures the restore a second time.
psql -X -q -d postgres -c CHECKPOINT
sync
cat "$dump" > /dev/null
# Best of 3, as bench/run.sh does.
scan=""
for _ in 1 2 3; do
  start=$(date +%s.%N)
  "$migstamp" status --quiet --dump "$dump" --migrations "$root/samples/laravel-app/database/migrations" > /dev/null || true
  t=$(echo "$(date +%s.%N) - $start" | bc)
  if [ -z "$scan" ] || [ "$(echo "$t < $scan" | bc)" = 1 ]; then scan="$t"; fi
done
awk -v r="$restore" -v m="$scan" 'BEGIN { printf "psql -f restore %.2f s, migstamp status %.2f s: migstamp is %.0fx faster\n", r, m, r / m }'
