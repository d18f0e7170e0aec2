#!/usr/bin/env python3
"""Writes the inputs bench/compare.sh times, all made from the repository's own samples, deterministically.

    bench/make-inputs.py [--docx] REPO OUTDIR

OUTDIR gets:
  paper-31k.md, paper-618k.md, paper-6m.md   one paper of about 31 KB, 20 of them in one file, 200 of them
  grep-terms.txt                              2,000 fixed strings for `grep -F -f`: 1,000 words of the shipped packs, 1,000 made up
  pack-10/Bench/Terms.yml                     a substitution pack of 10 plain terms (for `--rules pack-10`)
  pack-10000/Bench/Terms.yml                  the same 10 terms and 9,990 more that mostly occur nowhere
  paper-6m.docx, paper-30m.docx, paper-60m.docx   with --docx: samples/paper.docx with its body written again and
                                              again until word/document.xml passes 6, 30 and 60 million bytes (under
                                              the 64 MB a part may have), every other part as it is
  paper-notes.docx                            with --docx: samples/paper.docx with a body of 5,000 short paragraphs,
                                              each with a footnote, and each note the text of the sample's notes
                                              (word/footnotes.xml about 6 million bytes)

The paper recipe is also in tests/PaperLint.Benchmarks/ScaledPaper.cs, so that BenchmarkDotNet's per-MB numbers
and these timings are about the same text; change both together.
"""

import os
import re
import sys
import zipfile

SAMPLES = ["paper.md", "consistency.md", "notes.md", "citations.md", "numbered.md"]
ONE_PAPER_BYTES = 31 * 1024
FOOTNOTE_LABEL = re.compile(r"\[\^([^\]\s]+)\]")
FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)


def sample_texts(repo):
    texts = []
    for name in SAMPLES:
        with open(os.path.join(repo, "samples", name), encoding="utf-8") as f:
            text = f.read().replace("\r\n", "\n")
        # The front matter names a bibliography beside the sample; copies elsewhere would not find it.
        text = FRONT_MATTER.sub("", text, count=1).lstrip("\n")
        texts.append(text.rstrip("\n") + "\n\n")
    return texts


def piece(text, number):
    # Each copy gets its own note labels, so every marker still has exactly the note its sample gave it.
    return FOOTNOTE_LABEL.sub(lambda m: "[^%s-%d]" % (m.group(1), number), text)


def pieces_per_paper(texts):
    size, count = 0, 0
    while size < ONE_PAPER_BYTES:
        size += len(piece(texts[count % len(texts)], count).encode("utf-8"))
        count += 1
    return count


def papers(texts, copies):
    """`copies` papers of about 31 KB in one text: each the same samples in the same order, labels renumbered."""
    per_paper = pieces_per_paper(texts)
    out = []
    for copy in range(copies):
        for n in range(per_paper):
            out.append(piece(texts[n % len(texts)], copy * per_paper + n))
    return "".join(out)


SYLLABLES = [c + v for c in "bdfgklmnprstvz" for v in "aeiou"]  # 70
FINALS = "nrstlkx"


