#!/usr/bin/env bash
# Times PaperLint as users install it against its peer, textlint 15.8 with textlint-rule-prh, and against the
# floor, `grep -F -f` with 2,000 terms, on the same Markdown: one paper of about 31 KB, 20 of them in one file
# (about 618 KB) and 200 (about 6 MB), all made from the repository's own samples. Prints the medians, the
# ratios issue 12 sets as goals (met or not), and PaperLint's peak memory.
#
#   bench/compare.sh
#
# Needs: bash, python3, GNU grep, GNU time (/usr/bin/time), the .NET 10 SDK, hyperfine, node 20.18+ and npm
# (the npm registry is asked for textlint once; later runs use the cached install). As root on Debian or Ubuntu
# the script installs hyperfine and GNU time with apt-get; elsewhere it says what to install.
#
# What it builds (into the work folder, outside the repository):
#   native                 scripts/pack-release.sh's packages for this machine's RID, installed with
#                          `dotnet tool install --tool-path`; until that script exists in the tree,
#                          `dotnet publish -p:PublishAot=true` of the CLI (the output says which)
#   framework-dependent    a plain `dotnet pack` at the root, installed with `dotnet tool install --tool-path`:
#                          what pre-commit and an install from source get (ReadyToRun-compiled for this machine)
#   fallback               the release's `PaperLint.any` from scripts/pack-release.sh's packages: IL alone, what a
#                          platform without a native package gets (timed on 31 KB, the goal's input)
#
# Environment (all optional):
#   PAPERLINT_NATIVE=PATH  time this paperlint as the native column and build none
#   PAPERLINT_FD=PATH      time this paperlint as the framework-dependent column and build none
#   PAPERLINT_ANY=PATH     time this paperlint as the fallback column (else it comes with the release packages)
#   RUNS=5                 timed runs of each command on 31 KB and 618 KB
#   RUNS_6M=3              timed runs of each command on 6 MB
#   WARMUP=2               warm-up runs before them (WARMUP_6M=1 on 6 MB)
#   PROBE_TIMEOUT=600      seconds: every command runs once first, under this limit; a command that takes
#                          longer is reported as timed out and not timed with hyperfine
#   TEXTLINT_6M=0          1: time textlint on 6 MB too (no goal needs it, and it takes long)
#   PAPERLINT_BENCH_CACHE  where textlint is installed and the work is kept
#                          (default ${XDG_CACHE_HOME:-~/.cache}/paperlint-bench)
#
# The work folder keeps the inputs, the built tools and hyperfine's JSON after the run; the last lines say
# how to rerun without building. Timings are only as quiet as the machine: close what else runs.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
cache=${PAPERLINT_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/paperlint-bench}
work=$cache/work
runs=${RUNS:-5}
runs_6m=${RUNS_6M:-3}
warmup=${WARMUP:-2}
warmup_6m=${WARMUP_6M:-1}
probe_timeout=${PROBE_TIMEOUT:-600}
textlint_6m=${TEXTLINT_6M:-0}

textlint_version=15.8.0
prh_version=6.1.0
node_minimum=20.18.0

# One locale for every command, so grep's speed does not depend on the caller's.
export LC_ALL=C.UTF-8
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

die() { echo "compare.sh: $*" >&2; exit 1; }
say() { echo "== $*"; }

# --- prerequisites -------------------------------------------------------------------------------------------

# A command from a Debian package: installed with apt-get when we are root, else one line saying how.
need_debian() {
  local command=$1 package=$2
  command -v "$command" >/dev/null 2>&1 && return
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "installing $package with apt-get"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package"; } >"$cache/apt.log" 2>&1 \
      || die "apt-get could not install $package (see $cache/apt.log)"
  else
    die "$command is missing: install the '$package' package (Debian/Ubuntu: sudo apt-get install $package)"
  fi
}

version_at_least() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n 1)" = "$2" ]; }

mkdir -p "$cache"
command -v python3 >/dev/null 2>&1 || die "python3 is missing (Debian/Ubuntu: sudo apt-get install python3)"
command -v dotnet >/dev/null 2>&1 || die "dotnet is missing: install the .NET 10 SDK"
need_debian hyperfine hyperfine
[ -x /usr/bin/time ] || { need_debian /usr/bin/time time; }
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 \
  || die "node and npm are missing: textlint $textlint_version needs node $node_minimum or later (Debian/Ubuntu: sudo apt-get install nodejs npm)"
