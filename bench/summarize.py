#!/usr/bin/env python3
"""Prints bench/compare.sh's table: medians per input and tool, and the goals of issue 12, met or not.

    bench/summarize.py RESULTS INPUTS

RESULTS holds hyperfine's JSON per input (31k.json, 618k.json, 6m.json) and probes.tsv (one run of every
command under a time limit, with GNU time's peak memory); INPUTS the papers the commands read.
"""

import csv
import json
import os
import sys

INPUTS = [("31k", "31 KB"), ("618k", "618 KB"), ("6m", "6 MB")]
NATIVE = "paperlint native"
FD = "paperlint framework-dependent"
FALLBACK = "paperlint fallback"
TEXTLINT = "textlint+prh"
GREP = "grep -F"
PACK_10 = "paperlint native, 10-term pack"
PACK_10K = "paperlint native, 10,000-term pack"
WORD_FRONT = "paperlint native, Word sample"
WORD_WHOLE = "paperlint-docx, Word sample"
MIB = 1024 * 1024


class Time:
    """Seconds, or a lower bound of them when the command ran into the probe's time limit."""

    def __init__(self, seconds, at_least=False):
        self.seconds = seconds
        self.at_least = at_least

    def __str__(self):
        return (">" if self.at_least else "") + seconds_text(self.seconds)


def seconds_text(s):
    return "%.0f ms" % (s * 1000) if s < 1 else "%.2f s" % s


