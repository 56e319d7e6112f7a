#!/usr/bin/env bash
# Times `migstamp status` on each dump against reading the same file with
# `wc -l` (gzip: `zcat | wc -l`), and reports peak RSS from /usr/bin/time -v.
# pg_dump custom archives are read by seeking past their data, so they are
# timed against `wc -l` of the archive file only for scale.
#
#   bash bench/run.sh DUMP... [-- migrations-folder]
#   MIGSTAMP=/path/to/bin/migstamp bash bench/run.sh ...   # another build
#
# Each command runs 3 times after one warm-up, so the file is in the page cache
# for all of them; the best time of each is compared.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
migstamp="${MIGSTAMP:-$root/bin/migstamp}"
migrations="$root/samples/laravel-app/database/migrations"
dumps=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then migrations="$2"; break; fi
  dumps+=("$1"); shift
done

measurement=$(mktemp)
trap 'rm -f "$measurement"' EXIT

# Prints "seconds peak-RSS-kB" of the fastest of 3 runs.
best_of_3() {
  local best="" t
  "$@" >/dev/null 2>&1 || true
  for _ in 1 2 3; do
    /usr/bin/time -v -o "$measurement" "$@" >/dev/null 2>&1 || true
    t="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = p[n]; if (n > 1) s += p[n-1] * 60; e = s }
                    /Maximum resident set size/ { m = $2 } END { print e, m }' "$measurement")"
    if [ -z "$best" ] || awk -v a="${t%% *}" -v b="${best%% *}" 'BEGIN{exit !(a<b)}'; then best="$t"; fi
  done
  echo "$best"
}

printf '%-22s %6s %12s %12s %8s  %s\n' file MB 'reference s' 'migstamp s' ratio 'migstamp peak RSS'
for dump in "${dumps[@]}"; do
  magic=$(head -c5 "$dump" | od -An -c | tr -d ' ')
  case "$magic" in
    037213*) reference=(bash -c "zcat '$dump' | wc -l"); name="zcat|wc -l" ;;
    PGDMP) reference=(wc -l "$dump"); name="wc -l (archive)" ;;
    *) reference=(wc -l "$dump"); name="wc -l" ;;
  esac
  ref=$(best_of_3 "${reference[@]}")
  # migstamp exits 1 when it finds rows to stamp; that is a normal result here.
  mig=$(best_of_3 "$migstamp" status --quiet --dump "$dump" --migrations "$migrations")
  awk -v f="$(basename "$dump")" -v mb="$(( $(stat -c %s "$dump") / 1000000 ))" -v n="$name" -v r="${ref%% *}" -v m="${mig%% *}" -v kb="${mig##* }" \
    'BEGIN { printf "%-22s %6d %12.2f %12.2f %7.2fx  %d MB   (reference: %s)\n", f, mb, r, m, (r > 0 ? m / r : 0), kb / 1024, n }'
done
