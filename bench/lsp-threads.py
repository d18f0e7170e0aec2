#!/usr/bin/env python3
"""Tells, from a `perf record` of the language server, how many threads each lint kept busy.

    perf record -F 499 -o perf.data -- bench/lsp-edits.py --pause 300 DOCUMENT -- paperlint lsp --debounce 0
    bench/lsp-threads.py perf.data

With a pause between edits, the server's samples fall into one window per lint (the lint, the diagnostics and the
collection after them), apart by more than --gap milliseconds. For each window the script prints its length and the
samples of its two busiest threads, and at the end how many windows had a second thread with at least --share of the
samples: a lint whose rules ran on one core has one busy thread. No symbols are needed. Needs python3 and perf.

    perf record -F 999 -g -o perf.data -- bench/lsp-edits.py --pause 300 DOCUMENT -- paperlint lsp --debounce 0
    bench/lsp-threads.py --collections perf.data

With --collections (a record with call graphs, -g, of a native build, whose symbols perf reads from the executable),
each window also tells the milliseconds from its start to the server's own collection after the lint (a stack through
`RhCollect`, as `GC.Collect` is called: the diagnostics are out by then) and the samples of collections the lint's
allocations started (a stack through `GarbageCollectGeneration` without it): the wait of a slow edit is told apart
from its work (as many samples as a fast one's) and from a collection inside it.
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
    parser.add_argument("--collections", action="store_true", help="also tell each window's time to the server's own collection and its samples in collections the lint's allocations started (needs a record with -g)")
    parser.add_argument("data")
    args = parser.parse_args()

    fields = "comm,tid,time,ip,sym" if args.collections else "comm,tid,time"
    script = subprocess.run(["perf", "script", "-i", args.data, "-F", fields], capture_output=True, text=True)
    if script.returncode != 0:
        sys.exit(script.stderr.strip() or "perf script failed")

    # Each sample: its time, its thread, and with --collections what kind of collection its stack is in (None, "own"
    # for the server's GC.Collect after a lint, "allocation" for one the lint's allocations started).
    samples, current, stack = [], None, []

    def finish():
        if current is not None:
            kind = None
            if any("GarbageCollectGeneration" in frame for frame in stack):
                kind = "own" if any("RhCollect" in frame for frame in stack) else "allocation"
            samples.append((current[0], current[1], kind))

    for line in script.stdout.splitlines():
        if line.startswith("\t"):
            # A frame of the last sample's stack (perf script indents the frames with a tab).
            if current is not None:
                stack.append(line.strip())
            continue
        parts = line.rsplit(None, 2)
        if len(parts) != 3 or not parts[2].endswith(":"):
            continue
        finish()
        current, stack = None, []
        comm, tid, when = parts[0].strip(), parts[1], parts[2][:-1]
        if args.comm in comm or ".NET" in comm:
            current = (float(when), int(tid))
    finish()
    samples.sort(key=lambda s: s[0])
    if not samples:
        sys.exit("no samples of the server")

    windows, last = [], None
    for when, tid, kind in samples:
        if last is None or (when - last) * 1000 > args.gap:
            windows.append([])
        windows[-1].append((when, tid, kind))
        last = when

    two, lengths = {True: [], False: []}, []
    for window in windows:
        busiest = collections.Counter(tid for _, tid, _ in window).most_common(2)
        first = busiest[0][1]
        second = busiest[1][1] if len(busiest) > 1 else 0
        length = (window[-1][0] - window[0][0]) * 1000
        busy = second >= args.share * len(window)
        two[busy].append(length)
        line = f"{length:6.0f} ms  {len(window):4d} samples  busiest threads {first:4d} {second:4d}  {'two threads' if busy else 'one thread'}"
        if args.collections:
            own = [when for when, _, kind in window if kind == "own"]
            allocation = sum(1 for _, _, kind in window if kind == "allocation")
            to_own = f"{(own[0] - window[0][0]) * 1000:6.1f} ms" if own else "  none"
            line += f"  to its own collection {to_own}  in collections of the lint {allocation:3d}"
        print(line)

    print(f"{len(windows)} windows: {len(two[True])} with two busy threads"
          + (f" (median {statistics.median(two[True]):.0f} ms)" if two[True] else "")
          + f", {len(two[False])} with one"
          + (f" (median {statistics.median(two[False]):.0f} ms)" if two[False] else ""))


if __name__ == "__main__":
    main()
