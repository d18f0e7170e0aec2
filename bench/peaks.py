#!/usr/bin/env python3
"""Peak memory of whole runs of one or more builds of PaperLint, side by side, against the bound of 3x input + 50 MB.

    bench/peaks.py [--runs N] [--format FORMAT] FILE [FILE ...] -- PAPERLINT [PAPERLINT ...]

Each PAPERLINT (the path of an installed `paperlint`, or of a native build's) lints each FILE N times (default 3) with
`--format FORMAT` (default json), the builds one after another in each round, so that a machine that changes speed
or load within the sitting weighs on all of them alike. The report is thrown away. For each file and build it prints
the peak resident memory of every run (the maximum resident set size the kernel gives for the finished process, in
MiB), the wall-clock seconds, and the bound for the file (three times its size plus 50 MB, in MiB) with whether every
run stayed within it. A run that ends with an exit code other than 0 or 1 is reported as failed. With more than one
FILE, a last line for each build: how many files stayed within the bound in every run, and by how much the highest
peaks passed it, added up over the files.

Inputs: bench/make-inputs.py and bench/real-inputs.py. Needs python3 alone, on Linux or macOS (the resource module).
"""

import argparse
import os
import subprocess
import sys
import time

MIB = 1024 * 1024


def peak_of(command):
    """Runs command; returns (exit code, peak resident set in bytes, seconds)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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
    builds = argv[split + 1:]
    if not builds:
        sys.exit(__doc__)
    for path in options.files + builds:
        if not os.path.isfile(path):
            sys.exit(f"{path}: no such file")

    within_all = {build: 0 for build in builds}
    over_all = {build: 0.0 for build in builds}
    for path in options.files:
        size = os.path.getsize(path)
        bound = (3 * size + 50_000_000) / MIB
        results = {build: [] for build in builds}
        for _ in range(options.runs):
            for build in builds:
                results[build].append(peak_of([build, "--format", options.format, path]))
        print(f"{os.path.basename(path)}: {size / 1e6:.2f} MB, bound {bound:.1f} MiB")
        for build in builds:
            runs = results[build]
            failed = [code for code, _, _ in runs if code not in (0, 1)]
            peaks = ", ".join(f"{peak / MIB:.0f}" for _, peak, _ in runs)
            seconds = ", ".join(f"{s:.2f}" for _, _, s in runs)
            highest = max(peak for _, peak, _ in runs) / MIB
            within = "within" if highest <= bound else "over"
            within_all[build] += highest <= bound
            over_all[build] += max(0.0, highest - bound)
            status = f", FAILED (exit {failed[0]})" if failed else ""
            print(f"  {build}: peak {peaks} MiB ({within} the bound), {seconds} s{status}")

    if len(options.files) > 1:
        print(f"{len(options.files)} files:")
        for build in builds:
            print(f"  {build}: {within_all[build]} within the bound in every run; the highest peaks over it by {over_all[build]:.1f} MiB in all")


if __name__ == "__main__":
    main()
