using PaperLint.Core.Model;

namespace PaperLint.Core.Readers;

// Placeholder until the Open XML reader lands in this session.
public sealed class DocxReader : IDocumentReader
{
    public SourceFormat Format => SourceFormat.Docx;

    public Document Read(string displayPath, Stream content) => throw new InputException($"{displayPath}: DOCX is not read yet");
}
