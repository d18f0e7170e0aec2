using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Consistency;

/// <summary>
/// <c>Consistency.QuoteMarks</c>: straight and curly quotation marks mixed in one paper, counted apart for
/// double marks (<c>"</c> against <c>“ ”</c>) and for apostrophes and single marks (<c>'</c> against
/// <c>‘ ’</c>); each mark of the style used less is reported with the counts and the mark to use. Also a
/// double quotation mark (or a curly single one) opened and never closed in its paragraph; a quotation that
/// runs over several paragraphs, opening each and closing only at the end, is the typographers' convention
/// and passes. Code, URLs, the reference list and block quotations (unless quotations count) are left out;
/// digits followed by a straight mark (<c>5' 10"</c>) are feet and inches, not quotations.
/// </summary>
public sealed class QuoteMarks : IRule
{
    private const char Straight = '"';
    private const char OpenDouble = '\u201C';
    private const char CloseDouble = '\u201D';
    private const char Apostrophe = '\'';
    private const char OpenSingle = '\u2018';
    private const char CloseSingle = '\u2019';

    public string Id => "Consistency.QuoteMarks";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "Straight and curly quotation marks or apostrophes mixed in one paper, and a quotation mark opened and never closed in its paragraph.";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var document = context.Document;
        var scope = new CountingScope(context);
        var marks = new List<Mark>();
        var findings = new List<(int Order, Finding Finding)>();
        var blocks = document.Blocks.Where(b => !scope.IsReferenceList(b)).ToList();
        int seen = 0;
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            var inBlock = MarksIn(block, seen);
            seen += inBlock.Count;
            if (!scope.IsReferenceList(block))
            {
                marks.AddRange(inBlock);
            }

