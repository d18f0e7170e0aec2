using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Consistency;

/// <summary>
/// <c>Consistency.QuoteMarks</c>: quotation marks and apostrophes used inconsistently within one language of a
/// paper. Each language has its own system (English “…” and ‘…’; German „…“ and ‚…‘, or »…« and ›…‹; Swiss,
/// French, Spanish, Italian and Portuguese «…» with “…” inside), so the marks are counted apart for each
/// language (<see cref="LintContext.LanguageOf"/>): straight marks against that language's typographic ones,
/// double marks (<c>"</c> against <c>“ ”</c>, <c>„ “</c>, <c>« »</c>) apart from apostrophes and single marks
/// (<c>'</c> against <c>‘ ’</c>, <c>‚</c>); each mark of the style used less is reported with the counts and the
/// mark to use. Outside English, two typographic systems for the same level (« » and “ ” both opening
/// quotations in one French text, or „…“ and »…« in one German text) are reported too, the one used less.
/// Also a quotation mark opened and never closed in its paragraph; a quotation that runs over several
/// paragraphs, opening each and closing only at the end, is the typographers' convention and passes, as does a
/// dialogue in guillemets whose turns start with a dash, or a quotation that a text file's page break (the
/// page's number alone on a line) cuts and the next page closes. Code, URLs, the reference list and block quotations
/// (unless quotations count) are left out; digits followed by a straight mark (<c>5' 10"</c>) are feet and
/// inches, not quotations, and a mark standing alone between spaces is a ditto mark.
/// </summary>
public sealed class QuoteMarks : IRule
{
    private const char Straight = '"';
    private const char OpenDouble = '\u201C';
    private const char CloseDouble = '\u201D';
    private const char LowDouble = '\u201E';
    private const char LeftGuillemet = '\u00AB';
    private const char RightGuillemet = '\u00BB';
    private const char Apostrophe = '\'';
    private const char OpenSingle = '\u2018';
    private const char CloseSingle = '\u2019';
    private const char LowSingle = '\u201A';
    private const char LeftSingleGuillemet = '\u2039';
    private const char RightSingleGuillemet = '\u203A';

    // What may stand right before an opening mark: brackets, dashes, a colon, and the opening mark of the
    // quotation it is nested in („»Wort«…“, “‘word’…”).
    private const string OpensBefore = "([{—–-/\u2014\u2013:\u201E\u201A\u201C\u2018\u00AB\u00BB\u2039\u203A";

    private const string DoubleMarks = "\"\u201C\u201D\u201E\u00AB\u00BB";
    private const string SingleMarks = "'\u2018\u2019\u201A\u2039\u203A";

    private static readonly System.Buffers.SearchValues<char> AnyMark = System.Buffers.SearchValues.Create(DoubleMarks + SingleMarks);

    /// <summary>The offset of the first quotation mark or apostrophe in text[from..], or -1.</summary>
    private static int NextMark(string text, int from)
    {
        int found = text.AsSpan(from).IndexOfAny(AnyMark);
        return found < 0 ? -1 : from + found;
    }

    public string Id => "Consistency.QuoteMarks";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "Straight and typographic quotation marks or apostrophes mixed within one language of a paper, two systems of quotation marks for the same level, and a quotation mark opened and never closed in its paragraph.";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var document = context.Document;
        var scope = new CountingScope(context);
        var marks = new List<Mark>();
        var findings = new List<(int Order, Finding Finding)>();
        var blocks = document.Blocks.Where(b => !scope.IsReferenceList(b)).ToList();
        var carried = new List<Open>();
        int seen = 0;
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (carried.Count == 0 && NextMark(block.Text, 0) < 0)
            {
                // No mark, and no quotation goes on into it: a paragraph has nothing to scan.
                continue;
            }

            string? language = context.LanguageOf(block);
            var scan = new Scan(block, language, seen, carried);
            seen += scan.Marks.Count;

            // Marks inside quotations count too: they are the paper's typography, not the quoted author's words.
            if (!scope.IsReferenceList(block))
            {
                marks.AddRange(scan.Marks);
            }

