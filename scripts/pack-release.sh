#!/usr/bin/env bash
# Packs a release of the PaperLint tool: a Native AOT package per RID, the framework-dependent `any` package that
# every other platform falls back to, and the `PaperLint` pointer package that names them. `dotnet tool install
# PaperLint` then installs the native build where one was packed and the `any` build elsewhere.
#
#   scripts/pack-release.sh [OUTDIR] [RID...]             what this machine can build: the native packages of the
#                                                         RIDs it can compile for (the others are skipped, saying
#                                                         why), `any`, and a pointer naming only what was built
#   scripts/pack-release.sh --native-only OUTDIR RID...   a leg of a CI matrix: the native packages alone; a RID
#                                                         that cannot be built here is an error, not a skip
#   scripts/pack-release.sh --pointer OUTDIR [RID...]     the last step of a release: `any` and the pointer, over
#                                                         native packages gathered into OUTDIR from the matrix;
#                                                         fails unless every RID's package is there
#
# RIDs default to the five of a release: linux-x64 linux-arm64 osx-arm64 osx-x64 win-x64. Arguments after `--` go
# to every `dotnet pack` (e.g. `-- -p:Version=0.2.0`). Native AOT compiles for the operating system it runs on:
# linux-* on Linux (another architecture needs clang and that architecture's cross gcc and libc, e.g. Debian's
# clang gcc-aarch64-linux-gnu), osx-* on macOS (Xcode's clang builds both), win-x64 on Windows (Visual Studio's
# C++ build tools). The README's "Releasing" says how a release puts the pieces together.
set -euo pipefail
caller=$PWD
cd "$(dirname "$0")/.."

release_rids=(linux-x64 linux-arm64 osx-arm64 osx-x64 win-x64)
project=src/PaperLint.Cli
mode=local
case "${1:-}" in
  --native-only) mode=native; shift ;;
  --pointer) mode=pointer; shift ;;
  -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
esac

out=${1:-$PWD/artifacts/release}
[ $# -gt 0 ] && shift
rids=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do rids+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
pack_args=("$@")
if [ ${#rids[@]} -eq 0 ]; then
  [ "$mode" != native ] || { echo "pack-release: --native-only needs the RIDs to build" >&2; exit 2; }
  rids=("${release_rids[@]}")
fi
for rid in "${rids[@]}"; do
  case " ${release_rids[*]} " in
    *" $rid "*) ;;
    *) echo "pack-release: '$rid' is not a RID of the release (${release_rids[*]})" >&2; exit 2 ;;
  esac
done

case "$out" in /*|[A-Za-z]:*) ;; *) out="$caller/$out" ;; esac
mkdir -p "$out"
out=$(cd "$out" && pwd)
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

version=$(dotnet msbuild "$project" -getProperty:Version -p:Configuration=Release ${pack_args[@]+"${pack_args[@]}"})
[ -n "$version" ] || { echo "pack-release: could not read the version of $project" >&2; exit 1; }

host_os() {
  case "$(uname -s)" in
    Linux) echo linux ;;
    Darwin) echo osx ;;
    MINGW*|MSYS*|CYGWIN*) echo win ;;
    *) uname -s ;;
  esac
}
host_arch() {
  case "$(uname -m)" in
    x86_64|amd64) echo x64 ;;
    aarch64|arm64) echo arm64 ;;
    *) uname -m ;;
  esac
}

# Why RID cannot be compiled natively on this machine, or nothing when it can. Native AOT links with the
# platform's C toolchain, so a one-line C program linked the same way is a probe that takes a second, where a
# failed Native AOT build would take minutes to say the same.
cannot_build() {
  local rid=$1 os=${1%-*} arch=${1#*-} here
  here=$(host_os)
  if [ "$os" != "$here" ]; then
    echo "Native AOT compiles for the operating system it runs on ($here here); build $rid on $os"
    return
  fi
  local probe
  probe=$(mktemp -d)
  case "$os" in
    linux)
      local triple
      triple=$([ "$arch" = arm64 ] && echo aarch64-linux-gnu || echo x86_64-linux-gnu)
      if [ "$arch" = "$(host_arch)" ]; then
        if ! command -v clang >/dev/null 2>&1 && ! command -v gcc >/dev/null 2>&1; then
          echo "no C compiler to link with (install clang, or gcc)"
        fi
      elif ! command -v clang >/dev/null 2>&1; then
        echo "cross-compiling to $arch needs clang and $triple's gcc and libc (Debian: apt-get install clang gcc-${triple%%-*}-linux-gnu)"
      elif ! printf 'int main(void) { return 0; }\n' | clang --target="$triple" -fuse-ld=bfd -x c - -o "$probe/a.out" >"$probe/log" 2>&1; then
        echo "clang cannot link for $triple: $(head -n 1 "$probe/log") (Debian: apt-get install gcc-${triple%%-*}-linux-gnu)"
      fi
      ;;
    osx)
      local march
      march=$([ "$arch" = arm64 ] && echo arm64 || echo x86_64)
      if ! printf 'int main(void) { return 0; }\n' | clang -arch "$march" -x c - -o "$probe/a.out" >"$probe/log" 2>&1; then
        echo "clang cannot link for $march: $(head -n 1 "$probe/log") (install Xcode's command line tools)"
      fi
      ;;
    win)
      [ "$arch" = "$(host_arch)" ] || echo "this script builds win-$arch only on a win-$arch machine"
      ;;
  esac
  rm -rf "$probe"
}

pack() {
  local log="$out/pack.log"
  # A publish folder of its own for every package: the tool package takes what is in it, and an earlier build's
  # files (native symbols, say) would ride along.
  rm -rf "$out/.publish"
  if ! dotnet pack "$project" -c Release -p:PackNativeTools=true -o "$out" -p:PublishDir="$out/.publish/" "$@" ${pack_args[@]+"${pack_args[@]}"} -nologo >"$log" 2>&1; then
    grep -E ': error ' "$log" | sort -u | head -n 20 >&2 || tail -n 20 "$log" >&2
    echo "pack-release: dotnet pack $* failed (the whole log: $log)" >&2
    exit 1
  fi
  rm -rf "$log" "$out/.publish"
}

# The native symbols stay out of the packages (three times the tool's size); a release keeps them beside.
keep_symbols() {
  local rid=$1
  rm -rf "$out/symbols/$rid"
  mkdir -p "$out/symbols/$rid"
  for symbols in "$project"/bin/Release/*/"$rid"/native/paperlint.{dbg,pdb,dSYM}; do
    [ -e "$symbols" ] && cp -R "$symbols" "$out/symbols/$rid/"
  done
  return 0
}

