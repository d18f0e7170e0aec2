using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;

namespace PaperLint.Core.Citations;

/// <summary>
/// The citations by number of a paper whose references list is numbered (Vancouver, IEEE, MDPI): numbers in square
/// brackets, <c>[1]</c>, <c>[1, 3–5]</c>, <c>[1-3]</c>, <c>[1; 4]</c>, and raised numbers, <c>¹⁻³</c>, a superscript
/// <c>1,3</c>, <c>^2^</c>, <c>&lt;sup&gt;4&lt;/sup&gt;</c>. A paper without a numbered list has none: its bracketed
/// and raised numbers are something else.
/// <para>
/// Not citations: numbers that a hand-typed note carries (a raised <c>3</c> where a paragraph opens with the note
/// <c>³</c>, a <c>[2]</c> where the paper's notes are typed <c>[1] …</c>, <c>[2] …</c>), the raised numbers of an
/// author line, exponents and units (<c>m²</c>, <c>10³</c>), numbers after a figure, table, equation or page word
/// (<c>Eq. [3]</c>), an index in code (<c>d[4]</c>, <c>x[1] = 0</c>), a Markdown link label (<c>[text][1]</c>),
/// years (four digits), and the raised numbers of a paper where most of them match no entry.
/// </para>
/// </summary>
internal sealed partial class NumericCitations
{
    /// <summary>Raised numbers are read as citations only when at least this share of them match entries.</summary>
    private const double RaisedShareThatResolves = 0.8;

    private static readonly NumericCitations None = new(new Dictionary<Block, IReadOnlyList<Citation>>(ReferenceEqualityComparer.Instance));

