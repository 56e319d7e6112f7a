#!/usr/bin/env bash
# Fleet mode on large dumps read from disk (issue 13): N distinct copies of one
# large plain dump, more bytes than the page cache can hold, so each side reads
# them from the disk as after a restore onto a fresh machine. The page cache is
# dropped before each side, which needs root. `wc -l` runs with as many
# parallel processes as cores; migstamp in one `status` run. One run each.
#   sudo bash bench/fleet-cold.sh bench/out/large-1000mb.sql [N]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
source_dump=$1
n=${2:-20}
if [ "$(id -u)" != 0 ]; then echo "fleet-cold.sh drops the page cache, which needs root" >&2; exit 2; fi
dir=$(mktemp -d bench/out/fleet-cold.XXXX)
trap 'rm -rf "$dir"' EXIT
for i in $(seq -w 1 "$n"); do cp "$source_dump" "$dir/tenant_$i.sql"; done
cores=$(nproc)
drop() { sync; echo 3 > /proc/sys/vm/drop_caches; }
drop
wc_time=$(/usr/bin/time -f '%e' bash -c "ls $dir/*.sql | xargs -P $cores -n 1 wc -l >/dev/null" 2>&1)
drop
ms=$(/usr/bin/time -f '%e %M' bin/migstamp status --quiet -d "$dir/*.sql" -m samples/laravel-app/database/migrations 2>&1 >/dev/null | tail -1)
echo "wc -l, $cores in parallel, over $n dumps from disk: ${wc_time} s"
echo "migstamp status over the $n dumps from disk (seconds and peak RSS of the main process in KB): $ms"
echo "ratio: $(echo "scale=2; ${ms%% *} / $wc_time" | bc)"
