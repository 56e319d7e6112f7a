#!/usr/bin/env bash
# Fleet mode on large dumps (issue 13): N names of one large plain dump (hard
# links, so the page cache holds one copy and both sides read from memory, as
# bench/run.sh does), read by `wc -l` with as many parallel processes as cores
# against one `migstamp status` run over all of them. Best of 3 each.
#   bash bench/fleet-large.sh bench/out/large-1000mb.sql [N]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
source_dump=$1
n=${2:-20}
dir=$(mktemp -d bench/out/fleet.XXXX)
trap 'rm -rf "$dir"' EXIT
for i in $(seq -w 1 "$n"); do ln "$source_dump" "$dir/tenant_$i.sql"; done
cores=$(nproc)
cat "$source_dump" >/dev/null
best() { sort -n | head -1; }
wc_times=$(for _ in 1 2 3; do /usr/bin/time -f '%e' bash -c "ls $dir/*.sql | xargs -P $cores -n 1 wc -l >/dev/null" 2>&1; done | best)
ms_runs=$(for _ in 1 2 3; do /usr/bin/time -f '%e %M' bin/migstamp status --quiet -d "$dir/*.sql" -m samples/laravel-app/database/migrations 2>&1 >/dev/null | tail -1; done)
ms_best=$(echo "$ms_runs" | sort -n | head -1)
echo "wc -l, $cores in parallel, over $n dumps: ${wc_times} s"
echo "migstamp status over the $n dumps (best of 3, seconds and peak RSS of the main process in KB): $ms_best"
echo "ratio: $(echo "scale=2; ${ms_best%% *} / $wc_times" | bc)"
