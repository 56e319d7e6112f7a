#!/usr/bin/env bash
# Fleet mode (issue 13): N copies of the bundled sample dump judged in one run
# against N separate runs, and the fleet's peak RSS.
#   bash bench/fleet.sh [N]        (default 200)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-200}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for i in $(seq -w 1 "$n"); do cp samples/pgsql/restored.sql "$dir/tenant_$i.sql"; done
migrations=samples/laravel-app/database/migrations
start=$(date +%s.%N)
/usr/bin/time -f 'fleet: %e s, peak RSS %M KB' bin/migstamp status --quiet -d "$dir/*.sql" -m "$migrations" >/dev/null || true
middle=$(date +%s.%N)
for f in "$dir"/*.sql; do bin/migstamp status --quiet -d "$f" -m "$migrations" >/dev/null || true; done
end=$(date +%s.%N)
echo "separate runs: $(echo "$end - $middle" | bc) s; fleet: $(echo "$middle - $start" | bc) s; ratio $(echo "scale=1; ($end - $middle) / ($middle - $start)" | bc)×"
