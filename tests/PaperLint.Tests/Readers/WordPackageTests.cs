using DocumentFormat.OpenXml.Packaging;
using PaperLint.Core.Readers.Docx;
using PaperLint.Tests.Fuzz;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Readers;

/// <summary>
/// The package read from the archive itself (<see cref="WordPackage"/>) must find the parts the Open XML SDK finds: the
/// main part, its content type, and its styles, notes, numbering and comments parts, on the samples, mutations of them,
/// pandoc's Word files and the real-world corpus's.
/// </summary>
public sealed class WordPackageTests
{
    [Theory]
    [InlineData("word/document.xml", "styles.xml", "word/styles.xml")]
    [InlineData("word/document.xml", "/word/styles.xml", "word/styles.xml")]
    [InlineData("word/document.xml", "../customXml/item1.xml", "customXml/item1.xml")]
    [InlineData("word/document.xml", "media/image%201.png", "word/media/image 1.png")]
    [InlineData("", "word/document.xml", "word/document.xml")]
    [InlineData("word/document.xml", "../../outside.xml", null)]
    public void Resolves_targets_as_part_names(string source, string target, string? expected)
    {
        Assert.Equal(expected, WordPackage.Resolve(source, target));
    }

    [Fact]
    public void Finds_the_parts_of_the_samples_and_their_mutations_as_the_sdk_does()
    {
        var samples = Directory.GetFiles(RepoPaths.Samples, "*.docx").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        int compared = samples.Sum(s => Compare(s) ? 1 : 0);
        var random = new Random(20261203);
        for (int i = 0; i < 400; i++)
        {
            compared += Compare(Mutator.Docx(samples[i % samples.Count], random)) ? 1 : 0;
        }

        Assert.InRange(compared, 300, 403);
    }

    public static TheoryData<string> CorpusDocuments()
    {
        var data = new TheoryData<string>();
        foreach (string? folder in new[] { SharedCorpus.Folder("pandoc-docx"), PaperLint.Ecosystem.Locations.Corpus() is { } corpus ? Path.Combine(corpus, "docx") : null })
        {
            if (folder is not null && Directory.Exists(folder))
            {
                foreach (string file in Directory.EnumerateFiles(folder, "*.docx").Order(StringComparer.Ordinal))
                {
                    data.Add(file);
                }
            }
        }

        return data;
    }

    [SharedCorpusTheory]
    [MemberData(nameof(CorpusDocuments))]
    public void Finds_the_parts_of_the_corpora_as_the_sdk_does(string path)
    {
        Assert.True(Compare(File.ReadAllBytes(path)), $"{path}: the SDK did not open it");
    }

    /// <summary>True when the SDK opened the package and both found the same parts; false when the SDK refused it.</summary>
    private static bool Compare(byte[] bytes)
    {
        string?[] expected;
        try
        {
            // Let go, not closed: closing a package opened for editing writes it again (see DocxReader).
            var sdk = WordprocessingDocument.Open(new MemoryStream(bytes.ToArray()), true, new OpenSettings { AutoSave = false });
            var main = sdk.MainDocumentPart;
            expected = [NameOf(main), main?.ContentType, NameOf(main?.StyleDefinitionsPart), NameOf(main?.FootnotesPart), NameOf(main?.EndnotesPart), NameOf(main?.NumberingDefinitionsPart), NameOf(main?.WordprocessingCommentsPart)];
        }
        catch (Exception e) when (e is OpenXmlPackageException or System.Xml.XmlException or InvalidDataException or IOException or ArgumentException or InvalidOperationException or FileFormatException)
        {
            return false;
        }

        var own = WordPackage.Open(bytes);
        string? mainPart = own.MainPart;
        string?[] actual = mainPart is null
            ? [null, null, null, null, null, null, null]
            : [mainPart, own.ContentTypeOf(mainPart), .. new[] { "styles", "footnotes", "endnotes", "numbering", "comments" }.Select(type => own.Related(mainPart, type))];
        Assert.Equal(expected, actual);
        return true;
    }

    private static string? NameOf(OpenXmlPart? part) => part?.Uri.OriginalString.TrimStart('/');
}