node_version=$(node --version); node_version=${node_version#v}
version_at_least "$node_version" "$node_minimum" || die "node $node_version is too old: textlint $textlint_version needs node $node_minimum or later"

# textlint and the prh rule, pinned, in a folder of their own outside the repository.
textlint_dir=$cache/textlint-$textlint_version-prh-$prh_version
installed_version() { node -p "require('$textlint_dir/node_modules/$1/package.json').version" 2>/dev/null || true; }
if [ "$(installed_version textlint)" != "$textlint_version" ] || [ "$(installed_version textlint-rule-prh)" != "$prh_version" ]; then
  for package in "textlint@$textlint_version" "textlint-rule-prh@$prh_version"; do
    [ "$(npm view "$package" version 2>/dev/null)" = "${package##*@}" ] \
      || die "the npm registry does not serve $package (see: npm view ${package%@*} versions)"
  done
  say "installing textlint $textlint_version and textlint-rule-prh $prh_version into $textlint_dir"
  rm -rf "$textlint_dir"
  mkdir -p "$textlint_dir"
  echo '{ "name": "paperlint-bench-textlint", "private": true }' >"$textlint_dir/package.json"
  (cd "$textlint_dir" && npm install --no-audit --no-fund --save-exact --loglevel=error \
    "textlint@$textlint_version" "textlint-rule-prh@$prh_version" >/dev/null) || die "npm could not install textlint (see the lines above)"
fi
# The peer's configuration: prh with a dictionary of three rules, the kind PaperLint's packs hold.
cat >"$textlint_dir/.textlintrc.json" <<'EOF'
{
  "rules": {
    "prh": { "rulePaths": ["./prh.yml"] }
  }
}
EOF
cat >"$textlint_dir/prh.yml" <<'EOF'
version: 1
rules:
  - expected: led by
    pattern: lead by
  - expected: could have
    pattern: could of
  - expected: Žižek
    pattern: Zizek
EOF
# Commands are strings that hyperfine -N and the probe split into words: paths are quoted with %q.
q() { printf '%q' "$1"; }
textlint="$(q "$textlint_dir/node_modules/.bin/textlint") --config $(q "$textlint_dir/.textlintrc.json")"

# --- the tool, built as users install it -------------------------------------------------------------------

mkdir -p "$work"
rid=$(dotnet --info | awk '$1 == "RID:" { print $2; exit }')
[ -n "$rid" ] || die "dotnet --info names no RID for this machine"

# Installs PaperLint from the packages in $1 into the tool folder $2, from that folder alone (no other source
# can offer a PaperLint of its own) and through an empty package cache (an older build of the same version
# cannot stand in for this one).
install_tool() {
  local packages=$1 tool=$2 id=${3:-PaperLint} pointer version
  pointer=$(find "$packages" -maxdepth 1 -name "$id.[0-9]*.nupkg" | head -n 1)
  [ -n "$pointer" ] || die "no $id package in $packages"
  version=$(basename "$pointer" .nupkg); version=${version#"$id".}
  cat >"$work/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="bench" value="$packages" />
  </packageSources>
</configuration>
EOF
  rm -rf "$tool" "$work/nuget-cache"
  (cd "$work" && NUGET_PACKAGES="$work/nuget-cache" dotnet tool install "$id" --version "$version" \
    --tool-path "$tool" --configfile "$work/nuget.config" >/dev/null) || die "dotnet tool install failed from $packages"
  rm -rf "$work/nuget-cache"
}

native_how=""
if [ -n "${PAPERLINT_NATIVE:-}" ]; then
  native=$PAPERLINT_NATIVE
  native_how="given: PAPERLINT_NATIVE"
elif [ -f "$repo/scripts/pack-release.sh" ]; then
  say "packing the release for $rid with scripts/pack-release.sh (native AOT: minutes)"
  rm -rf "$work/release-packages"
  bash "$repo/scripts/pack-release.sh" "$work/release-packages" "$rid" >"$work/pack-release.log" 2>&1 \
    || { tail -n 20 "$work/pack-release.log" >&2; die "scripts/pack-release.sh failed (log: $work/pack-release.log)"; }
  install_tool "$work/release-packages" "$work/native-tool"
  native=$work/native-tool/paperlint
  native_how="dotnet tool install from scripts/pack-release.sh's packages ($rid)"
  if find "$work/native-tool/.store" -name paperlint.dll | grep -q .; then
    native_how="$native_how; WARNING: the install chose the framework-dependent package, not the native one"
  fi
  if [ -z "${PAPERLINT_ANY:-}" ]; then
    install_tool "$work/release-packages" "$work/any-tool" PaperLint.any
    PAPERLINT_ANY=$work/any-tool/paperlint
    any_how="dotnet tool install PaperLint.any from scripts/pack-release.sh's packages"
  fi
else
  say "building the native tool with dotnet publish -p:PublishAot=true (minutes)"
  rm -rf "$work/native-publish"
  dotnet publish "$repo/src/PaperLint.Cli" -c Release -r "$rid" -p:PublishAot=true -o "$work/native-publish" \
    -nologo -v quiet >"$work/publish.log" 2>&1 || { tail -n 20 "$work/publish.log" >&2; die "dotnet publish failed (log: $work/publish.log)"; }
  native=$work/native-publish/paperlint
  native_how="dotnet publish -p:PublishAot=true -r $rid (scripts/pack-release.sh is not in this tree yet)"
fi

if [ -n "${PAPERLINT_FD:-}" ]; then
  fd=$PAPERLINT_FD
  fd_how="given: PAPERLINT_FD"
else
  say "packing the framework-dependent tool (dotnet pack at the root)"
  rm -rf "$work/fd-packages"
  (cd "$repo" && dotnet pack -c Release -o "$work/fd-packages" -nologo -v quiet >"$work/pack.log" 2>&1) \
    || { tail -n 20 "$work/pack.log" >&2; die "dotnet pack failed (log: $work/pack.log)"; }
  install_tool "$work/fd-packages" "$work/fd-tool"
  fd=$work/fd-tool/paperlint
  fd_how="dotnet tool install from a plain dotnet pack at the root"
fi

any=${PAPERLINT_ANY:-}
[ -n "$any" ] && [ -z "${any_how:-}" ] && any_how="given: PAPERLINT_ANY"
for tool in "$native" "$fd" ${any:+"$any"}; do
  [ -x "$tool" ] || die "$tool is not an executable"
done

# --- inputs --------------------------------------------------------------------------------------------------

inputs=$work/inputs
rm -rf "$inputs"
python3 "$repo/bench/make-inputs.py" "$repo" "$inputs"

# --- machine and versions ------------------------------------------------------------------------------------

say "machine"
echo "cores: $(nproc); CPU: $(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || uname -m); memory: $(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null); $(uname -sr)"
echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null) (other work on the machine makes the numbers noisy)"
say "versions"
echo "paperlint native:              $("$native" --version) — $native_how"
echo "paperlint framework-dependent: $("$fd" --version) — $fd_how"
[ -z "$any" ] || echo "paperlint fallback (any):      $("$any" --version) — $any_how"
echo "dotnet $(dotnet --version); node $node_version; textlint $(installed_version textlint); textlint-rule-prh $(installed_version textlint-rule-prh)"
echo "$(grep --version | head -n 1); $(hyperfine --version); locale $LC_ALL"
echo "runs: $runs on 31 KB and 618 KB, $runs_6m on 6 MB; warm-up: $warmup, $warmup_6m on 6 MB"

# --- timing --------------------------------------------------------------------------------------------------

results=$work/results
rm -rf "$results"
mkdir -p "$results"
probes=$results/probes.tsv
printf 'input\tcommand\tstatus\tseconds\tpeak_kb\tsummary\n' >"$probes"

# Runs one command once, under PROBE_TIMEOUT, with GNU time: it checks the command works, warms the caches,
# measures peak memory, and keeps a command that would run for an hour out of hyperfine.
# Sets probe_status: ok, or timeout.
probe() {
  local input=$1 name=$2 command=$3 seconds peak summary code
  probe_status=ok
  set +e
  (cd "$textlint_dir" && eval "timeout $probe_timeout /usr/bin/time -f '%e %M' -o $(printf %q "$results/time") $command" \
    >"$results/out" 2>"$results/err")
  code=$?
  set -e
  if [ "$code" -eq 124 ]; then
    probe_status=timeout seconds=">$probe_timeout" peak=""
  elif [ "$code" -gt 1 ]; then
    cat "$results/err" >&2
    die "'$command' exited $code"
  else
    read -r seconds peak < <(tail -n 1 "$results/time")
  fi
  # PaperLint's last line counts the findings: native and framework-dependent must agree.
  summary=$(tail -n 1 "$results/out" | grep -E '^[0-9]+ findings|^No findings' || true)
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$input" "$name" "$probe_status" "$seconds" "$peak" "$summary" >>"$probes"
}

# One hyperfine call per input with every command, so each sees the machine in the same state as far as
# hyperfine allows. Commands run without a shell (-N); PaperLint and textlint exit 1 when they report findings.
time_input() {
  local input=$1 file=$2 n=$3 w=$4
  shift 4
  local names=() commands=() args=() i
  local native_timed_out=0
  while [ $# -gt 0 ]; do
    if [ "$native_timed_out" = 1 ] && [[ $1 == paperlint* ]]; then
      # The other builds run the same code: waiting for them to time out too would only cost the time.
      printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$input" "$1" skipped "" "" "" >>"$probes"
      echo "   $1: not run, since the native tool timed out on $input"
      shift 2
      continue
    fi
    say "probe: $1 on $input"
    probe "$input" "$1" "$2"
    if [ "$probe_status" = ok ]; then
      names+=("$1") commands+=("$2")
    else
      echo "   $1 took longer than ${probe_timeout}s on $input: not timed"
      [ "$1" != "paperlint native" ] || native_timed_out=1
    fi
    shift 2
  done
  [ ${#commands[@]} -gt 0 ] || return 0
  for i in "${!commands[@]}"; do
    args+=(-n "${names[$i]}")
  done
  say "hyperfine: $input ($(stat -c %s "$file") bytes)"
  (cd "$textlint_dir" && hyperfine -N --warmup "$w" --runs "$n" --ignore-failure --style basic \
    --export-json "$results/$input.json" "${args[@]}" "${commands[@]}")
}

terms=$(q "$inputs/grep-terms.txt")
for input in 31k 618k 6m; do
  file=$inputs/paper-$input.md
  f=$(q "$file")
  set -- "paperlint native" "$(q "$native") $f" "paperlint framework-dependent" "$(q "$fd") $f"
  if [ "$input" = 31k ] && [ -n "$any" ]; then
    set -- "$@" "paperlint fallback" "$(q "$any") $f"
  fi
  # The native package's front reads a Word file itself; paperlint-docx beside it, the whole tool (edits included), too.
  native_docx="$(dirname "$(readlink -f "$native")")/paperlint-docx"
  if [ "$input" = 31k ] && [ -x "$native_docx" ]; then
    set -- "$@" "paperlint native, Word sample" "$(q "$native") $(q "$repo/samples/paper.docx")" \
      "paperlint-docx, Word sample" "$(q "$native_docx") $(q "$repo/samples/paper.docx")"
  fi
  if [ "$input" != 6m ] || [ "$textlint_6m" = 1 ]; then
    set -- "$@" "textlint+prh" "$textlint $f"
  fi
  set -- "$@" "grep -F" "grep -F -f $terms $f"
  if [ "$input" = 618k ]; then
    set -- "$@" "paperlint native, 10-term pack" "$(q "$native") --rules $(q "$inputs/pack-10") $f" \
      "paperlint native, 10,000-term pack" "$(q "$native") --rules $(q "$inputs/pack-10000") $f"
  fi
  if [ "$input" = 6m ]; then
    time_input "$input" "$file" "$runs_6m" "$warmup_6m" "$@"
  else
    time_input "$input" "$file" "$runs" "$warmup" "$@"
  fi
done

# --- report --------------------------------------------------------------------------------------------------

say "summary"
python3 "$repo/bench/summarize.py" "$results" "$inputs"
echo
echo "hyperfine's JSON and the probes: $results"
echo "rerun without building: PAPERLINT_NATIVE=$native PAPERLINT_FD=$fd${any:+ PAPERLINT_ANY=$any} $0"
