using System.Globalization;
using System.Text;
using PaperLint.Core.Model;

namespace PaperLint.Tests.Readers;

/// <summary>
/// Everything a reader made of a document, one line per item: each block with its kind, text, spans, line breaks,
/// source map (every character's place in the file), note and flags; each note marker and body; the citations,
/// suppressions, front matter facts and counts. Two readings of a file are the same reading when their shapes are equal.
/// </summary>
internal static class DocumentShape
{
    public static string Of(Document document)
    {
        var blockIndex = new Dictionary<Block, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < document.Blocks.Count; i++)
        {
            blockIndex[document.Blocks[i]] = i;
        }

        var defIndex = new Dictionary<FootnoteDef, int>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < document.FootnoteDefs.Count; i++)
        {
            defIndex[document.FootnoteDefs[i]] = i;
        }

        var lines = new List<string>
        {
            $"language {document.Language}; code blocks {document.CodeBlocks}",
        };
        foreach (var block in document.Blocks)
        {
            lines.Add(Block(block, defIndex));
        }

        foreach (var alt in document.AltTexts)
        {
            lines.Add("alt " + Block(alt, defIndex));
        }

        foreach (var r in document.FootnoteRefs)
        {
            lines.Add($"ref {r.Kind} {r.Label} {r.Number} {r.Numbering} {r.Style} block {blockIndex.GetValueOrDefault(r.Block, -1)} at {r.Offset}+{r.Length} {r.Location} '{r.Display}' {r.OpensNoteLine}");
        }

        foreach (var d in document.FootnoteDefs)
        {
            string blocks = string.Join(",", d.Blocks.Select(b => blockIndex.GetValueOrDefault(b, -1)));
            lines.Add($"def {d.Kind} {d.Label} {d.Number} {d.Numbering} {d.Style} blocks [{blocks}] {d.Location} other {d.HasOtherContent} without colon {d.WithoutColon}");
        }

        foreach (var c in document.KeyCitations)
        {
            lines.Add($"cite {c}");
        }

        foreach (var s in document.Suppressions)
        {
            lines.Add($"suppress {string.Join(",", s.Rules)} {s.Start} {s.End} {s.Directive}");
        }

        if (document.Metadata is { } metadata)
        {
            lines.Add($"metadata bib [{string.Join(";", metadata.Bibliographies)}] refs {metadata.References} nocite [{string.Join(",", metadata.Nocite.Order(StringComparer.Ordinal))}] all {metadata.NociteAll} cites [{string.Join(";", metadata.Citations)}]");
        }

        return string.Join("\n", lines);
    }

    private static string Block(Block block, Dictionary<FootnoteDef, int> defIndex)
    {
        var line = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{block.Kind}({block.HeadingLevel}) \"{MarkdownSnapshot.Visible(block.Text)}\"");
        line.Append(CultureInfo.InvariantCulture, $" list {block.ListNumber} front {block.IsFrontMatter} alt {block.IsAltText} note {(block.Note is { } note ? defIndex.GetValueOrDefault(note, -1) : -2)}");
        foreach (var span in block.Spans)
        {
            line.Append(CultureInfo.InvariantCulture, $" {span.Kind}@{span.Start}+{span.Length}");
        }

        line.Append(" breaks ").AppendJoin(",", block.LineBreaks);
        if (block.Map is { } map)
        {
            line.Append(" map");
            for (int i = 0; i < block.Text.Length; i++)
            {
                line.Append(' ').Append(map.ToSource(i));
            }
        }

        return line.ToString();
    }
}