            foreach (var unclosed in Unclosed(block, inBlock, b + 1 < blocks.Count ? blocks[b + 1] : null))
            {
                string close = unclosed.Char == OpenSingle ? "’" : unclosed.Char == Straight ? "\"" : "”";
                string message = $"this {Name(unclosed.Char)} opens a quotation that is not closed in its paragraph; close it with {close} (a quotation that runs over several paragraphs opens each of them with a quotation mark)";
                findings.Add((unclosed.Order, Finding.At(document, block, unclosed.Offset, 1, Id, context.SeverityFor(this), message)));
            }
        }

        Mixed(document, context, marks.Where(m => m.Double).ToList(), "quotation marks", findings);
        Mixed(document, context, marks.Where(m => !m.Double).ToList(), "apostrophes and single quotation marks", findings);
        return findings.OrderBy(f => f.Order).Select(f => f.Finding).ToList();
    }

    private void Mixed(Document document, LintContext context, List<Mark> marks, string what, List<(int, Finding)> findings)
    {
        var straight = marks.Where(m => m.Char is Straight or Apostrophe).ToList();
        var curly = marks.Where(m => m.Char is not (Straight or Apostrophe)).ToList();
        if (straight.Count == 0 || curly.Count == 0)
        {
            return;
        }

        bool curlyWins = Preferred(context.Settings<ConsistencyOptions>()) ?? (curly.Count != straight.Count ? curly.Count > straight.Count : curly[0].Order < straight[0].Order);
        var (losers, winners) = curlyWins ? (straight, curly) : (curly, straight);
        string style = curlyWins ? "curly" : "straight";
        string reason = Preferred(context.Settings<ConsistencyOptions>()) is not null ? " (house style)" : "";
        foreach (var mark in losers)
        {
            string suggestion = curlyWins ? CurlyFor(mark).ToString() : mark.Double ? "\"" : "'";
            string message = $"{(curlyWins ? "straight" : "curly")} {Noun(mark)} among {style} ones ({Tally.Times(losers.Count)} against {Tally.Times(winners.Count)} {what}); use {suggestion}{reason}";
            findings.Add((mark.Order, Finding.At(document, mark.Block, mark.Offset, 1, Id, context.SeverityFor(this), message, [suggestion])));
        }
    }

    private static bool? Preferred(ConsistencyOptions options)
    {
        foreach (string preferred in options.Prefer)
        {
            if (preferred.Equals("curly", StringComparison.OrdinalIgnoreCase))
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

    private static List<Mark> MarksIn(Block block, int order)
    {
        var marks = new List<Mark>();
        string text = block.Text;
        bool straightOpen = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is not (Straight or OpenDouble or CloseDouble or Apostrophe or OpenSingle or CloseSingle) || block.TouchesNonProse(i, 1))
            {
                continue;
            }

            // 5' 10" and 1'30": feet, inches, minutes and seconds; but "wlan0" closes its quotation.
            if (c is Straight or Apostrophe && i > 0 && char.IsAsciiDigit(text[i - 1]) && !(c == Straight && straightOpen))
            {
                continue;
            }

            bool opens = Opens(text, i);
            if (c == Straight)
            {
                straightOpen = opens;
            }

            marks.Add(new Mark(block, i, c, opens, order + marks.Count));
        }

        return marks;
    }

    /// <summary>Opening double marks (and curly single ones) with no closing mark after them in the paragraph.</summary>
    private static IEnumerable<Mark> Unclosed(Block block, List<Mark> marks, Block? next)
    {
        Mark? openDouble = null;
        Mark? openSingle = null;
        foreach (var mark in marks)
        {
            if (mark.Double)
            {
                if (mark.Opening && openDouble is not null)
                {
                    yield return openDouble;
                    openDouble = mark;
                }
                else if (mark.Opening)
                {
                    openDouble = mark;
                }
                else
                {
                    openDouble = null;
                }
            }
            else if (mark.Char == OpenSingle && mark.Opening)
            {
                openSingle ??= mark;
            }
            else if (mark.Char == CloseSingle && openSingle is not null && !WithinWord(block.Text, mark.Offset))
            {
                openSingle = null;
            }
        }

        // A quotation over several paragraphs opens the next one again and is closed at its end.
        string following = next?.Text.TrimStart() ?? "";
        if (openDouble is not null && !(following.Length > 0 && following[0] is OpenDouble or Straight))
        {
            yield return openDouble;
        }

        if (openSingle is not null && !(following.Length > 0 && following[0] == OpenSingle))
        {
            yield return openSingle;
        }
    }

    // A mark opens when it follows a space, the start or an opening bracket or dash, and a word follows it.
    private static bool Opens(string text, int i)
    {
        char c = text[i];
        if (c == OpenDouble)
        {
            return true;
        }

        if (c == CloseDouble)
        {
            return false;
        }

        bool before = i == 0 || char.IsWhiteSpace(text[i - 1]) || "([{—–-/\u2014\u2013:".Contains(text[i - 1], StringComparison.Ordinal);
        bool after = i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]);

        // ‘90s and 'tis are apostrophes, not quotations.
        if (c is OpenSingle or Apostrophe && after && char.IsAsciiDigit(text[i + 1]))
        {
            return false;
        }

        return before && after;
    }

    private static bool WithinWord(string text, int i) =>
        i > 0 && char.IsLetter(text[i - 1]) && i + 1 < text.Length && char.IsLetter(text[i + 1]);

    private static char CurlyFor(Mark mark) => mark.Double
        ? (mark.Opening ? OpenDouble : CloseDouble)
        : (mark.Opening ? OpenSingle : CloseSingle);

    private static string Name(char c) => c switch
    {
        OpenSingle => "‘",
        OpenDouble => "“",
        _ => "\"",
    };

    private static string Noun(Mark mark) => mark.Double
        ? "quotation mark"
        : mark.Opening ? "single quotation mark" : "apostrophe";

    private sealed record Mark(Block Block, int Offset, char Char, bool Opening, int Order)
    {
        public bool Double => Char is Straight or OpenDouble or CloseDouble;
    }
}
