#!/usr/bin/env python3
"""Writes paragraphs of hundreds of thousands of characters, each one line, for timings of long paragraphs.

    bench/one-line.py [--sizes N[,N...]] OUTDIR [TEXTFILE ...]

A text written without line breaks but between paragraphs, or not even there, is read as a few huge paragraphs,
and a rule that asks the whole paragraph again for each of its words takes a time that grows with their product.
OUTDIR gets, for each size N (default 400000,1600000; characters, not bytes):
  doubled-N.txt   words of a small vocabulary (the, of, and, ...) at random, one line: one word in about forty
                  is written twice in a row
  mixed-N.txt     tokens at random, one line: words, quotations in straight and curly marks, citations, note
                  markers, hyphenated words, names with and without diacritics, dates, addresses (http://x.org/a,
                  a@b.org), emphasis and code marks, brackets and punctuation
  NAME-N.txt      for each TEXTFILE (such as real-text.txt of bench/real-inputs.py): its text with every run of
                  white space made one space, cut to N characters
and a .md beside each .txt with the same text. Each is the same bytes on every machine for the same TEXTFILEs.
"""

import os
import random
import re
import sys

WORDS = ('the of and a to in is was that for on with as by at from this be are or an which not have it his their '
         'were has been but one also its they had more would can all other some into').split()
TOKENS = WORDS + ['"quoted', 'words"', '“curly', 'quotes”', "don't", "Smith's", '(Smith', '2001)', '[1]', '[^2]', 'et',
                  'al.', 'Žižek', 'Zizek', 'co-operation', 'cooperation', 'organise', 'organize', '1918',
                  '6 November 1918', 'November 6, 1918', '12.3', 'p.', '23–45', 'e.g.', 'Dr.', '—', '(', ')', '[',
                  ']', '‘', '’', '«', '»', 'lead', 'by', 'Allan', 'Woods', 'sic', 'ibid.', 'Ibid.', 'op.', 'cit.',
                  '*', '_', '`code`', 'http://x.org/a', 'a@b.org', 'TODO', 'XXX', '??', '!!', ';', ':', ',', '.']


def main():
    args = sys.argv[1:]
    sizes = [400_000, 1_600_000]
    if args[:1] == ['--sizes']:
        sizes = [int(s) for s in args[1].split(',')]
        args = args[2:]
    if not args:
        sys.exit(__doc__)
    out, texts = args[0], args[1:]
    os.makedirs(out, exist_ok=True)
    longest = max(sizes)
    random.seed(7)
    lines = {
        'doubled': ' '.join(random.choice(WORDS) for _ in range(longest // 3)),
        'mixed': ' '.join(random.choice(TOKENS) for _ in range(longest // 4)),
    }
    for path in texts:
        with open(path, encoding='utf-8') as f:
            lines[os.path.splitext(os.path.basename(path))[0]] = re.sub(r'\s+', ' ', f.read())
    for name, line in lines.items():
        for size in sizes:
            for ext in ('txt', 'md'):
                with open(os.path.join(out, f'{name}-{size}.{ext}'), 'w', encoding='utf-8', newline='\n') as f:
                    f.write(line[:size] + '\n')


if __name__ == '__main__':
    main()
