using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Core.Model;
using PaperLint.Core.Readers.Docx;

namespace PaperLint.Core.Fixes;

/// <summary>Who a tracked change or comment is by, and when: Word shows both beside it.</summary>
public sealed record DocxAuthor(string Name, DateTime Date)
{
    /// <summary>PaperLint, now.</summary>
    public static DocxAuthor PaperLint() => new("PaperLint", DateTime.UtcNow);

    internal string Initials => new([.. Name.Where(char.IsUpper).DefaultIfEmpty(Name.FirstOrDefault('P')).Take(4)]);

    internal DateTimeValue WordDate => new(new DateTime(Date.Ticks - (Date.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc));
}

/// <summary>
/// The paragraphs of a package opened for editing, found by the part and number a <see cref="DocxLocation"/> gives,
/// with where each character of their text came from; and the run surgery that edits and comments need: splitting a
/// run so that a stretch of text is runs of its own, with the formatting it had.
/// </summary>
internal sealed class DocxEditing
{
    private readonly Dictionary<(string Part, int Number), DocxParagraph> _paragraphs;
    private readonly Dictionary<(string Part, int Number), List<TextPiece>> _pieces = [];
    private int _nextId;

    public DocxEditing(DocxParts parts)
    {
        _paragraphs = DocxDocumentBuilder.ParagraphsForEditing(parts);
        Parts = parts;
        _nextId = LargestId(parts) + 1;
    }

    public DocxParts Parts { get; }

    /// <summary>The part roots changed so far, to be saved.</summary>
    public HashSet<OpenXmlPartRootElement> Changed { get; } = [];

    /// <summary>A fresh id for a tracked change or a comment: above every id the package's stories use.</summary>
    public string NextId() => (_nextId++).ToString(CultureInfo.InvariantCulture);

    public DocxParagraph? Paragraph(DocxLocation location) => _paragraphs.GetValueOrDefault((location.Part, location.Paragraph));

    /// <summary>The first paragraph of the body that can hold a comment (for a finding about the document as a whole).</summary>
    public DocxParagraph? FirstBodyParagraph() => _firstBodyParagraph ??=
        _paragraphs.Where(p => p.Key.Part == Parts.MainPart && p.Value.Element is OpenXmlElement { Parent: not null }).MinBy(p => p.Key.Number).Value;

    private DocxParagraph? _firstBodyParagraph;

    public List<TextPiece> PiecesOf(DocxLocation location)
    {
        var key = (location.Part, location.Paragraph);
        if (!_pieces.TryGetValue(key, out var pieces))
        {
            pieces = [.. _paragraphs.TryGetValue(key, out var paragraph) ? paragraph.Pieces ?? [] : []];
            _pieces[key] = pieces;
        }

        return pieces;
    }

    public void MarkChanged(OpenXmlElement element)
    {
        if (element.Ancestors<OpenXmlPartRootElement>().FirstOrDefault() is { } root)
        {
            Changed.Add(root);
        }
        else if (element is OpenXmlPartRootElement self)
        {
            Changed.Add(self);
        }
    }

    /// <summary>
    /// The pieces that hold text[start..end] exactly, each a run of its own afterwards; null when a character of it did not
    /// come from a <c>w:t</c> of the package (a tab, a symbol, a drop cap) or a piece fails <paramref name="usable"/>.
    /// </summary>
    public List<TextPiece>? Isolate(List<TextPiece> pieces, int start, int end, Func<TextPiece, bool> usable)
    {
        var covering = pieces.Where(p => p.End > start && p.Start < end).OrderBy(p => p.Start).ToList();
        int at = start;
        foreach (var piece in covering)
        {
            if (piece.Start > at || !usable(piece) || ((OpenXmlElement)piece.Element).Parent is not Run)
            {
                return null;
            }

            at = piece.End;
        }

        if (at < end)
        {
            return null;
        }

        // The end first: splitting there leaves the pieces before it as they are.
        Boundary(pieces, end);
        Boundary(pieces, start);
        return [.. pieces.Where(p => p.Start >= start && p.End <= end).OrderBy(p => p.Start)];
    }