def load(results):
    medians, probes = {}, {}
    for key, _ in INPUTS:
        path = os.path.join(results, key + ".json")
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                for r in json.load(f)["results"]:
                    medians[(key, r["command"])] = Time(r["median"])
    with open(os.path.join(results, "probes.tsv"), encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            probes[(row["input"], row["command"])] = row
            if row["status"] == "timeout":
                medians[(row["input"], row["command"])] = Time(float(row["seconds"].lstrip(">")), at_least=True)
    return medians, probes


def ratio(a, b):
    """a / b as (value, bound): bound is '' (exact), '>' (at least) or '<' (at most); None when unknown."""
    if a is None or b is None or (a.at_least and b.at_least):
        return None
    bound = ">" if a.at_least else "<" if b.at_least else ""
    return a.seconds / b.seconds, bound


def verdict(value, bound, goal, at_most):
    """'goal met', 'not met', or 'unknown' when a bound does not settle it."""
    if at_most:
        if bound == ">":
            return "not met" if value > goal else "unknown"
        return "goal met" if value <= goal else ("unknown" if bound == "<" else "not met")
    if bound == "<":
        return "not met" if value < goal else "unknown"
    return "goal met" if value >= goal else ("unknown" if bound == ">" else "not met")


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: summarize.py RESULTS INPUTS")
    results, inputs = sys.argv[1], sys.argv[2]
    medians, probes = load(results)
    sizes = {key: os.path.getsize(os.path.join(inputs, "paper-%s.md" % key)) for key, _ in INPUTS}

    def cell(key, command):
        t = medians.get((key, command))
        if t is not None:
            return str(t)
        probe = probes.get((key, command))
        return probe["status"] if probe else "-"

    def findings(key, command):
        probe = probes.get((key, command))
        return probe["summary"].split(" (")[0] if probe and probe["summary"] else "-"

    print("Medians of hyperfine's runs (wall time of the whole command, start-up included).")
    print("'>T' ran into the probe's time limit; 'skipped' was not run; '-' not part of this run.")
    print()
    header = ["input", "bytes", "paperlint native", "framework-dependent", "fallback (any)", TEXTLINT, GREP, "paperlint findings"]
    rows = []
    for key, label in INPUTS:
        rows.append([label, "{:,}".format(sizes[key]), cell(key, NATIVE), cell(key, FD), cell(key, FALLBACK),
                     cell(key, TEXTLINT), cell(key, GREP), findings(key, NATIVE)])
    for command, label in ((PACK_10, "618 KB, 10-term pack"), (PACK_10K, "618 KB, 10,000-term pack")):
        rows.append([label, "{:,}".format(sizes["618k"]), cell("618k", command), "", "", "", "", findings("618k", command)])
    for command, label in ((WORD_FRONT, "samples/paper.docx, handed over"), (WORD_WHOLE, "samples/paper.docx, paperlint-docx")):
        if ("31k", command) in medians or ("31k", command) in probes:
            rows.append([label, "", cell("31k", command), "", "", "", "", findings("31k", command)])
    print_table(header, rows)

    for key, label in INPUTS:
        a, b = findings(key, NATIVE), findings(key, FD)
        if a != "-" and b != "-" and a != b:
            print("WARNING: on %s the native tool reports %s, the framework-dependent one %s" % (label, a, b))
    a, b = findings("618k", PACK_10), findings("618k", PACK_10K)
    if a != "-" and b != "-" and a != b:
        print("note: the 10,000-term pack reports %s, the 10-term pack %s (its made-up terms matched)" % (b, a))

    print()
    print("Goals (issue 12); the native column stands for the installed tool.")
    goals = []

    def ratio_goal(name, a, b, goal, at_most, unit="×"):
        r = ratio(a, b)
        if r is None:
            goals.append([name, "not measured", goal_text(goal, at_most, unit), ""])
            return
        value, bound = r
        goals.append([name, "%s%.2f%s" % (bound, value, unit), goal_text(goal, at_most, unit), verdict(value, bound, goal, at_most)])

    for key, label in INPUTS[:2]:
        ratio_goal("textlint+prh / paperlint, %s" % label, medians.get((key, TEXTLINT)), medians.get((key, NATIVE)), 20, False)
    ratio_goal("paperlint / grep -F, 6 MB", medians.get(("6m", NATIVE)), medians.get(("6m", GREP)), 10, True)
    ratio_goal("linear in size: paperlint 6 MB / 618 KB", medians.get(("6m", NATIVE)), medians.get(("618k", NATIVE)), 11, True, "")
    ratio_goal("10,000-term pack / 10-term pack, 618 KB", medians.get(("618k", PACK_10K)), medians.get(("618k", PACK_10)), 1.2, True, "")

    # The release's PaperLint.any (IL alone) is the fallback the goal names; a plain pack (pre-commit, an install from
    # source) is ReadyToRun-compiled for the machine and is shown beside it.
    for command, name in ((FALLBACK, "framework-dependent fallback (PaperLint.any), 31 KB"),
                          (FD, "framework-dependent plain pack (ReadyToRun), 31 KB")):
        fallback = medians.get(("31k", command))
        if fallback is None:
            goals.append([name, "not measured", "≤ 200 ms", ""])
        else:
            goals.append([name, str(fallback), "≤ 200 ms",
                          verdict(fallback.seconds * 1000, ">" if fallback.at_least else "", 200, True)])

    for key, label in INPUTS:
        probe = probes.get((key, NATIVE))
        limit = 3 * sizes[key] / MIB + 50
        name = "peak memory (one run), paperlint, %s" % label
        if not probe or not probe["peak_kb"]:
            timed_out = probe is not None and probe["status"] == "timeout"
            goals.append([name, "timed out" if timed_out else "not measured", "≤ %.0f MiB" % limit, ""])
            continue
        peak = int(probe["peak_kb"]) / 1024
        goals.append([name, "%.0f MiB" % peak, "≤ %.0f MiB (3× input + 50)" % limit, "goal met" if peak <= limit else "not met"])

    print_table(["", "measured", "goal", ""], goals)


def goal_text(goal, at_most, unit):
    return ("≤ " if at_most else "≥ ") + ("%g" % goal) + unit


def print_table(header, rows):
    widths = [max(len(str(r[i])) for r in [header] + rows) for i in range(len(header))]
    for row in [header] + rows:
        print("  ".join(str(v).ljust(w) if i == 0 else str(v).rjust(w) for i, (v, w) in enumerate(zip(row, widths))).rstrip())


if __name__ == "__main__":
    main()