def made_up_word(i):
    """The i-th of 343,000 made-up words, spread over the alphabet so that neighbours do not share a prefix."""
    n = len(SYLLABLES)
    j = (i * 40503 + 17) % (n ** 3)  # 40503 is prime to 70^3, so this is a permutation
    return SYLLABLES[j % n] + SYLLABLES[(j // n) % n] + SYLLABLES[j // (n * n)] + FINALS[i % len(FINALS)]


def made_up_terms(count, taken):
    """`count` distinct plain terms, one word or two, that are not in `taken` (compared without case)."""
    terms, i = [], 0
    seen = {t.lower() for t in taken}
    while len(terms) < count:
        term = made_up_word(i) if i % 3 else made_up_word(i) + " " + made_up_word(i + 171_000)
        i += 1
        if term.lower() not in seen:
            seen.add(term.lower())
            terms.append(term)
    return terms


PLAIN = re.compile(r"^[^\W\d_][\w' -]*[^\W_]$")
MAPPING_LINE = re.compile(r"^\s+([^#:][^:]*):\s+(.+)$")


def shipped_terms(repo):
    """The plain words of the shipped packs' swaps and families (regular expressions left out), in file order."""
    terms = []
    rules = os.path.join(repo, "rules")
    for folder in sorted(os.listdir(rules)):
        for name in sorted(os.listdir(os.path.join(rules, folder))):
            with open(os.path.join(rules, folder, name), encoding="utf-8") as f:
                for line in f:
                    m = MAPPING_LINE.match(line.rstrip("\n"))
                    if not m:
                        continue
                    for side in m.groups():
                        for word in side.strip().strip("'\"").split("|"):
                            if PLAIN.match(word) and word not in terms:
                                terms.append(word)
    return terms


# The 10-term pack: plain terms, some of which the samples use, so the pack has findings to report.
TEN_TERMS = [
    ("reading room", "reading-room"),
    ("self improvement", "self-improvement"),
    ("lamp room", "lamp-room"),
    ("strike fund", "strike-fund"),
    ("newspaper bill", "newspaper account"),
    ("fog horns", "foghorns"),
    ("light house", "lighthouse"),
    ("work shop", "workshop"),
    ("every day life", "everyday life"),
    ("some what", "somewhat"),
]


def write_pack(folder, swaps):
    os.makedirs(os.path.join(folder, "Bench"), exist_ok=True)
    lines = [
        "extends: substitution",
        "message: \"Use '%s' instead of '%s'\"",
        "description: Benchmark pack of %d plain terms" % len(swaps),
        "level: warning",
        "ignorecase: true",
        "swap:",
    ]
    lines += ["  %s: %s" % (term, replacement) for term, replacement in swaps]
    with open(os.path.join(folder, "Bench", "Terms.yml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_long_docx(repo, out):
    """samples/paper.docx with its body repeated: what a long Word file costs, as its main part grows."""
    with zipfile.ZipFile(os.path.join(repo, "samples", "paper.docx")) as sample:
        parts = [(info.filename, sample.read(info.filename)) for info in sample.infolist()]
    document = dict(parts)["word/document.xml"].decode("utf-8")
    start = document.index("<w:body>") + len("<w:body>")
    end = document.rindex("<w:sectPr")
    body = document[start:end]
    for name, size in (("paper-6m.docx", 6_000_000), ("paper-30m.docx", 30_000_000), ("paper-60m.docx", 60_000_000)):
        copies = size // len(body.encode("utf-8")) + 1
        xml = (document[:start] + body * copies + document[end:]).encode("utf-8")
        with zipfile.ZipFile(os.path.join(out, name), "w", zipfile.ZIP_DEFLATED) as docx:
            for part, data in parts:
                docx.writestr(part, xml if part == "word/document.xml" else data)

    # A paper of many notes: what a long notes part costs.
    notes = dict(parts)["word/footnotes.xml"].decode("utf-8")
    runs = "".join(re.findall(r'<w:r><w:t xml:space="preserve">[^<]*</w:t></w:r>', notes))
    first = notes.index("<w:footnote w:id=", notes.index('w:type="separator"'))
    count = 5000
    paragraphs = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">Paragraph {i} of the body, with a note.</w:t></w:r>'
        f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference" /></w:rPr><w:footnoteReference w:id="{i}" /></w:r></w:p>'
        for i in range(1, count + 1))
    body_xml = (document[:start] + paragraphs + document[end:]).encode("utf-8")
    notes_xml = (notes[:first] + "".join(
        f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText" /></w:pPr>'
        f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference" /></w:rPr><w:footnoteRef /></w:r>{runs * 2}</w:p></w:footnote>'
        for i in range(1, count + 1)) + "</w:footnotes>").encode("utf-8")
    with zipfile.ZipFile(os.path.join(out, "paper-notes.docx"), "w", zipfile.ZIP_DEFLATED) as docx:
        for part, data in parts:
            docx.writestr(part, body_xml if part == "word/document.xml" else notes_xml if part == "word/footnotes.xml" else data)


def main():
    args = sys.argv[1:]
    docx = args[:1] == ["--docx"]
    if docx:
        args = args[1:]
    if len(args) != 2:
        sys.exit("usage: make-inputs.py [--docx] REPO OUTDIR")
    repo, out = args
    os.makedirs(out, exist_ok=True)

    texts = sample_texts(repo)
    for name, copies in (("paper-31k.md", 1), ("paper-618k.md", 20), ("paper-6m.md", 200)):
        write(os.path.join(out, name), papers(texts, copies))

    # Half the shipped packs' words (spread over every pack; many of them occur in the papers), half made up.
    shipped = shipped_terms(repo)
    shipped = [shipped[i * len(shipped) // 1000] for i in range(min(1000, len(shipped)))]
    grep_terms = shipped + made_up_terms(2000 - len(shipped), shipped)
    write(os.path.join(out, "grep-terms.txt"), "\n".join(grep_terms) + "\n")

    write_pack(os.path.join(out, "pack-10"), TEN_TERMS)
    taken = [t for t, _ in TEN_TERMS]
    more = made_up_terms(10_000 - len(TEN_TERMS), taken)
    # The replacement differs from the term only in its ending, as a house-style pack's would.
    write_pack(os.path.join(out, "pack-10000"), TEN_TERMS + [(t, t[:-1] + "h") for t in more])

    if docx:
        write_long_docx(repo, out)


if __name__ == "__main__":
    main()