native() {
  local rid=$1
  echo "pack-release: $rid: Native AOT (a few minutes)"
  pack -r "$rid"
  [ -f "$out/PaperLint.$rid.$version.nupkg" ] || { echo "pack-release: $rid: no PaperLint.$rid.$version.nupkg was made" >&2; exit 1; }
  keep_symbols "$rid"
}

fallback_and_pointer() {
  local names=$1
  echo "pack-release: any: framework-dependent fallback"
  pack -r any
  echo "pack-release: pointer: PaperLint $version, native for: ${names:-none}"
  # Quoted, or MSBuild would take the semicolons between RIDs for the ends of properties.
  pack "-p:NativeToolRuntimeIdentifiers=\"$(printf '%s' "${names:-none}" | tr ' ' ';')\""
}

built=()
case "$mode" in
  local)
    for rid in "${rids[@]}"; do
      reason=$(cannot_build "$rid")
      if [ -n "$reason" ]; then
        echo "pack-release: $rid: skipped: $reason"
        # A package left from an earlier run would be pushed with a pointer that does not name it.
        rm -f "$out/PaperLint.$rid.$version.nupkg"
        continue
      fi
      native "$rid"
      built+=("$rid")
    done
    fallback_and_pointer "${built[*]:-}"
    ;;
  native)
    for rid in "${rids[@]}"; do
      reason=$(cannot_build "$rid")
      [ -z "$reason" ] || { echo "pack-release: $rid: cannot be built here: $reason" >&2; exit 1; }
      native "$rid"
    done
    ;;
  pointer)
    for rid in "${rids[@]}"; do
      [ -f "$out/PaperLint.$rid.$version.nupkg" ] \
        || { echo "pack-release: PaperLint.$rid.$version.nupkg is missing from $out; the pointer would name a package users cannot install" >&2; exit 1; }
      built+=("$rid")
    done
    fallback_and_pointer "${built[*]}"
    ;;
esac

echo "pack-release: $out:"
(cd "$out" && ls -1 PaperLint*."$version".nupkg | sed 's/^/  /')