    private static readonly HashSet<string> NotCitingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "eq", "eqs", "eqn", "equation", "equations", "fig", "figs", "figure", "figures", "table", "tables", "tab", "section", "sect", "sec",
        "chapter", "chap", "ch", "step", "steps", "line", "lines", "p", "pp", "page", "pages", "vol", "no", "nr", "item", "items", "appendix",
        "abb", "abbildung", "tabelle", "gl", "gleichung", "kapitel", "éq", "équation", "tableau", "chapitre", "ecuación", "tabla", "figura",
        "capítulo", "equazione", "tabella", "capitolo", "equação", "tabela", "vergelijking", "tabel", "hoofdstuk",
        "interval", "intervals", "range", "ranges",
    };

    private readonly Dictionary<Block, IReadOnlyList<Citation>> _byBlock;

    private NumericCitations(Dictionary<Block, IReadOnlyList<Citation>> byBlock)
    {
        _byBlock = byBlock;
    }

    /// <summary>The numeric citations of each block that has any, in the order they stand.</summary>
    public IReadOnlyDictionary<Block, IReadOnlyList<Citation>> ByBlock => _byBlock;

    /// <summary>True when the paper cites by number.</summary>
    public bool Any => _byBlock.Count > 0;

    /// <summary>True when a note marker the reader found is a raised citation, not a note's number.</summary>
    public bool IsCitation(FootnoteRef marker) =>
        marker.Numbering == FootnoteNumbering.Manual
        && _byBlock.TryGetValue(marker.Block, out var list)
        && list.Any(c => c.IsRaised && marker.Offset >= c.Start && marker.Offset < c.End);

    /// <summary>"[1, 3–5]": how a message writes cited numbers, runs of three or more as ranges.</summary>
    public static string Label(IReadOnlyList<int> numbers) => "[" + Runs(numbers) + "]";

    /// <summary>"3–5, 7": numbers in order, runs of three or more as ranges.</summary>
    public static string Runs(IEnumerable<int> numbers)
    {
        var sorted = numbers.Distinct().Order().ToList();
        var parts = new List<string>();
        for (int i = 0; i < sorted.Count;)
        {
            int j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1)
            {
                j++;
            }

            parts.Add(j - i >= 2
                ? string.Create(CultureInfo.InvariantCulture, $"{sorted[i]}\u2013{sorted[j]}")
                : string.Join(", ", sorted[i..(j + 1)].Select(n => n.ToString(CultureInfo.InvariantCulture))));
            i = j + 1;
        }

        return string.Join(", ", parts);
    }

    /// <summary>The numeric citations of <paramref name="document"/> against its references list (none unless the list is numbered).</summary>
    internal static NumericCitations Find(Document document, ReferenceList? references)
    {
        if (references is null || !references.IsNumbered)
        {
            return None;
        }

        var entries = references.Entries.Where(e => e.Number is not null).Select(e => e.Number!.Value).ToHashSet();
        var blocks = document.Blocks.Where(b => !references.Contains(b) && !b.IsFrontMatter).ToList();

        // Notes typed by hand carry numbers of their own: a raised number, or one in brackets, that a note has is the note's.
        var raisedNotes = document.FootnoteDefs.Where(d => d.Numbering == FootnoteNumbering.Manual && d.Number is not null).Select(d => d.Number!.Value).ToHashSet();
        var bracketNotes = BracketNotes(blocks);

        var bracketed = new Dictionary<Block, List<Citation>>(ReferenceEqualityComparer.Instance);
        var raised = new Dictionary<Block, List<Citation>>(ReferenceEqualityComparer.Instance);
        int bracketCount = 0, bracketResolved = 0, raisedCount = 0, raisedResolved = 0;
        foreach (var block in blocks)
        {
            foreach (var citation in Bracketed(block, bracketNotes))
            {
                Add(bracketed, block, citation);
                bracketCount++;
                bracketResolved += citation.Numbers.All(entries.Contains) ? 1 : 0;
            }

            foreach (var citation in Raised(block).Where(c => !c.Numbers.Any(raisedNotes.Contains)))
            {
                Add(raised, block, citation);
                raisedCount++;
                raisedResolved += citation.Numbers.All(entries.Contains) ? 1 : 0;
            }
        }

        // Numbers most of which match no entry are not this list's citations.
        bool bracketsCite = bracketCount > 0 && bracketResolved * 2 >= bracketCount;
        bool raisedCite = raisedResolved >= 2 && raisedResolved >= raisedCount * RaisedShareThatResolves;
        var byBlock = new Dictionary<Block, IReadOnlyList<Citation>>(ReferenceEqualityComparer.Instance);
        foreach (var block in document.Blocks)
        {
            var list = new List<Citation>();
            if (bracketsCite && bracketed.TryGetValue(block, out var b))
            {
                list.AddRange(b);
            }

            if (raisedCite && raised.TryGetValue(block, out var r))
            {
                list.AddRange(r);
            }

            if (list.Count > 0)
            {
                byBlock[block] = list.OrderBy(c => c.Start).ToList();
            }
        }

        return byBlock.Count == 0 ? None : new NumericCitations(byBlock);
    }

    private static void Add(Dictionary<Block, List<Citation>> map, Block block, Citation citation)
    {
        if (!map.TryGetValue(block, out var list))
        {
            map[block] = list = [];
        }

        list.Add(citation);
    }

    /// <summary>
    /// The numbers of notes typed in brackets: paragraphs outside the list that open with <c>[n]</c> and go on, two or
    /// more of them (one such paragraph may be a sentence that opens with a citation: "[3] showed that …").
    /// </summary>
    private static HashSet<int> BracketNotes(List<Block> blocks)
    {
        var numbers = new HashSet<int>();
        foreach (var block in blocks)
        {
            var opening = OpeningBracket().Match(block.Text);
            if (opening.Success && int.TryParse(opening.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int n))
            {
                numbers.Add(n);
            }
        }

        return numbers.Count >= 2 ? numbers : [];
    }

    /// <summary>
    /// Numbers in square brackets that cite: <c>[1]</c>, <c>[1, 3–5]</c>, <c>[2; 7]</c>, and IEEE's range of two brackets,
    /// <c>[2]–[5]</c>.
    /// </summary>
    private static IEnumerable<Citation> Bracketed(Block block, HashSet<int> noteNumbers)
    {
        Citation? held = null;
        foreach (var citation in SingleBrackets(block, noteNumbers))
        {
            if (held is not null && IeeeRange(block.Text, held, citation) is { } range)
            {
                held = range;
                continue;
            }

            if (held is not null)
            {
                yield return held;
            }

            held = citation;
        }

        if (held is not null)
        {
            yield return held;
        }
    }

    /// <summary><c>[2]–[5]</c>: two brackets of one number each, a dash between, as IEEE writes a range.</summary>
    private static Citation? IeeeRange(string text, Citation left, Citation right)
    {
        var between = text.AsSpan(left.End, right.Start - left.End).Trim();
        bool dash = between.Length == 1 && between[0] is '-' or '\u2013' or '\u2014';
        if (!dash || left.Ranges.Count != 1 || right.Ranges.Count != 1 || left.Ranges[0].First != left.Ranges[0].Last
            || right.Ranges[0].First != right.Ranges[0].Last || right.Ranges[0].First <= left.Ranges[0].First)
        {
            return null;
        }

        int first = left.Ranges[0].First;
        int last = right.Ranges[0].First;
        if (last - first > 50)
        {
            return null;
        }

        var ranges = new List<(int First, int Last, int Start, int Length)> { (first, last, left.Start, right.End - left.Start) };
        return left with { Numbers = Spell(ranges), Ranges = ranges, Length = right.End - left.Start, BracketEnd = right.BracketEnd };
    }

    /// <summary>Each pair of square brackets of numbers that cites.</summary>
    private static IEnumerable<Citation> SingleBrackets(Block block, HashSet<int> noteNumbers)
    {
        string text = block.Text;
        foreach (Match match in BracketGroup().Matches(text))
        {
            int start = match.Index;
            int end = start + match.Length;
            if (block.TouchesNonProse(start, match.Length) || !Ranges(text, match.Groups["items"].Index, match.Groups["items"].Length, out var ranges))
            {
                continue;
            }

            var numbers = Spell(ranges);
            bool superscript = block.IsInSpan(SpanKind.Superscript, start, match.Length);
            bool opensBlock = text.AsSpan(0, start).IsWhiteSpace();
            if ((opensBlock && (noteNumbers.Count > 0 || LinkDefinition(text, end))) || numbers.Any(noteNumbers.Contains)
                || (!superscript && (IsIndex(text, start, end) || AfterNotCitingWord(text, start) || AfterMathSign(text, start)))
                || (start > 0 && text[start - 1] is ']' or '^') || (end < text.Length && text[end] is '(' or '['))
            {
                continue;
            }

            yield return new Citation
            {
                Kind = CitationKind.Numeric,
                Authors = [],
                Numbers = numbers,
                Ranges = ranges,
                Locator = match.Groups["locator"].Success ? match.Groups["locator"].Value : null,
                Start = start,
                Length = match.Length,
                BracketStart = start,
                BracketEnd = end,
            };
        }
    }

    /// <summary>
    /// Raised numbers: a superscript run of digits, commas and dashes (Word's superscript, Markdown's <c>^…^</c> and
    /// <c>&lt;sup&gt;</c>), or Unicode superscript digits with <c>⁻</c> or commas between; not exponents or units.
    /// </summary>
    private static IEnumerable<Citation> Raised(Block block)
    {
        string text = block.Text;
        foreach (var span in block.Spans.Where(s => s.Kind == SpanKind.Superscript).OrderBy(s => s.Start))
        {
            foreach (Match match in RaisedGroup().Matches(text[span.Start..span.End]))
            {
                // Raised brackets, "[2]", are read with the other brackets.
                int start = span.Start + match.Index;
                int end = start + match.Length;
                bool inBrackets = start > 0 && text[start - 1] == '[' && end < text.Length && text[end] == ']';
                if (!inBrackets && Group(block, start, match.Length, match.Value) is { } citation)
                {
                    yield return citation;
                }
            }
        }

        for (int i = 0; i < text.Length; i++)
        {
            if (!SuperscriptDigits.Is(text[i]))
            {
                continue;
            }

            int start = i;
            int end = i + 1;
            while (end < text.Length && (SuperscriptDigits.Is(text[end]) || (text[end] is '\u207B' or ',' && end + 1 < text.Length && SuperscriptDigits.Is(text[end + 1]))))
            {
                end++;
            }

            i = end - 1;
            string plain = Plain(text.AsSpan(start, end - start));
            if (Group(block, start, end - start, plain) is { } citation)
            {
                yield return citation;
            }
        }
    }

    /// <summary>A raised group text[start..start+length] written <paramref name="plain"/> (in ordinary digits) as a citation, unless it is an exponent.</summary>
    private static Citation? Group(Block block, int start, int length, string plain)
    {
        string text = block.Text;
        if (SuperscriptDigits.IsExponent(text, start, length) || block.TouchesNonProse(start, length)
            || !Ranges(plain, 0, plain.Length, out var ranges))
        {
            return null;
        }

        // Offsets of the ranges are those of the group in the block's text.
        var located = ranges.Select(r => (r.First, r.Last, Start: start + r.Start, r.Length)).ToList();
        return new Citation
        {
            Kind = CitationKind.Numeric,
            Authors = [],
            Numbers = Spell(located),
            Ranges = located,
            IsRaised = true,
            Start = start,
            Length = length,
            BracketStart = start,
            BracketEnd = start + length,
        };
    }

    private static string Plain(ReadOnlySpan<char> raised)
    {
        var plain = new StringBuilder(raised.Length);
        foreach (char c in raised)
        {
            plain.Append(SuperscriptDigits.ToDigit(c) is var d and >= 0 ? (char)('0' + d) : c == '\u207B' ? '-' : c);
        }

        return plain.ToString();
    }

    /// <summary>
    /// Reads "1, 3–5" into ranges (first, last, where they stand); false when a range runs backwards or is too long to be
    /// a range of references (a page range such as "45–1000" is something else).
    /// </summary>
    private static bool Ranges(string text, int from, int length, out List<(int First, int Last, int Start, int Length)> ranges)
    {
        ranges = [];
        foreach (Match item in RangeItem().Matches(text, from))
        {
            if (item.Index >= from + length)
            {
                break;
            }

            int first = int.Parse(item.Groups["first"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            int last = item.Groups["last"].Success ? int.Parse(item.Groups["last"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture) : first;
            if (first == 0 || last < first || last - first > 50)
            {
                return false;
            }

            ranges.Add((first, last, item.Index, item.Length));
        }

        return ranges.Count > 0;
    }

    private static List<int> Spell(List<(int First, int Last, int Start, int Length)> ranges) =>
        ranges.SelectMany(r => Enumerable.Range(r.First, r.Last - r.First + 1)).ToList();

    /// <summary>
    /// An index in code or a formula: brackets right after a name or a closing bracket (<c>d[4]</c>, <c>f(x)[2]</c>) that are
    /// followed by more code (<c>)</c>, <c>[</c>, <c>=</c>, an operator, <c>.name</c>), not by the end of a word or sentence.
    /// </summary>
    private static bool IsIndex(string text, int start, int end)
    {
        if (start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or ')'))
        {
            return false;
        }

        if (end >= text.Length)
        {
            return false;
        }

        char next = text[end];
        if (next is ')' or ']' or '[' or '(' or '=' or '+' or '*' or '/' or '<' or '>' or '_')
        {
            return true;
        }

        if (next is '.' && end + 1 < text.Length && char.IsLetter(text[end + 1]))
        {
            return true;
        }

        int k = end;
        while (k < text.Length && text[k] == ' ')
        {
            k++;
        }

        return k < text.Length && k > end && text[k] is '=' or '+' or '*' or '/' or '<' or '>';
    }

    /// <summary>True when the brackets follow a word that numbers something other than a source: "Eq. [3]", "Table [2]", "p. [4]".</summary>
    private static bool AfterNotCitingWord(string text, int start)
    {
        int e = start;
        while (e > 0 && text[e - 1] is ' ' or '\u00A0')
        {
            e--;
        }

        int s = e;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] == '.'))
        {
            s--;
        }

        return s < e && NotCitingWords.Contains(text[s..e].TrimEnd('.'));
    }

    /// <summary>True when the brackets follow a sign of a formula, as an interval does: "x ∈ [1, 5]", "n = [3]".</summary>
    private static bool AfterMathSign(string text, int start)
    {
        int e = start;
        while (e > 0 && text[e - 1] is ' ' or '\u00A0')
        {
            e--;
        }

        return e > 0 && text[e - 1] is '\u2208' or '=' or '<' or '>' or '\u2264' or '\u2265' or '\u00D7' or '\u2282' or '\u2286';
    }

    /// <summary>A reference-style link definition, "[1]: https://…", which a text file keeps as written.</summary>
    private static bool LinkDefinition(string text, int end) => end < text.Length && text[end] == ':';

    // Numbers of up to three digits, single or as ranges, separated by commas or semicolons.
    // IEEE puts the place in the work after the number: [18, p. 4], [3, pp. 7–9], [5, Fig. 2], [2, ch. 3], [4, Sec. 2.1].
    [GeneratedRegex(@"\[(?<items>\s*\d{1,3}(?:\s*[-\u2013\u2014]\s*\d{1,3})?(?:\s*[,;]\s*\d{1,3}(?:\s*[-\u2013\u2014]\s*\d{1,3})?)*\s*)(?:,\s*(?<locator>(?:pp?|ch|chap|sec|fig|tab|tbl|vol|no|col|para|eq|th|thm|app|ll?)\.?\s*[\dA-Za-z().]+(?:\s*[-\u2013]\s*[\dA-Za-z().]+)?)\s*)?\]", RegexOptions.IgnoreCase)]
    private static partial Regex BracketGroup();

    [GeneratedRegex(@"(?<first>\d{1,3})(?:\s*[-\u2013\u2014]\s*(?<last>\d{1,3}))?")]
    private static partial Regex RangeItem();

    // In a superscript run: "1", "1,3", "1–3", "2, 5-7", bounded by neither a letter nor a digit.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\d{1,3}(?:\s?[,;\-\u2013]\s?\d{1,3})*(?![\p{L}\p{N}])")]
    private static partial Regex RaisedGroup();

    [GeneratedRegex(@"^\s*\[(?<n>\d{1,3})\]\s*\S")]
    private static partial Regex OpeningBracket();
}
