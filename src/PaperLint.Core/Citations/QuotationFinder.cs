using PaperLint.Core.Model;

namespace PaperLint.Core.Citations;

/// <summary>
/// The one definition of a quotation, which every rule shares: set-off passages (the readers' Quote blocks;
/// Word paragraphs indented clearly more than the body text; paragraphs introduced by a colon that end with a
/// citation, as a text file sets a quotation off), consecutive ones taken as one passage until one ends with
/// its citation; and stretches in quotation marks. See <see cref="QuotationIndex"/> for what counts as what.
/// </summary>
internal static class QuotationFinder
{
    /// <summary>How much more than the body text a Word paragraph must be indented to read as a quotation (1 cm).</summary>
    public const int QuotationIndentTwips = 567;

    /// <summary>How many paragraphs after a colon may belong to one quotation (a letter quoted whole).</summary>
    internal const int MaxParagraphsAfterColon = 8;

    /// <summary>
    /// Every quotation of <paramref name="document"/>: the set-off passages, and every stretch in quotation marks
    /// outside them, however short; <paramref name="minWords"/> decides which of them count as quotations that
    /// need a citation and are the quoted author's words.
    /// </summary>
    public static QuotationIndex Find(Document document, ReferenceList? references, IReadOnlyDictionary<Block, IReadOnlyList<Citation>> citations, int minWords) =>
        Find(document, references, citations, minWords, null);

    /// <summary>As <see cref="Find(Document, ReferenceList?, IReadOnlyDictionary{Block, IReadOnlyList{Citation}}, int)"/>, with the stretches in quotation marks of each block already found (by block number), when <paramref name="marks"/> is given.</summary>
    public static QuotationIndex Find(Document document, ReferenceList? references, IReadOnlyDictionary<Block, IReadOnlyList<Citation>> citations, int minWords, IReadOnlyList<IReadOnlyList<InlineQuotation>>? marks)
    {
        // The entries of the references list quote titles; they are neither prose nor quotations.
        BlockKind KindOf(Block b) => ReferenceList.KindOf(references, b);
        var body = document.Blocks.Where(b => b.Kind != BlockKind.FootnoteBody).ToList();
        int usualIndent = UsualIndent(body, KindOf);
        var quoted = new HashSet<Block>(ReferenceEqualityComparer.Instance);
        var found = new List<Quotation>();

        // Set-off passages: consecutive quotation blocks are one passage until one ends with a citation.
        var run = new List<Block>();
        foreach (var block in body)
        {
            if (KindOf(block) == BlockKind.ReferenceEntry || !IsSetOff(block, usualIndent, minWords))
            {
                Flush(run, found, quoted);
                continue;
            }

            run.Add(block);
            if (TrailingCitation(block, CitationsIn(citations, block)) is not null)
            {
                Flush(run, found, quoted);
            }
        }

        Flush(run, found, quoted);

        // Paragraphs introduced by a colon, up to the one that ends with its citation.
        for (int i = 0; i + 1 < body.Count; i++)
        {
            if (!IsProse(KindOf(body[i])) || quoted.Contains(body[i]) || !EndsWithColon(body[i].Text))
            {
                continue;
            }

            for (int j = i + 1; j < body.Count && j - i <= MaxParagraphsAfterColon; j++)
            {
                var candidate = body[j];
                // A paragraph that itself ends with a colon leads in to what follows: it is the author's.
                if (KindOf(candidate) != BlockKind.Paragraph || quoted.Contains(candidate) || EndsWithColon(candidate.Text))
                {
                    break;
                }

                if (TrailingCitation(candidate, CitationsIn(citations, candidate)) is not null)
                {
                    var passage = body.GetRange(i + 1, j - i);
                    found.Add(new Quotation { Kind = QuotationKind.Block, Blocks = passage, Start = 0, End = candidate.Text.Length, Words = passage.Sum(b => InlineQuotations.CountWords(b.Text)) });
                    quoted.UnionWith(passage);
                    i = j;
                    break;
                }

                if (IsAuthorsOwn(candidate, CitationsIn(citations, candidate), minWords))
                {
                    break;
                }
            }
        }

        // Stretches in quotation marks, outside the passages.
        var inline = new Dictionary<Block, IReadOnlyList<InlineQuotation>>(ReferenceEqualityComparer.Instance);
        for (int b = 0; b < document.Blocks.Count; b++)
        {
            var block = document.Blocks[b];
            var blockMarks = marks?[b] ?? InlineQuotations.Find(block.Text);
            if (blockMarks.Count > 0)
            {
                inline[block] = blockMarks;
            }

            if (quoted.Contains(block))
            {
                continue;
            }

            foreach (var q in blockMarks)
            {
                // Quotation marks inside a URL or code are part of it (a search address, a string literal).
                if (block.TouchesNonProse(q.Start - 1, q.Length + 2))
                {
                    continue;
                }

                found.Add(new Quotation
                {
                    Kind = QuotationKind.Inline,
                    Blocks = [block],
                    Start = q.Start - 1,
                    End = Math.Min(block.Text.Length, q.End + 1),
                    Words = q.Words,
                    IsTitle = IsTitle(block.Text.AsSpan(q.Start, q.Length)),
                });
            }
        }

        found = MarkDialogue(found, out int tagged);

        // A narrative (a novel, a memoir): speech is tagged throughout and nothing is cited or listed. Its
        // quotations are the narrator's and the characters' (speech, proverbs, scripture, songs), not sources.
        bool narrative = tagged >= Dialogue.NarrativeTags && references is null && citations.Count == 0;
        var all = found.OrderBy(q => document.IndexOf(q.First)).ThenBy(q => q.Start).ToList();
        var cited = narrative ? [] : all.Where(q => q.Kind == QuotationKind.Block
            || (q.Words >= minWords && !q.IsTitle && !q.IsDialogue && KindOf(q.First) is BlockKind.Paragraph or BlockKind.ListItem or BlockKind.TableCell or BlockKind.FootnoteBody)).ToList();
        return new QuotationIndex(all, cited, quoted, inline, minWords, Continued(document, inline, quoted));
    }

