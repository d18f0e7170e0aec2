using PaperLint.Core.Model;
using PaperLint.Core.Readers;

namespace PaperLint.Tests.Support;

/// <summary>Turns a short text into a document of each format through the real readers.</summary>
public static class TestDocuments
{
    public static readonly SourceFormat[] AllFormats = [SourceFormat.Markdown, SourceFormat.Docx, SourceFormat.PlainText];

    /// <summary>
    /// A document whose paragraphs are the blank-line-separated paragraphs of <paramref name="text"/>,
    /// written in <paramref name="format"/> and read back by that format's reader.
    /// </summary>
    public static Document From(SourceFormat format, string text)
    {
        string path = format switch
        {
            SourceFormat.Markdown => "test.md",
            SourceFormat.Docx => "test.docx",
            _ => "test.txt",
        };
        byte[] bytes = format == SourceFormat.Docx
            ? DocxFixture.FromParagraphs(Paragraphs(text))
            : System.Text.Encoding.UTF8.GetBytes(text);
        return DocumentLoader.ReaderFor(format).Read(path, new MemoryStream(bytes));
    }

    public static string[] Paragraphs(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Replace('\n', ' '))
            .ToArray();
}
