#!/usr/bin/env bash
# Lints N copies of the sample paper (half .md, half .docx) in one run of the tool and prints wall time,
# CPU time (user + sys) and their ratio: on a machine with C cores a ratio near C means every core was
# busy, so no lock or shared cache makes the analyses of different files wait for each other.
#
#   scripts/measure-parallel.sh [N] [RUNS] [MD] [DOCX]
#     N documents (default 300), RUNS runs (default 3), copies of MD and DOCX (default the sample paper)
#
# It runs the tool built from this repository (Release), so it measures the code as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-300}
runs=${2:-3}
md=${3:-samples/paper.md}
docx=${4:-samples/paper.docx}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/PaperLint.Cli -c Release -o "$work/tool" -nologo -v quiet >/dev/null
mkdir "$work/papers"
for i in $(seq 1 $((n / 2))); do
  cp "$md" "$work/papers/paper-$i.md"
  cp "$docx" "$work/papers/paper-$i.docx"
done

echo "cores: $(nproc); documents: $(find "$work/papers" -type f | wc -l)"
for r in $(seq 1 "$runs"); do
  /usr/bin/time -f "%e %U %S" -o "$work/time" dotnet "$work/tool/paperlint.dll" "$work/papers" >/dev/null 2>&1 || true
  # GNU time writes "Command exited with non-zero status 1" first when findings set the exit code.
  read -r wall user sys < <(tail -n 1 "$work/time")
  awk -v w="$wall" -v u="$user" -v s="$sys" -v r="$r" \
    'BEGIN { printf "run %d: wall %.2f s, user %.2f s, sys %.2f s, (user+sys)/wall %.2f\n", r, w, u, s, (u + s) / w }'
done