    /// <summary>Marks speech with a tag (<see cref="Dialogue"/>), and counts it.</summary>
    private static List<Quotation> MarkDialogue(List<Quotation> found, out int tagged)
    {
        int count = 0;
        var marked = found.Select(q =>
        {
            if (q.Kind != QuotationKind.Inline || !Dialogue.IsTagged(q.First.Text, q.Start, q.End))
            {
                return q;
            }

            count++;
            return q with { IsDialogue = true };
        }).ToList();
        tagged = count;
        return marked;
    }

    /// <summary>The citation that ends <paramref name="block"/>: nothing but punctuation, closing marks and note markers after it.</summary>
    public static Citation? TrailingCitation(Block block, IReadOnlyList<Citation> citations)
    {
        for (int i = citations.Count - 1; i >= 0; i--)
        {
            var c = citations[i];
            if (OnlyClosingAfter(block.Text, c.BracketEnd))
            {
                return c;
            }
        }

        return null;
    }

    /// <summary>True when text[from..] holds only what may close a sentence: punctuation, closing marks, note markers.</summary>
    public static bool OnlyClosingAfter(string text, int from)
    {
        for (int i = from; i < text.Length; i++)
        {
            char c = text[i];
            if (!char.IsWhiteSpace(c) && !IsClosing(c))
            {
                return false;
            }
        }

        return true;
    }

    public static bool IsClosing(char c) =>
        c is '.' or ',' or ';' or ':' or '!' or '?' or '\u201D' or '"' or '\u2019' or '\'' or '\u00BB' or ')' or ']' or '*' or '_'
            or '\u2026' or Block.Placeholder
        || c is '\u00B9' or '\u00B2' or '\u00B3' || c is >= '\u2070' and <= '\u2079';

    /// <summary>A quoted string in title case ("How We Should Reorganize the Workers and Peasants Inspectorate") is a title, not a quotation.</summary>
    public static bool IsTitle(ReadOnlySpan<char> inner)
    {
        if (inner.TrimEnd().EndsWith('.'))
        {
            return false;
        }

        // The words between spaces with four letters or more, and how many of them begin (their first letter) in capitals.
        // Asked of every quotation of the paper: the words are read in place, nothing is copied.
        int content = 0;
        int capitalised = 0;
        foreach (var range in inner.Split(' '))
        {
            var word = inner[range];
            int letters = 0;
            char first = '\0';
            foreach (char c in word)
            {
                if (char.IsLetter(c) && letters++ == 0)
                {
                    first = c;
                }
            }

            if (letters >= 4)
            {
                content++;
                capitalised += char.IsUpper(first) ? 1 : 0;
            }
        }

        return content >= 2 && capitalised >= content - (content >= 6 ? 1 : 0);
    }

    /// <summary>
    /// A paragraph the author wrote, which ends the search for the end of a quoted letter: it cites, quotes at
    /// length, or ends with a note marker.
    /// </summary>
    private static bool IsAuthorsOwn(Block block, IReadOnlyList<Citation> citations, int minWords)
    {
        string text = block.Text.TrimEnd();
        bool endsWithMarker = text.Length > 0 && (IsSuperscriptDigit(text[^1]) || text[^1] == Block.Placeholder);
        return citations.Count > 0 || endsWithMarker || InlineQuotations.Find(block.Text).Any(q => q.Words >= minWords);
    }

    private static bool IsSuperscriptDigit(char c) => c is '\u00B9' or '\u00B2' or '\u00B3' || c is >= '\u2070' and <= '\u2079';