            var (unclosed, continuing) = scan.End(b + 1 < blocks.Count ? blocks[b + 1] : null);
            carried = continuing;
            foreach (var mark in unclosed)
            {
                string message = $"this {Name(mark.Char)} opens a quotation that is not closed in its paragraph; close it with {CloserOf(mark.Char, mark.Language)} (a quotation that runs over several paragraphs opens each of them with a quotation mark)";
                findings.Add((mark.Order, Finding.At(document, mark.Block, mark.Offset, 1, Id, context.SeverityFor(this), message)));
            }
        }

        bool? preferred = Preferred(context.Settings<ConsistencyOptions>());
        foreach (var language in marks.GroupBy(m => m.Language ?? ""))
        {
            var inLanguage = language.ToList();
            bool english = language.Key == "en";
            Mixed(document, context, preferred, inLanguage, english ? "\u201C\u201D" : DoubleMarks[1..], Straight, "quotation marks", findings);
            Mixed(document, context, preferred, inLanguage, english ? "\u2018\u2019" : SingleMarks[1..], Apostrophe, "apostrophes and single quotation marks", findings);
            if (!english && language.Key.Length > 0)
            {
                TwoSystems(document, context, inLanguage, findings);
            }
        }

        return findings.OrderBy(f => f.Order).Select(f => f.Finding).ToList();
    }

    private void Mixed(Document document, LintContext context, bool? preferred, List<Mark> inLanguage, string typographic, char straightMark, string what, List<(int, Finding)> findings)
    {
        var straight = inLanguage.Where(m => m.Char == straightMark).ToList();
        var curly = inLanguage.Where(m => typographic.Contains(m.Char)).ToList();
        if (straight.Count == 0 || curly.Count == 0)
        {
            return;
        }

        bool curlyWins = preferred ?? (curly.Count != straight.Count ? curly.Count > straight.Count : curly[0].Order < straight[0].Order);
        var (losers, winners) = curlyWins ? (straight, curly) : (curly, straight);

        // English marks are curly; guillemets and the low marks of German are typographic, not curly.
        string curlyWord = curly.All(m => m.Char is OpenDouble or CloseDouble or OpenSingle or CloseSingle) ? "curly" : "typographic";
        string style = curlyWins ? curlyWord : "straight";
        string reason = preferred is not null ? " (house style)" : "";
        var system = SystemOf(inLanguage);
        foreach (var mark in losers)
        {
            char curlyMark = TypographicFor(mark, system);
            string suggestion = curlyWins ? curlyMark.ToString() : mark.Double ? "\"" : "'";
            string message = $"{(curlyWins ? "straight" : curlyWord)} {Noun(mark)} among {style} ones ({Tally.Times(losers.Count)} against {Tally.Times(winners.Count)} {what}); use {suggestion}{reason}";

            // An opening mark is a certain fix only where its quotation is closed later in the paragraph; else the fix
            // would leave a quotation opened and never closed.
            bool certain = !curlyWins || !OpensQuotation(curlyMark) || ClosedLater(mark);
            findings.Add((mark.Order, Finding.At(document, mark.Block, mark.Offset, 1, Id, context.SeverityFor(this), message, [suggestion]) with { Fixable = certain }));
        }
    }

    private static bool OpensQuotation(char mark) => mark is OpenDouble or OpenSingle or LowDouble or LowSingle or LeftGuillemet or LeftSingleGuillemet;

    /// <summary>True when a mark after <paramref name="mark"/> in its paragraph can close it: a double mark for a double one; for a single one, a single mark that ends a word (not the apostrophe of <c>world's</c>).</summary>
    private static bool ClosedLater(Mark mark)
    {
        string text = mark.Block.Text;
        for (int i = mark.Offset + 1; i < text.Length; i++)
        {
            char c = text[i];
            if (mark.Double ? DoubleMarks.Contains(c) && i > mark.Offset + 1 && !char.IsWhiteSpace(text[i - 1])
                : SingleMarks.Contains(c) && !char.IsWhiteSpace(text[i - 1]) && (i + 1 == text.Length || !char.IsLetter(text[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Quotations opened with two typographic systems at the outermost level in one language: the ones opened with
    /// the system used less are reported at their opening mark. Nested quotations are left alone, for « “…” »
    /// and „ ‚…‘ “ are each one system.
    /// </summary>
    private void TwoSystems(Document document, LintContext context, List<Mark> inLanguage, List<(int, Finding)> findings)
    {
        var systems = inLanguage
            .Where(m => m.Opening && m.Depth == 0 && m.Char is OpenDouble or LowDouble or LeftGuillemet or RightGuillemet)
            .GroupBy(m => m.Char)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().Order)
            .ToList();
        if (systems.Count < 2)
        {
            return;
        }

        // The language's own marks win over English ones used in their place (« » over “ ” in French), whatever
        // the counts; between two systems of the language itself (German „…“ and »…«) the more used one wins.
        string? language = inLanguage[0].Language;
        var winner = systems.FirstOrDefault(g => IsNative(g.Key, language)) ?? systems[0];
        foreach (var loser in systems.Where(g => g != winner))
        {
            foreach (var mark in loser)
            {
                string suggestion = winner.Key.ToString();
                string convention = IsNative(winner.Key, language) && winner.Count() <= loser.Count() ? ", the marks of the text's language" : "";
                string message = $"a quotation in {Pair(mark.Char, mark.Language)} among quotations in {Pair(winner.Key, mark.Language)} ({Tally.Times(loser.Count())} against {Tally.Times(winner.Count())}); use {suggestion}{convention}";
                findings.Add((mark.Order, Finding.At(document, mark.Block, mark.Offset, 1, Id, context.SeverityFor(this), message, [suggestion]) with { Fixable = true }));
            }
        }
    }

    /// <summary>True when <paramref name="opening"/> opens a primary quotation in the conventions of <paramref name="language"/>.</summary>
    private static bool IsNative(char opening, string? language) => language switch
    {
        "fr" or "es" or "it" or "pt" => opening == LeftGuillemet,
        "de" => opening is LowDouble or RightGuillemet,
        _ => false,
    };

    private static bool? Preferred(ConsistencyOptions options)
    {
        foreach (string preferred in options.Prefer)
        {
            if (preferred.Equals("curly", StringComparison.OrdinalIgnoreCase) || preferred.Equals("typographic", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (preferred.Equals("straight", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return null;
    }

    /// <summary>The opening marks a language's text uses most for its quotations and for quotations inside them.</summary>
    private static (char Double, char Single) SystemOf(List<Mark> inLanguage)
    {
        string? language = inLanguage[0].Language;
        char Commonest(string openers, char fallback) => inLanguage
            .Where(m => m.Opening && openers.Contains(m.Char))
            .GroupBy(m => m.Char)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.First().Order)
            .Select(g => g.Key)
            .DefaultIfEmpty(fallback)
            .First();

        var (doubleFallback, singleFallback) = language switch
        {
            "de" => (LowDouble, LowSingle),
            "fr" or "es" or "it" or "pt" => (LeftGuillemet, OpenSingle),
            _ => (OpenDouble, OpenSingle),
        };
        return (Commonest("\u201C\u201E\u00AB\u00BB", doubleFallback), Commonest("\u2018\u201A\u2039\u203A", singleFallback));
    }

    private static char TypographicFor(Mark mark, (char Double, char Single) system)
    {
        if (mark.Double)
        {
            return mark.Opening ? system.Double : CloserOf(system.Double, mark.Language)[0];
        }

        // A straight single mark that does not open is nearly always an apostrophe, whatever the language.
        return mark.Opening ? system.Single : CloseSingle;
    }

    private static string Name(char c) => c == Straight ? "\"" : c.ToString();

    /// <summary>The mark that closes a quotation opened with <paramref name="open"/>.</summary>
    private static string CloserOf(char open, string? language) => open switch
    {
        OpenDouble => "\u201D",
        OpenSingle => "\u2019",
        LowDouble => language is "pl" or "hu" or "ro" or "nl" ? "\u201D" : "\u201C",
        LowSingle => "\u2018",
        LeftGuillemet => "\u00BB",
        RightGuillemet => "\u00AB",
        LeftSingleGuillemet => "\u203A",
        RightSingleGuillemet => "\u2039",
        _ => open.ToString(),
    };

    private static string Pair(char open, string? language) => $"{open}…{CloserOf(open, language)}";

    private static string Noun(Mark mark) => mark.Double
        ? "quotation mark"
        : mark.Opening ? "single quotation mark" : "apostrophe";

    private sealed record Mark(Block Block, int Offset, char Char, bool Opening, int Order, string? Language, int Depth)
    {
        public bool Double => DoubleMarks.Contains(Char);
    }

    /// <summary>A quotation opened and not yet closed; carried when it goes on into the next paragraph.</summary>
    private sealed record Open(Mark Mark, bool Carried);

    private enum Role
    {
        None,
        Opens,
        Closes,
    }

    /// <summary>
    /// The marks of one paragraph in reading order, each taken as opening or closing by where it stands and by
    /// what is open, and the quotations left open in the paragraph.
    /// </summary>
    private sealed class Scan
    {
        private readonly Block _block;
        private readonly string? _language;
        private readonly string _text;
        private readonly List<Open> _open;
        private readonly List<Mark> _unclosed = [];

        public Scan(Block block, string? language, int order, List<Open> carried)
        {
            _block = block;
            _language = language;
            _text = block.Text;
            _open = [.. carried];
            // From mark to mark: most of a paragraph's characters are none.
            for (int i = NextMark(_text, 0); i >= 0; i = NextMark(_text, i + 1))
            {
                char c = _text[i];
                if (block.TouchesNonProse(i, 1) || IsMeasureOrDitto(i))
                {
                    continue;
                }

                var role = RoleOf(i);
                var mark = new Mark(block, i, c, role == Role.Opens, order + Marks.Count, language, _open.Count);
                Marks.Add(mark);
                if (c != Apostrophe)
                {
                    Apply(mark, role);
                }
            }
        }

        public List<Mark> Marks { get; } = [];

        /// <summary>
        /// The quotations the paragraph leaves unclosed, and those that go on into <paramref name="next"/>: it opens
        /// with a quotation mark again (the typographers' convention), or, for guillemets, with the dash of a
        /// dialogue's next turn; or the paragraph stops inside a sentence that <paramref name="next"/> goes on with.
        /// </summary>
        public (List<Mark> Unclosed, List<Open> Continuing) End(Block? next)
        {
            string following = next?.Text.TrimStart() ?? "";
            char first = following.Length > 0 ? following[0] : '\0';
            var unclosed = new List<Mark>(_unclosed);
            var continuing = new List<Open>();
            if (BrokenMidSentence(following) || EndsAtPageBreak(next))
            {
                // A paragraph that stops without punctuation (lines pasted from a PDF, text around an equation) goes on
                // in the next one; so does a page of a text file that ends with its number, whatever stood before it.
                return (unclosed, _open.Select(o => o with { Carried = true }).ToList());
            }

            foreach (var open in _open)
            {
                var mark = open.Mark;
                bool reopens = mark.Double
                    ? first is OpenDouble or Straight or LowDouble or LeftGuillemet or RightGuillemet
                    : first is OpenSingle or LowSingle or LeftSingleGuillemet or RightSingleGuillemet;
                if (reopens)
                {
                    continue;
                }

                if (mark.Char is LeftGuillemet or RightGuillemet && first is '\u2014' or '\u2013')
                {
                    continuing.Add(open with { Carried = true });
                    continue;
                }

                unclosed.Add(mark);
            }

            return (unclosed.OrderBy(m => m.Order).ToList(), continuing);
        }

        private bool BrokenMidSentence(string following)
        {
            string text = _text.TrimEnd();
            return text.Length > 0 && following.Length > 0
                && (char.IsLetter(text[^1]) || text[^1] is ',' or '-')
                && char.IsLetter(following[0]);
        }

        /// <summary>
        /// True when the paragraph's last line, or the whole next paragraph, is a page number standing alone: the
        /// text of a paginated document (a PDF saved as text) runs on over the page break, past the page's notes, its
        /// number and the running head of the next page.
        /// </summary>
        private bool EndsAtPageBreak(Block? next)
        {
            int lastLine = _block.LineBreaks.Count > 0 ? _block.LineBreaks[^1] + 1 : 0;
            return IsPageNumber(_text.AsSpan(lastLine)) || (next is not null && IsPageNumber(next.Text));
        }

        // "12", "- 12 -", "[12]", "xiv": a number of one to four digits, or a small roman one, alone on its line.
        private static bool IsPageNumber(ReadOnlySpan<char> line)
        {
            var number = line.Trim().Trim("-\u2013\u2014[]() ");
            return number.Length is > 0 and <= 4 && (!number.ContainsAnyExcept("0123456789") || !number.ContainsAnyExcept("ivxlc"));
        }

        private Role RoleOf(int i)
        {
            char c = _text[i];
            char? topDouble = Top(isDouble: true)?.Mark.Char;
            char? topSingle = Top(isDouble: false)?.Mark.Char;
            switch (c)
            {
                case Straight:
                    // "[" and "#": a straight mark after an open one closes it when no word follows.
                    if (topDouble == Straight && !WordAt(i + 1))
                    {
                        return Role.Closes;
                    }

                    return Opens(i) ? Role.Opens : Role.Closes;
                case LowDouble or LowSingle:
                    return Role.Opens;
                case OpenDouble:
                    // German closes „…“ with the English opening mark; so does a German text whose opening mark went missing.
                    return topDouble == LowDouble || (_language == "de" && StandsAsCloser(i)) ? Role.Closes : Role.Opens;
                case CloseDouble:
                    return Role.Closes;
                case LeftGuillemet:
                    return topDouble == RightGuillemet || (topDouble is null && StandsAsCloser(i)) ? Role.Closes : Role.Opens;
                case RightGuillemet:
                    return topDouble == LeftGuillemet || !Opens(i) ? Role.Closes : Role.Opens;
                case LeftSingleGuillemet:
                    return topSingle == RightSingleGuillemet || (topSingle is null && StandsAsCloser(i)) ? Role.Closes : Role.Opens;
                case RightSingleGuillemet:
                    return topSingle == LeftSingleGuillemet || !Opens(i) ? Role.Closes : Role.Opens;
                case OpenSingle:
                    return topSingle == LowSingle ? Role.Closes : Opens(i) ? Role.Opens : Role.None;
                case CloseSingle:
                    return WithinWord(i) ? Role.None : Role.Closes;
                default:
                    return Opens(i) ? Role.Opens : Role.Closes;
            }
        }

        private void Apply(Mark mark, Role role)
        {
            if (role == Role.Opens)
            {
                // A curly quotation may open inside one of its own kind (“…, as they say, “…” …”) and is reported only
                // if it is still open at the end; straight marks look the same either way, so a second opening one
                // says the first was never closed. A second single opening mark is taken for the same quotation.
                if (!mark.Double && _open.Any(o => o.Mark.Char == mark.Char))
                {
                    return;
                }

                if (mark.Char == Straight && Top(isDouble: true) is { Mark.Char: Straight } straight)
                {
                    if (!straight.Carried)
                    {
                        _unclosed.Add(straight.Mark);
                    }

                    _open.Remove(straight);
                }

                _open.Add(new Open(mark, Carried: false));
                return;
            }

            if (role != Role.Closes)
            {
                return;
            }

            int at = Closed(mark);
            if (at < 0)
            {
                return;
            }

            // A quotation of the same family opened inside the closed one and not closed before it is unclosed. One
            // of the other family stays open: a quotation may quote a quotation across its own interruptions
            // (“for ‘the sole purpose of” the court’s “review.’”).
            var inside = _open.GetRange(at + 1, _open.Count - at - 1);
            _unclosed.AddRange(inside.Where(o => o.Mark.Double == mark.Double && !o.Carried).Select(o => o.Mark));
            _open.RemoveRange(at, _open.Count - at);
            _open.AddRange(inside.Where(o => o.Mark.Double != mark.Double));
        }

        /// <summary>The open quotation a closing mark closes: the innermost its kind closes, else (marks mixed) the innermost of its family.</summary>
        private int Closed(Mark mark)
        {
            int family = -1;
            for (int k = _open.Count - 1; k >= 0; k--)
            {
                var open = _open[k].Mark;
                if (open.Double != mark.Double)
                {
                    // A closing single mark inside a double quotation opened later is an apostrophe (the students’ “room”),
                    // unless it stands where only a closing mark stands (“of the offense.’”).
                    if (!mark.Double && !ClosesForSure(mark.Offset))
                    {
                        break;
                    }

                    continue;
                }

                if (Pairs(open.Char, mark.Char))
                {
                    return k;
                }

                if (family < 0)
                {
                    family = k;
                }
            }

            return family;
        }

        private bool ClosesForSure(int i) =>
            (i > 0 && ".,;:!?\u2026".Contains(_text[i - 1], StringComparison.Ordinal))
            || (i + 1 < _text.Length && "\"\u201C\u201D\u00AB\u00BB".Contains(_text[i + 1], StringComparison.Ordinal));

        private static bool Pairs(char open, char close) => open switch
        {
            Straight => close == Straight,
            OpenDouble => close == CloseDouble,
            LowDouble => close is OpenDouble or CloseDouble,
            LeftGuillemet => close == RightGuillemet,
            RightGuillemet => close == LeftGuillemet,
            OpenSingle => close == CloseSingle,
            LowSingle => close is OpenSingle or CloseSingle,
            LeftSingleGuillemet => close == RightSingleGuillemet,
            RightSingleGuillemet => close == LeftSingleGuillemet,
            _ => false,
        };

        private Open? Top(bool isDouble) => _open.LastOrDefault(o => o.Mark.Double == isDouble);

        // 5' 10" and 1'30": feet, inches, minutes and seconds, also as Word's autocorrect curls them (5’ 10”);
        // but "wlan0" closes its quotation. A mark between spaces is a ditto mark or a stray.
        private bool IsMeasureOrDitto(int i)
        {
            char c = _text[i];
            bool digitBefore = i > 0 && char.IsAsciiDigit(_text[i - 1]);
            bool straightOpen = _open.Any(o => o.Mark.Char == Straight);
            if (digitBefore && (c == Apostrophe || (c == Straight && !straightOpen)))
            {
                return true;
            }

            if (digitBefore && c == CloseDouble && Top(isDouble: true) is null)
            {
                return true;
            }

            if (digitBefore && c == CloseSingle && DigitFollows(i + 1))
            {
                return true;
            }

            // A closing mark typed after a space („…sprach. “) still closes what is open.
            bool spaceBefore = i == 0 || char.IsWhiteSpace(_text[i - 1]);
            bool spaceAfter = i + 1 == _text.Length || char.IsWhiteSpace(_text[i + 1]);
            return spaceBefore && spaceAfter && (c is Straight or OpenDouble or CloseDouble or LowDouble) && Top(isDouble: true) is null;
        }

        private bool DigitFollows(int i)
        {
            while (i < _text.Length && _text[i] == ' ')
            {
                i++;
            }

            return i < _text.Length && char.IsAsciiDigit(_text[i]);
        }

        // A mark opens when it follows a space, the start or an opening bracket or dash, and a word follows it.
        private bool Opens(int i)
        {
            char c = _text[i];
            bool before = i == 0 || char.IsWhiteSpace(_text[i - 1]) || OpensBefore.Contains(_text[i - 1], StringComparison.Ordinal);
            bool after = i + 1 < _text.Length && !char.IsWhiteSpace(_text[i + 1]);

            // ‘90s and 'tis are apostrophes, not quotations.
            if (c is OpenSingle or Apostrophe && after && char.IsAsciiDigit(_text[i + 1]))
            {
                return false;
            }

            return before && after;
        }

        // A mark stands where a closing mark stands: after a word or punctuation, before a space, punctuation or the end.
        private bool StandsAsCloser(int i) =>
            i > 0 && !char.IsWhiteSpace(_text[i - 1]) && !WordAt(i + 1);

        private bool WordAt(int i) => i < _text.Length && char.IsLetterOrDigit(_text[i]);

        private bool WithinWord(int i) =>
            i > 0 && char.IsLetter(_text[i - 1]) && i + 1 < _text.Length && char.IsLetter(_text[i + 1]);
    }
}
