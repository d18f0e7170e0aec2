#!/usr/bin/env bash
# Brings src/PaperLint.Core/PublicAPI.Unshipped.txt in line with the code: declares every public symbol the
# analyzer reports as undeclared (RS0016) and drops every declared one that is gone (RS0017).
# Run it after changing the public API on purpose, and review the diff: every line is a promise to library users.
set -euo pipefail
cd "$(dirname "$0")/.."
file=src/PaperLint.Core/PublicAPI.Unshipped.txt
log=$(mktemp)
trap 'rm -f "$log" "$log.gone"' EXIT
dotnet build src/PaperLint.Core --no-incremental -nologo 2>&1 | grep -E "error RS001[67]" >"$log" || true
added=$(grep "RS0016" "$log" | sed -E "s/.*Symbol '(.*)' is not part of the declared public API.*/\1/" | sort -u || true)
grep "RS0017" "$log" | sed -E "s/.*Symbol '(.*)' is part of the declared API.*/\1/" | sort -u >"$log.gone" || true
{
  head -n 1 "$file"
  { tail -n +2 "$file" | grep -vxF -f "$log.gone" || true; [ -z "$added" ] || echo "$added"; } | sort -u
} >"$file.new"
mv "$file.new" "$file"
echo "public API: declared $( [ -z "$added" ] && echo 0 || echo "$added" | wc -l) symbols, dropped $(wc -l <"$log.gone")"