    private static void Flush(List<Block> run, List<Quotation> found, HashSet<Block> quoted)
    {
        if (run.Count == 0)
        {
            return;
        }

        found.Add(new Quotation { Kind = QuotationKind.Block, Blocks = [.. run], Start = 0, End = run[^1].Text.Length, Words = run.Sum(b => InlineQuotations.CountWords(b.Text)) });
        quoted.UnionWith(run);
        run.Clear();
    }

    private static bool IsSetOff(Block block, int usualIndent, int minWords)
    {
        if (block.Kind == BlockKind.Quote)
        {
            return true;
        }

        // A Word paragraph indented well beyond the body text, in a body style (lists indent too).
        return block.Kind == BlockKind.Paragraph
            && block.Docx is { NoteKind: null }
            && block.IndentTwips is { } indent
            && indent >= usualIndent + QuotationIndentTwips
            && !(block.Style ?? "").Contains("List", StringComparison.OrdinalIgnoreCase)
            && IsProse(block.Text, minWords);
    }

    /// <summary>
    /// Sentences, not a row of numbers (a chart's axis), a formula or code that Word indents: at least
    /// <paramref name="minWords"/> words with letters, and few of the brackets and operators code is made of.
    /// </summary>
    private static bool IsProse(string text, int minWords)
    {
        int words = 0, symbols = 0, visible = 0;
        bool inWord = false, wordHasLetter = false;
        foreach (char c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                visible++;
            }

            if (c is '{' or '}' or '[' or ']' or '<' or '>' or '=' or ';' or '|' or '\\' or '_')
            {
                symbols++;
            }

            if (char.IsLetterOrDigit(c))
            {
                inWord = true;
                wordHasLetter |= char.IsLetter(c);
            }
            else if (inWord)
            {
                words += wordHasLetter ? 1 : 0;
                inWord = wordHasLetter = false;
            }
        }

        words += inWord && wordHasLetter ? 1 : 0;
        return words >= minWords && symbols * 20 < Math.Max(visible, 1);
    }

    private static int UsualIndent(List<Block> body, Func<Block, BlockKind> kindOf)
    {
        var indents = body.Where(b => kindOf(b) == BlockKind.Paragraph && b.Docx is not null).Select(b => b.IndentTwips ?? 0).ToList();
        return indents.Count == 0 ? 0 : indents.GroupBy(i => i).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
    }

    private static bool IsProse(BlockKind kind) => kind is BlockKind.Paragraph or BlockKind.ListItem;

    private static bool EndsWithColon(string text)
    {
        string t = text.TrimEnd().TrimEnd(Block.Placeholder).TrimEnd();
        return t.EndsWith(':');
    }

    private static IReadOnlyList<Citation> CitationsIn(IReadOnlyDictionary<Block, IReadOnlyList<Citation>> citations, Block block) =>
        citations.TryGetValue(block, out var list) ? list : [];

    /// <summary>
    /// Quotations that run over a paragraph break: a paragraph left with an opening mark (“, „ or «) that nothing closes,
    /// and the next paragraph either opening again with the same mark (the convention for a quotation of several
    /// paragraphs) or closing it before anything else opens. Each piece covers its words as the quotation they are
    /// part of; the marks alone say so, so these pieces only keep the quoted words out of the author's own (they are not
    /// quotations to cite, which the paragraphs' own marks decide).
    /// </summary>
    private static Dictionary<Block, IReadOnlyList<InlineQuotation>> Continued(
        Document document,
        Dictionary<Block, IReadOnlyList<InlineQuotation>> inline,
        HashSet<Block> quoted)
    {
        var continued = new Dictionary<Block, IReadOnlyList<InlineQuotation>>(ReferenceEqualityComparer.Instance);
        var blocks = document.Blocks;
        for (int b = 0; b + 1 < blocks.Count; b++)
        {
            Block block = blocks[b], next = blocks[b + 1];
            // Two paragraphs of the text, or of one note; not two cells, items or notes, each of which stands alone.
            bool together = block.Kind == next.Kind
                && (block.Kind == BlockKind.Paragraph || (block.Kind == BlockKind.FootnoteBody && block.Note is not null && ReferenceEquals(block.Note, next.Note)));
            if (!together || quoted.Contains(block) || quoted.Contains(next)
                || InlineQuotations.UnclosedOpening(block.Text, inline.GetValueOrDefault(block) ?? []) is not { } open)
            {
                continue;
            }

            int end = InlineQuotations.ContinuationEnd(next.Text, open.Mark);
            if (end < 0)
            {
                continue;
            }

            int words = InlineQuotations.CountWords(block.Text.AsSpan(open.At + 1)) + InlineQuotations.CountWords(next.Text.AsSpan(0, end));
            Add(block, new InlineQuotation(open.At + 1, block.Text.Length - open.At - 1, words));
            Add(next, new InlineQuotation(0, end, words));
        }

        return continued;

        void Add(Block block, InlineQuotation piece) =>
            continued[block] = continued.TryGetValue(block, out var pieces) ? [.. pieces, piece] : [piece];
    }
}
