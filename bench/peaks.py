#!/usr/bin/env python3
"""Peak memory of whole runs of one or more builds of PaperLint, side by side, against the bound of 3x input + 50 MB.

    bench/peaks.py [--runs N] [--format FORMAT] FILE [FILE ...] -- [NAME=VALUE ...] PAPERLINT [[NAME=VALUE ...] PAPERLINT ...]

Each PAPERLINT (the path of an installed `paperlint`, or of a native build's) lints each FILE N times (default 3) with
`--format FORMAT` (default json), the builds one after another in each round, so that a machine that changes speed
or load within the sitting weighs on all of them alike. The report is thrown away. For each file and build it prints
the peak resident memory of every run (the maximum resident set size the kernel gives for the finished process, in
MiB), the wall-clock seconds, and the bound for the file (three times its size plus 50 MB, in MiB) with whether every
run stayed within it. A run that ends with an exit code other than 0 or 1 is reported as failed. With more than one
FILE, a last line for each build: how many files stayed within the bound in every run, and by how much the highest
peaks passed it, added up over the files. NAME=VALUE before a PAPERLINT sets that variable in its runs' environment
alone, so that one build can be run side by side with itself under other settings (the runtime's, such as
`DOTNET_GCgen0size=400000`); every run has the environment the script was started with besides.

Inputs: bench/make-inputs.py and bench/real-inputs.py. Needs python3 alone, on Linux or macOS (the resource module).
"""

import argparse
import os
import subprocess
import sys
import time

MIB = 1024 * 1024


def peak_of(command, environment):
    """Runs command with environment added; returns (exit code, peak resident set in bytes, seconds)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **environment})
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    # Linux gives ru_maxrss in kilobytes, macOS in bytes.
    peak = usage.ru_maxrss if sys.platform == "darwin" else usage.ru_maxrss * 1024
    return os.waitstatus_to_exitcode(status), peak, seconds


def main():
    argv = sys.argv[1:]
    if "--" not in argv:
        sys.exit(__doc__)
    split = argv.index("--")
    parser = argparse.ArgumentParser(usage=__doc__)
    parser.add_argument("--runs", type=int, default=3, help="runs of each build on each file (default 3)")
    parser.add_argument("--format", default="json", help="the report format the runs write (default json)")
    parser.add_argument("files", nargs="+")
    options = parser.parse_args(argv[:split])
    # Each build: its label as printed, its path, the variables its runs add to the environment.
    builds = []
    pending = {}
    for word in argv[split + 1:]:
        name, equals, value = word.partition("=")
        if equals and name and not os.path.isfile(word):
            pending[name] = value
            continue
        label = " ".join([f"{n}={v}" for n, v in pending.items()] + [word])
        builds.append((label, word, pending))
        pending = {}
    if pending or not builds:
        sys.exit(__doc__)
    for path in options.files + [path for _, path, _ in builds]:
        if not os.path.isfile(path):
            sys.exit(f"{path}: no such file")
    if len({label for label, _, _ in builds}) < len(builds):
        sys.exit("a build is named twice with the same environment")

    within_all = {label: 0 for label, _, _ in builds}
    over_all = {label: 0.0 for label, _, _ in builds}
    for path in options.files:
        size = os.path.getsize(path)
        bound = (3 * size + 50_000_000) / MIB
        results = {label: [] for label, _, _ in builds}
        for _ in range(options.runs):
            for label, build, environment in builds:
                results[label].append(peak_of([build, "--format", options.format, path], environment))
        print(f"{os.path.basename(path)}: {size / 1e6:.2f} MB, bound {bound:.1f} MiB")
        for build, _, _ in builds:
            runs = results[build]
            failed = [code for code, _, _ in runs if code not in (0, 1)]
            peaks = ", ".join(f"{peak / MIB:.1f}" for _, peak, _ in runs)
            seconds = ", ".join(f"{s:.2f}" for _, _, s in runs)
            highest = max(peak for _, peak, _ in runs) / MIB
            within = "within" if highest <= bound else "over"
            within_all[build] += highest <= bound
            over_all[build] += max(0.0, highest - bound)
            status = f", FAILED (exit {failed[0]})" if failed else ""
            print(f"  {build}: peak {peaks} MiB ({within} the bound), {seconds} s{status}")

    if len(options.files) > 1:
        print(f"{len(options.files)} files:")
        for build, _, _ in builds:
            print(f"  {build}: {within_all[build]} within the bound in every run; the highest peaks over it by {over_all[build]:.1f} MiB in all")


if __name__ == "__main__":
    main()
