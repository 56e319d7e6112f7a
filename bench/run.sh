#!/usr/bin/env bash
# Times `migstamp status` on a dump against reading the same file with `wc -l`
# (for gzip: `zcat | wc -l`), and reports peak RSS from /usr/bin/time -v.
#
#   bash bench/run.sh bench/out/large-500mb.sql [migrations-folder]
#
# Each command runs 3 times after one warm-up, so the file is in the page cache
# for all of them; the best time of each is compared.
set -euo pipefail

dump="$1"
migrations="${2:-samples/laravel-app/database/migrations}"
root="$(cd "$(dirname "$0")/.." && pwd)"
migstamp="$root/bin/migstamp"

measurement=$(mktemp)
trap 'rm -f "$measurement"' EXIT

best_of_3() {
  local best="" t
  "$@" >/dev/null 2>&1 || true
  for _ in 1 2 3; do
    /usr/bin/time -o "$measurement" -f '%e %M' "$@" >/dev/null 2>&1 || true
    t=$(tail -n1 "$measurement")
    if [ -z "$best" ] || awk -v a="${t%% *}" -v b="${best%% *}" 'BEGIN{exit !(a<b)}'; then best="$t"; fi
  done
  echo "$best"
}

gzip_magic=$(head -c2 "$dump" | od -An -tx1 | tr -d ' ')
if [ "$gzip_magic" = "1f8b" ]; then
  reference=(bash -c "zcat '$dump' | wc -l")
  reference_name="zcat | wc -l"
else
  reference=(wc -l "$dump")
  reference_name="wc -l"
fi

size=$(stat -c %s "$dump")
ref=$(best_of_3 "${reference[@]}")
# migstamp exits 1 when it finds rows to stamp; that is a normal result here.
mig=$(best_of_3 "$migstamp" status --quiet --dump "$dump" --migrations "$migrations")

ref_s=${ref%% *}; mig_s=${mig%% *}; mig_kb=${mig##* }
printf 'file              %s (%d MB)\n' "$dump" $(( size / 1000000 ))
printf '%-17s %6.2f s   peak RSS %d MB\n' "$reference_name" "$ref_s" $(( ${ref##* } / 1024 ))
printf 'migstamp status   %6.2f s   peak RSS %d MB\n' "$mig_s" $(( mig_kb / 1024 ))
awk -v a="$mig_s" -v b="$ref_s" -v n="$reference_name" 'BEGIN{ printf "ratio             %.2fx %s\n", a/b, n }'