    /// <summary>The runs that hold <paramref name="pieces"/>, each once, in order.</summary>
    public static List<Run> RunsOf(List<TextPiece> pieces)
    {
        var runs = new List<Run>();
        foreach (var piece in pieces)
        {
            if (((OpenXmlElement)piece.Element).Parent is Run run && (runs.Count == 0 || !ReferenceEquals(runs[^1], run)))
            {
                runs.Add(run);
            }
        }

        return runs;
    }

    /// <summary>Makes text offset <paramref name="at"/> a boundary between runs: the run there is split, keeping its formatting.</summary>
    private static void Boundary(List<TextPiece> pieces, int at)
    {
        int index = pieces.FindIndex(p => p.Start <= at && at < p.End);
        if (index >= 0)
        {
            var piece = pieces[index];
            int k = piece.ElementOffset + (at - piece.Start);
            var tail = SplitRun((Text)piece.Element, k);
            if (tail is not null && !ReferenceEquals(tail, piece.Element))
            {
                pieces[index] = piece with { Length = at - piece.Start };
                pieces.Insert(index + 1, piece with { Start = at, Length = piece.End - at, Element = tail, ElementOffset = 0 });
            }

            return;
        }

        // At the end of a piece: what follows its text in its run goes to a run of its own.
        int before = pieces.FindIndex(p => p.End == at);
        if (before >= 0 && pieces[before].Element is Text text)
        {
            SplitRun(text, text.Text.Length);
        }
    }

    /// <summary>
    /// Splits the run of <paramref name="text"/> before its character <paramref name="k"/>: what comes before stays, the rest
    /// goes to a new run after it with the same properties. Returns the element that now holds character k (the same
    /// element when k is 0), or null when nothing was split.
    /// </summary>
    private static Text? SplitRun(Text text, int k)
    {
        var run = (Run)text.Parent!;
        string value = text.Text;
        bool contentBefore = k > 0 || text.ElementsBefore().Any(e => e is not RunProperties);
        bool contentAfter = k < value.Length || text.ElementsAfter().Any();
        if (!contentBefore || !contentAfter)
        {
            return null;
        }

        var tail = (Run)run.CloneNode(false);
        if (run.RunProperties is { } properties)
        {
            tail.AppendChild(properties.CloneNode(true));
        }

        Text? moved = null;
        if (k == 0)
        {
            moved = text;
        }
        else if (k < value.Length)
        {
            moved = new Text(value[k..]) { Space = SpaceProcessingModeValues.Preserve };
            text.Text = value[..k];
            text.Space = SpaceProcessingModeValues.Preserve;
        }

        var following = text.ElementsAfter().ToList();
        if (k == 0)
        {
            following.Insert(0, text);
        }

        if (moved is not null && k > 0)
        {
            tail.AppendChild(moved);
        }

        foreach (var element in following)
        {
            element.Remove();
            tail.AppendChild(element);
        }

        run.InsertAfterSelf(tail);
        return moved;
    }

    /// <summary>The largest numeric <c>w:id</c> in the stories and comments: tracked changes, comments and bookmarks number from it.</summary>
    private static int LargestId(DocxParts parts)
    {
        int largest = 0;
        OpenXmlElement?[] roots = [parts.Body?.Parent, parts.Footnotes?.Root, parts.Endnotes?.Root];
        foreach (var root in roots)
        {
            if (root is null)
            {
                continue;
            }

            foreach (var element in root.Descendants())
            {
                foreach (var attribute in element.GetAttributes())
                {
                    if (attribute.LocalName == "id" && attribute.NamespaceUri == WordXml.WordUri)
                    {
                        largest = Math.Max(largest, IdOf(attribute.Value));
                    }
                }
            }
        }

        var comments = new Stack<WordNode>();
        if (parts.Comments is { } commentsRoot)
        {
            comments.Push(commentsRoot);
        }

        while (comments.Count > 0)
        {
            var node = comments.Pop();
            largest = Math.Max(largest, IdOf(node.Attribute("id")));
            foreach (var child in node.Children)
            {
                comments.Push(child);
            }
        }

        return Math.Min(largest, int.MaxValue - 1_000_000);
    }

    private static int IdOf(string? value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int id) ? id : 0;
}
