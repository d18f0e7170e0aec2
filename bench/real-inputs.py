#!/usr/bin/env python3
"""Writes two long inputs made of real papers, for timings that bench/make-inputs.py's repeated sample does not show.

    bench/real-inputs.py FOLDER OUTDIR

FOLDER holds Markdown papers (the tests' real-world corpus keeps 27 in its md/ folder; the repository holds none).
OUTDIR gets:
  real-6m.md   every .md file of FOLDER in name order, each followed by a blank line, and again from the first,
               until the file passes 6,000,000 bytes
  real-1m.md   the first 1,100,000 bytes of real-6m.md, cut after the first line break of the last blank line
               there, with CRLF line ends turned into LF

Both are the same bytes on every machine for the same FOLDER. Papers cite and number notes each in their own way, so
the result is a long document of many references lists and note sequences, as a thesis with chapters is.
"""

import os
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    folder, out = sys.argv[1], sys.argv[2]
    papers = sorted(name for name in os.listdir(folder) if name.endswith(".md"))
    if not papers:
        sys.exit(f"{folder}: no .md files")

    whole = bytearray()
    while len(whole) < 6_000_000:
        for name in papers:
            with open(os.path.join(folder, name), "rb") as f:
                whole += f.read()
            whole += b"\n"

    os.makedirs(out, exist_ok=True)
    with open(os.path.join(out, "real-6m.md"), "wb") as f:
        f.write(whole)

    head = bytes(whole[:1_100_000])
    cut = head.rfind(b"\n\n")
    with open(os.path.join(out, "real-1m.md"), "wb") as f:
        f.write(head[: cut + 1].replace(b"\r\n", b"\n"))


if __name__ == "__main__":
    main()
