using PaperLint.Core.Model;

namespace PaperLint.Core.Readers;

/// <summary>Reads one file format into the format-neutral <see cref="Document"/>.</summary>
public interface IDocumentReader
{
    SourceFormat Format { get; }

    /// <summary>Reads <paramref name="content"/>; <paramref name="displayPath"/> is used in locations and messages only.</summary>
    /// <exception cref="InputException">The content is not a readable document of this format.</exception>
    Document Read(string displayPath, Stream content);
}
