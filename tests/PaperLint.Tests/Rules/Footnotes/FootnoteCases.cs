using PaperLint.Core.Config;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;

namespace PaperLint.Tests.Rules.Footnotes;

/// <summary>Runs a footnote rule on a document written in one format; footnote markup differs by format, so each case names its own.</summary>
internal static class FootnoteCases
{
    public static List<Finding> Run(IRule rule, SourceFormat format, string text, LintSettings? context = null)
    {
        string path = format switch
        {
            SourceFormat.Markdown => "notes.md",
            SourceFormat.Docx => "notes.docx",
            _ => "notes.txt",
        };
        var document = DocumentLoader.ReaderFor(format).Read(path, new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)));
        return rule.Check(LintContext.For(document, context)).ToList();
    }

    public static List<Finding> Run(IRule rule, byte[] docx, LintSettings? context = null)
    {
        var document = new DocxReader().Read("notes.docx", new MemoryStream(docx));
        return rule.Check(LintContext.For(document, context)).ToList();
    }

    /// <summary>The findings as "location match: message" lines, for one-line diffs.</summary>
    public static string[] Lines(IEnumerable<Finding> findings) =>
        findings.Select(f => $"{f.Location} {f.Match}: {f.Message}").ToArray();
}
