#!/usr/bin/env bash
# Start-up of the installed tool on a 31 KB Markdown paper: the native build and the framework-dependent
# fallback, installed from a release folder the way users install them, each run RUNS times with hyperfine.
# Prints the median wall time and the mean CPU time (user + sys), which a busy machine disturbs less.
#
#   scripts/measure-startup.sh RELEASE [RUNS]
#     RELEASE  a folder made by scripts/pack-release.sh (the pointer, `any`, and this machine's native package)
#     RUNS     runs of each command (default 20), after 3 warm-up runs
#
# The paper is the Markdown samples (paper, consistency, notes, citations, numbered) one after another, again
# and again until it is 31 KB, with each copy's footnote labels renamed so that the notes stay distinct.
set -euo pipefail
cd "$(dirname "$0")/.."
release=${1:?usage: scripts/measure-startup.sh RELEASE [RUNS]}
runs=${2:-20}
command -v hyperfine >/dev/null || { echo "measure-startup: needs hyperfine" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$work/paper.md" <<'PY'
import re, sys
names = ["paper", "consistency", "notes", "citations", "numbered"]
texts = {n: open(f"samples/{n}.md", encoding="utf-8").read() for n in names}
front = texts["citations"][: texts["citations"].index("\n---\n", 4) + 5]   # keeps bibliography: citations.bib
body = lambda t: t[t.index("\n---\n", 4) + 5:] if t.startswith("---\n") else t
parts, copy = [front], 0
while len("".join(parts).encode()) < 31 * 1024:
    copy += 1
    for n in names:
        parts.append(re.sub(r"\[\^([^\]\s]+)\]", lambda m: f"[^{m.group(1)}c{copy}]", body(texts[n])).rstrip("\n") + "\n\n")
        if len("".join(parts).encode()) >= 31 * 1024:
            break
open(sys.argv[1], "w", encoding="utf-8").write("".join(parts))
PY
cp samples/citations.bib "$work/"
printf 'root: true\n' >"$work/.paperlint.yml"
echo "paper: $(wc -c <"$work/paper.md") bytes"

dotnet tool install PaperLint --tool-path "$work/native" --source "$release" >/dev/null
dotnet tool install PaperLint.any --tool-path "$work/fallback" --source "$release" >/dev/null
if find "$work/native/.store" -name '*.dll' | grep -q .; then
  echo "measure-startup: note: the release has no native package for this platform; both are framework-dependent"
fi

hyperfine -N -i -w 3 -r "$runs" --export-json "$work/times.json" \
  -n native "$work/native/paperlint $work/paper.md" \
  -n framework-dependent "$work/fallback/paperlint $work/paper.md" >/dev/null 2>"$work/hyperfine.err" \
  || { cat "$work/hyperfine.err" >&2; exit 1; }
python3 - "$work/times.json" <<'PY'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"{r['command']:20s} median {r['median'] * 1000:6.0f} ms   cpu (user+sys) {(r['user'] + r['system']) * 1000:6.0f} ms")
PY
