using System.Globalization;
using PaperLint.Core.Model;

namespace PaperLint.Core.Readers;

/// <summary>
/// Note markers typed by hand as Unicode superscript digits (¹²³), shared by the text formats: markers in
/// prose, and a paragraph that begins with one being the body of that note.
/// </summary>
internal static class ManualMarkers
{
    /// <summary>The number of superscript digits <paramref name="text"/> begins with (0 when it is not a note body).</summary>
    public static int LeadingMarkerLength(string text)
    {
        int n = 0;
        while (n < text.Length && SuperscriptDigits.Is(text[n]))
        {
            n++;
        }

        return n;
    }

    /// <summary>Where a note body's own words begin: after its marker and the space that follows it.</summary>
    public static int BodyStart(string text, int markerLength)
    {
        int start = markerLength;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return start;
    }

    /// <summary>The note whose paragraph began with the superscript marker text[0..markerLength]; <paramref name="body"/> is that paragraph without it.</summary>
    public static FootnoteDef UnicodeNote(string text, int markerLength, Block body, SourceLocation location) =>
        Note(SuperscriptDigits.ToNumber(text, 0, markerLength), MarkerStyle.UnicodeSuperscript, body, location);

    /// <summary>A note numbered by hand whose body is <paramref name="body"/>.</summary>
    public static FootnoteDef Note(int number, MarkerStyle style, Block body, SourceLocation location) => new()
    {
        Kind = NoteKind.Footnote,
        Label = number.ToString(CultureInfo.InvariantCulture),
        Number = number,
        Numbering = FootnoteNumbering.Manual,
        Style = style,
        Blocks = [body],
        Location = location,
    };

    /// <summary>
    /// Records every run of superscript digits in the block's text that is not an exponent or unit as a
    /// manual note marker, and marks it as superscript. <paramref name="locate"/> gives the place of a
    /// text range (start, length).
    /// </summary>
    public static void CollectUnicode(Block block, List<FootnoteRef> refs, Func<int, int, SourceLocation> locate)
    {
        string text = block.Text;
        foreach (var (start, length, number) in UnicodeMarks(text))
        {
            refs.Add(new FootnoteRef
            {
                Kind = NoteKind.Footnote,
                Label = number.ToString(CultureInfo.InvariantCulture),
                Number = number,
                Numbering = FootnoteNumbering.Manual,
                Style = MarkerStyle.UnicodeSuperscript,
                Block = block,
                Offset = start,
                Length = length,
                Display = text.Substring(start, length),
                Location = locate(start, length),
            });
            block.AddSpan(new InlineSpan(SpanKind.Superscript, start, length));
        }
    }

    /// <summary>Marks the block's superscript numbers as superscript without taking them for note markers (an author line's affiliation numbers).</summary>
    public static void MarkUnicode(Block block)
    {
        foreach (var (start, length, _) in UnicodeMarks(block.Text))
        {
            block.AddSpan(new InlineSpan(SpanKind.Superscript, start, length));
        }
    }

    /// <summary>Every run of superscript digits in <paramref name="text"/> that is not an exponent or unit: where it stands and its number.</summary>
    public static List<(int Start, int Length, int Number)> UnicodeMarks(string text)
    {
        var marks = new List<(int Start, int Length, int Number)>();
        // Most blocks hold no superscript digit at all: a vectorised search finds each run's start, or that there is none.
        for (int i = 0; i < text.Length; i++)
        {
            int next = SuperscriptDigits.IndexOfFirst(text.AsSpan(i));
            if (next < 0)
            {
                break;
            }

            i += next;
            int start = i;
            while (i < text.Length && SuperscriptDigits.Is(text[i]))
            {
                i++;
            }

            int length = i - start;
            if (!SuperscriptDigits.IsExponent(text, start, length))
            {
                marks.Add((start, length, SuperscriptDigits.ToNumber(text, start, length)));
            }

            i--;
        }

        return marks;
    }
}
