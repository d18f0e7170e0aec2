#!/usr/bin/env python3
"""Writes long inputs made of real papers, for timings that bench/make-inputs.py's repeated sample does not show.

    bench/real-inputs.py [--times N[,N...]] FOLDER OUTDIR [TEXTFOLDER]

FOLDER holds Markdown papers (the tests' real-world corpus keeps 27 in its md/ folder; the repository holds none).
OUTDIR gets:
  real-6m.md   every .md file of FOLDER in name order, each followed by a blank line, and again from the first,
               until the file passes 6,000,000 bytes
  real-1m.md   the first 1,100,000 bytes of real-6m.md, cut after the first line break of the last blank line
               there, with CRLF line ends turned into LF
  real-text.txt  with TEXTFOLDER (the corpus's txt/ folder, seven files): every .txt file of TEXTFOLDER in name
               order, each read as UTF-8 or else Windows-1252, joined by blank lines, and the whole written seven
               times over, joined by blank lines, in UTF-8 (5,676,074 bytes from the corpus's seven files)

  real-6m-xN.md, real-text-xN.txt  with --times N (2 or more; several as 4,8): N copies of real-6m.md, and of
               real-text.txt with TEXTFOLDER, each followed by a line break (with 8: 52,894,416 and 45,408,600 bytes),
               for how time and memory grow with the size of the input

Each is the same bytes on every machine for the same FOLDER. Papers cite and number notes each in their own way, so
the result is a long document of many references lists and note sequences, as a thesis with chapters is.
"""

import os
import sys


def main():
    args = sys.argv[1:]
    times = []
    if len(args) >= 2 and args[0] == "--times":
        try:
            times = [int(n) for n in args[1].split(",")]
        except ValueError:
            sys.exit(f"--times {args[1]}: give whole numbers, such as 4,8")
        if any(n < 2 for n in times):
            sys.exit(f"--times {args[1]}: each number of copies must be 2 or more")
        args = args[2:]
    if len(args) not in (2, 3):
        sys.exit(__doc__)
    folder, out = args[0], args[1]
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

    text = write_text(args[2], out) if len(args) == 3 else None
    for n in times:
        write_copies(os.path.join(out, f"real-6m-x{n}.md"), bytes(whole), n)
        if text is not None:
            write_copies(os.path.join(out, f"real-text-x{n}.txt"), text, n)


def write_copies(path, data, n):
    with open(path, "wb") as f:
        for _ in range(n):
            f.write(data)
            f.write(b"\n")


def write_text(folder, out):
    names = sorted(name for name in os.listdir(folder) if name.endswith(".txt"))
    if not names:
        sys.exit(f"{folder}: no .txt files")

    texts = []
    for name in names:
        with open(os.path.join(folder, name), "rb") as f:
            data = f.read()
        try:
            texts.append(data.decode("utf-8"))
        except UnicodeDecodeError:
            texts.append(data.decode("cp1252"))

    joined = "\n\n".join(texts)
    data = "\n\n".join([joined] * 7).encode("utf-8")
    with open(os.path.join(out, "real-text.txt"), "wb") as f:
        f.write(data)
    return data


if __name__ == "__main__":
    main()
