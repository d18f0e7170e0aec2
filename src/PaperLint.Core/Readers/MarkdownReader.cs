using PaperLint.Core.Model;

namespace PaperLint.Core.Readers;

// Placeholder until the Markdig-based reader lands in this session.
public sealed class MarkdownReader : IDocumentReader
{
    public SourceFormat Format => SourceFormat.Markdown;

    public Document Read(string displayPath, Stream content) =>
        PlainTextReader.Parse(displayPath, TextDecoding.Decode(displayPath, content)) is var d
            ? new Document(displayPath, SourceFormat.Markdown, d.Blocks, d.Source) { FootnoteRefs = d.FootnoteRefs, FootnoteDefs = d.FootnoteDefs }
            : throw new InvalidOperationException();
}
