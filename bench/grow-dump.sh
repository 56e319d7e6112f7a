#!/usr/bin/env bash
# Grows a plain pg_dump to about TARGET_MB by repeating the rows of its largest
# COPY block, at disk speed (no database needed). The result is still a dump
# pg_dump could have written: same schema, same statements, one table with
# more (duplicate) rows.
#
#   bash bench/grow-dump.sh bench/out/large-1000mb.sql 4000 bench/out/large-4000mb.sql
set -euo pipefail

base="$1"
target_mb="$2"
out="$3"

# Where each COPY block's rows start (after its COPY line) and end (its `\.` line); keep the largest.
read -r best_start best_end < <(
  grep -b -a -e '^COPY .* FROM stdin;$' -e '^\\\.$' "$base" |
    awk -F: '{ offset = $1; text = substr($0, length($1) + 2) }
             text ~ /^COPY / { start = offset + length(text) + 1; next }
             { if (offset - start > best) { best = offset - start; s = start; e = offset } }
             END { print s, e }'
)
size=$(stat -c %s "$base")
block=$(( best_end - best_start ))
extra=$(( target_mb * 1000000 - size ))
copies_needed=$(( extra > 0 ? (extra + block - 1) / block : 0 ))
{
  head -c "$best_end" "$base"
  for _ in $(seq 1 "$copies_needed"); do tail -c +"$(( best_start + 1 ))" "$base" | head -c "$block"; done
  tail -c +"$(( best_end + 1 ))" "$base"
} > "$out"
ls -l "$out"
