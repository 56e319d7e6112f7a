#!/usr/bin/env bash
# The package as users get it: `npm pack` (which builds the bundle in `prepack`)
# from a copy of the sources without dist/,
# then a global install of the tarball into a temporary prefix (production
# dependencies only, no install scripts, as npm 11 and `--ignore-scripts` users
# run it), then the README's sample command from another folder.
# Needs the dependencies in npm's cache or a registry (CI has both after `npm ci`).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Packed from a copy without dist/, so the bundle in the tarball is the one `prepack` built.
mkdir "$work/source"
(cd "$root" && cp -r package.json package-lock.json tsconfig.json README.md bin scripts src "$work/source/")
ln -s "$root/node_modules" "$work/source/node_modules"
cd "$work/source"
tarball="$work/$(npm pack --pack-destination "$work" --silent | tail -n 1)"

# What ships: the bin, the bundle, the README and package.json; nothing else.
tar -tzf "$tarball" | sort > "$work/files"
expected=$'package/README.md\npackage/bin/migstamp\npackage/dist/cli/bundle.js\npackage/package.json'
if [ "$(cat "$work/files")" != "$expected" ]; then
  echo "check-package: the tarball holds:" >&2
  cat "$work/files" >&2
  exit 1
fi

npm install --global --prefix "$work/prefix" --omit=dev --ignore-scripts --prefer-offline --no-audit --no-fund --loglevel=error "$tarball" >/dev/null

mkdir "$work/elsewhere"
cd "$work/elsewhere"
migstamp="$work/prefix/bin/migstamp"
version=$("$migstamp" --version)
[ "$version" = "$(node -p "require('$root/package.json').version")" ] || { echo "check-package: --version printed '$version'" >&2; exit 1; }
"$migstamp" sql --dump "$root/samples/pgsql/restored.sql" --migrations "$root/samples/laravel-app/database/migrations" > stamp.sql
grep -qx 'COMMIT;' stamp.sql || { echo 'check-package: the sample script is incomplete' >&2; exit 1; }
# MySQL runs load node-sql-parser, which stays outside the bundle.
"$migstamp" status --check --dump "$root/samples/mysql/restored.sql" --migrations "$root/samples/laravel-app/database/migrations" >/dev/null || [ $? -eq 1 ]
echo "check-package: $(basename "$tarball"): $(wc -l < "$work/files") files, installs and runs the sample"
