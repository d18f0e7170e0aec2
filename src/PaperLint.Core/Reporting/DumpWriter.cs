using System.Globalization;
using PaperLint.Core.Citations;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Reporting;

/// <summary>
/// Prints what the rules see of a document: each block with its kind, location and text, then the note
/// markers and note bodies. The first thing to look at when a finding is puzzling.
/// </summary>
public static class DumpWriter
{
    /// <summary>Writes the dump; <paramref name="context"/> (under the run's settings) defaults to the default settings.</summary>
    public static void Write(TextWriter output, Document document, LintContext? context = null)
    {
        context ??= LintContext.For(document);
        var analysis = context.Attribution;
        output.WriteLine($"{document.Path} ({document.Format.ToName()}): {document.Blocks.Count} blocks, {document.FootnoteRefs.Count} note markers, {document.FootnoteDefs.Count} note bodies");
        output.WriteLine();
        foreach (var block in document.Blocks)
        {
            var blockKind = context.KindOf(block);
            string kind = blockKind == BlockKind.Heading ? $"Heading{block.HeadingLevel}" : blockKind.ToString();
            string style = block.Style is null ? "" : $" [{block.Style}]";
            output.WriteLine($"{Place(document.Locate(block, 0, block.Text.Length)),-24} {kind}{style}");
            output.WriteLine($"    {Visible(block.Text)}");
        }

        if (document.FootnoteRefs.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Note markers:");
            foreach (var r in document.FootnoteRefs)
            {
                string number = r.Number?.ToString(CultureInfo.InvariantCulture) ?? "-";
                output.WriteLine($"  {Place(r.Location),-24} {r.Kind} {number} label '{r.Label}' {r.Numbering} {r.Style}");
            }
        }

        if (document.FootnoteDefs.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Note bodies:");
            foreach (var d in document.FootnoteDefs)
            {
                string number = d.Number?.ToString(CultureInfo.InvariantCulture) ?? "-";
                string text = d.IsEmpty ? "(empty)" : Visible(d.Text);
                output.WriteLine($"  {Place(d.Location),-24} {d.Kind} {number} label '{d.Label}' {d.Numbering}: {text}");
            }
        }

        if (document.Suppressions.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Suppressions:");
            foreach (var s in document.Suppressions)
            {
                string rules = s.Rules.Count == 0 ? "all rules" : string.Join(", ", s.Rules);
                string end = s.End is null ? "end" : Position(s.End);
                output.WriteLine($"  {Position(s.Start)} to {end}: {rules}");
            }
        }

        if (document.KeyCitations.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Citation keys:");
            foreach (var k in document.KeyCitations)
            {
                string where = k.InFrontMatter ? "front matter" : k.Bracketed ? "bracketed" : "in the sentence";
                output.WriteLine($"  {Place(k.Location),-24} @{k.Key} ({where})");
            }
        }

        WriteManagerFields(output, document);
        WriteAnalysis(output, document, analysis);
    }

    /// <summary>The citations and bibliographies reference managers inserted: each citation's works, and the text it stores when it differs from the text shown.</summary>
    private static void WriteManagerFields(TextWriter output, Document document)
    {
        if (document.CitationFields.Count == 0 && document.BibliographyFields.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine("Reference manager fields:");
        foreach (var field in document.CitationFields)
        {
            string works = field.HasData
                ? string.Join("; ", field.Items.Select(i => $"{NameWords.Display(i.Authors, false)} ({i.Year ?? "n.d."})"))
                : "data unreadable";
            string stored = field.StoredText is { } text && text != field.Text ? $", stores '{Visible(text)}'" : "";
            output.WriteLine($"  {Place(document.Locate(field.Block, field.Start, field.Length)),-24} {field.Manager} citation '{Visible(field.Text)}': {works}{stored}");
        }

        foreach (var bibliography in document.BibliographyFields)
        {
            output.WriteLine($"  {Place(document.Locate(bibliography.Blocks[0], 0, 0)),-24} {bibliography.Manager} bibliography, {bibliography.Blocks.Count} paragraphs");
        }
    }

    private static void WriteAnalysis(TextWriter output, Document document, DocumentAnalysis analysis)
    {
        if (analysis.Quotations.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Quotations:");
            foreach (var source in analysis.Sources)
            {
                var q = source.Quotation;
                string kind = q.Kind == QuotationKind.Inline ? "inline" : q.Blocks.Count > 1 ? $"block, {q.Blocks.Count} paragraphs" : "block";
                string cited = source.Citation is { } c ? $"cited by {c.Citation.Display}" : source.IsCited ? "cited in a note" : "NO CITATION";
                output.WriteLine($"  {Place(document.Locate(q.First, q.Start, 0)),-24} {kind}, {cited}: {Visible(q.Opening())}");
            }
        }

        if (analysis.Citations.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Citations:");
            foreach (var (block, citation) in analysis.Citations)
            {
                string locator = citation.Locator is null ? "" : $", {citation.Locator}";
                string raised = citation.IsRaised ? " (raised)" : "";
                output.WriteLine($"  {Place(document.Locate(block, citation.Start, citation.Length)),-24} {citation.Kind} {citation.Display}{locator}{raised}");
            }
        }

        if (analysis.Entries.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("References:");
            foreach (var entry in analysis.Entries)
            {
                string place = entry.Block is null ? "" : Place(document.Locate(entry.Block, entry.Start, entry.AuthorsLength));
                string number = entry.Number is { } n ? $"[{n}] " : "";
                output.WriteLine($"  {place,-24} {number}{entry.Style} {string.Join("; ", entry.Authors)} | {entry.Year ?? "no year"} | {entry.Title}");
            }
        }
    }

    private static string Position(SourceLocation location) => location switch
    {
        TextLocation t => string.Create(CultureInfo.InvariantCulture, $"{t.Line}:{t.Column}"),
        DocxLocation d => string.Create(CultureInfo.InvariantCulture, $"{d.Part} ¶{d.Paragraph}+{d.Offset}"),
        _ => "",
    };

    private static string Place(SourceLocation location) => location switch
    {
        TextLocation t => string.Create(CultureInfo.InvariantCulture, $"{t.Line}:{t.Column}-{t.EndLine}:{t.EndColumn}"),
        DocxLocation d => $"{d.Part} {d}",
        _ => "",
    };

    private static string Visible(string text)
    {
        string shown = text.Replace(Block.Placeholder, '…').Replace("\n", "⏎", StringComparison.Ordinal);
        return shown.Length > 300 ? shown[..300] + "…" : shown;
    }
}
