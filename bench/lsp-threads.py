#!/usr/bin/env python3
"""Tells, from a `perf record` of the language server, how many threads each lint kept busy.

    perf record -F 499 -o perf.data -- bench/lsp-edits.py --pause 300 DOCUMENT -- paperlint lsp --debounce 0
    bench/lsp-threads.py perf.data

With a pause between edits, the server's samples fall into one window per lint (the lint, the diagnostics and the
collection after them), apart by more than --gap milliseconds. For each window the script prints its length and the
samples of its two busiest threads, and at the end how many windows had a second thread with at least --share of the
samples: a lint whose rules ran on one core has one busy thread. No symbols are needed. Needs python3 and perf.
"""

import argparse
import collections
import statistics
import subprocess
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gap", type=float, default=120, help="milliseconds without a sample that end a window (default 120)")
    parser.add_argument("--share", type=float, default=0.15, help="the share of a window's samples a second thread needs to count as busy (default 0.15)")
    parser.add_argument("--comm", default="paperlint", help="only samples of threads whose command holds this, or '.NET' (default paperlint)")
    parser.add_argument("data")
    args = parser.parse_args()

    script = subprocess.run(["perf", "script", "-i", args.data, "-F", "comm,tid,time"], capture_output=True, text=True)
    if script.returncode != 0:
        sys.exit(script.stderr.strip() or "perf script failed")

    samples = []
    for line in script.stdout.splitlines():
        parts = line.rsplit(None, 2)
        if len(parts) != 3 or not parts[2].endswith(":"):
            continue
        comm, tid, when = parts[0].strip(), parts[1], parts[2][:-1]
        if args.comm in comm or ".NET" in comm:
            samples.append((float(when), int(tid)))
    samples.sort()
    if not samples:
        sys.exit("no samples of the server")

    windows, last = [], None
    for when, tid in samples:
        if last is None or (when - last) * 1000 > args.gap:
            windows.append([])
        windows[-1].append((when, tid))
        last = when

    two, lengths = {True: [], False: []}, []
    for window in windows:
        busiest = collections.Counter(tid for _, tid in window).most_common(2)
        first = busiest[0][1]
        second = busiest[1][1] if len(busiest) > 1 else 0
        length = (window[-1][0] - window[0][0]) * 1000
        busy = second >= args.share * len(window)
        two[busy].append(length)
        print(f"{length:6.0f} ms  {len(window):4d} samples  busiest threads {first:4d} {second:4d}  {'two threads' if busy else 'one thread'}")

    print(f"{len(windows)} windows: {len(two[True])} with two busy threads"
          + (f" (median {statistics.median(two[True]):.0f} ms)" if two[True] else "")
          + f", {len(two[False])} with one"
          + (f" (median {statistics.median(two[False]):.0f} ms)" if two[False] else ""))


if __name__ == "__main__":
    main()
