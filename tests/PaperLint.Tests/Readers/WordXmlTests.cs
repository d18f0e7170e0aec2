using System.Reflection;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Readers.Docx;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Support.DocxFixture;

namespace PaperLint.Tests.Readers;

/// <summary>
/// The Word reader reads its parts' XML into elements known by name (<see cref="WordNode"/>), not into the Open XML SDK's
/// typed model: what the SDK's classes told apart, the names must tell apart alike. The whole readings of the corpora, the
/// samples and their mutations are compared with the SDK's trees in <see cref="DocxStreamedStoriesTests"/>.
/// </summary>
public sealed class WordXmlTests
{
    private const string W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    [Fact]
    public void Reads_names_attributes_and_text_and_leaves_white_space_between_elements_out()
    {
        var root = Read($"<w:p {W}>\n  <w:pPr><w:pStyle w:val=\"Quote\"/></w:pPr>\n  <w:r><w:t xml:space=\"preserve\"> Two words </w:t></w:r>\n</w:p>");

        Assert.True(root.Is("p"));
        Assert.Null(root.Text);
        Assert.Equal(["pPr", "r"], root.Children.Select(c => c.LocalName));
        Assert.Equal("Quote", root.Child("pPr")!.ValueOf("pStyle"));
        Assert.Equal(" Two words ", root.Child("r")!.Child("t")!.Text);
    }

    [Fact]
    public void Reads_a_strict_documents_namespaces_as_the_transitional_ones()
    {
        var root = Read("<w:p xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\" xmlns:m=\"http://purl.oclc.org/ooxml/officeDocument/math\"><w:r><w:t>x</w:t></w:r><m:oMath/></w:p>");

        Assert.Equal(WordNamespace.Word, root.Namespace);
        Assert.Equal(WordNamespace.Math, root.Children[1].Namespace);
    }

    [Fact]
    public void Keeps_only_the_attributes_of_wordprocessingml()
    {
        var root = Read($"<w:footnoteReference {W} xmlns:x=\"urn:other\" x:id=\"7\" w:id=\"3\" id=\"9\"/>");

        Assert.Equal("3", root.Attribute("id"));
    }

    [Fact]
    public void A_damaged_text_element_is_read_to_its_first_child_as_the_sdk_reads_it()
    {
        // A w:t may hold no elements; in a damaged one the SDK keeps the text's first piece.
        const string Damaged = "<w:t>met ev<w:r><w:t>inner</w:t></w:r>ery morning.</w:t>";
        var root = Read($"<w:r {W}>{Damaged}</w:r>");

        Assert.Equal("met ev", root.Child("t")!.Text);
        Assert.Equal(new Run($"<w:r {W}>{Damaged}</w:r>").GetFirstChild<Text>()!.Text, root.Child("t")!.Text);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("on", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("off", false)]
    [InlineData("0", false)]
    [InlineData("maybe", null)]
    public void Reads_on_off_values_as_the_schema_writes_them(string value, bool? expected)
    {
        Assert.Equal(expected, Read($"<w:b {W} w:val=\"{value}\"/>").OnOff("val"));
        Assert.Equal(expected, new OnOffValue { InnerText = value } is { HasValue: true } on ? on.Value : null);
    }

    [Fact]
    public void The_number_formats_are_those_of_the_schema()
    {
        // A list level in a format the schema does not know counts in digits, as one with no format: the names must be the SDK's.
        var schema = typeof(NumberFormatValues).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(NumberFormatValues))
            .Select(p => ((IEnumValue)p.GetValue(null)!).Value)
            .ToHashSet();

        Assert.Equal(schema.Order(StringComparer.Ordinal), ListNumbering.NumberFormats.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_list_in_an_unknown_format_counts_in_digits_and_one_in_letters_does_not()
    {
        var numbering = Read($"<w:numbering {W}>"
            + "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"3\"/><w:numFmt w:val=\"madeUp\"/></w:lvl></w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"2\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"lowerLetter\"/></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"1\"/></w:num><w:num w:numId=\"6\"><w:abstractNumId w:val=\"2\"/></w:num></w:numbering>");
        var lists = new ListNumbering(numbering);

        Assert.Equal([3, 4], new[] { lists.Next(5, 0), lists.Next(5, 0) });
        Assert.Null(lists.Next(6, 0));
    }

    [Fact]
    public void A_paragraph_in_a_smart_tag_is_read_as_a_paragraph()
    {
        // The SDK has no place for w:smartTag, and read it and all it holds as unknown elements: by name they are read alike.
        byte[] docx = new DocxFixture().Body(Para(TextRun("Before."))).Build();
        string smartTag = "<w:p><w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"place\"><w:r><w:t>Dublin</w:t></w:r></w:smartTag><w:r><w:t xml:space=\"preserve\"> is a city.</w:t></w:r></w:p>";
        byte[] tagged = WithBodyXml(docx, smartTag);

        var document = new DocxReader().Read("x.docx", new MemoryStream(tagged));

        Assert.Contains(document.Blocks, b => b.Text == "Dublin is a city." && b.Kind == BlockKind.Paragraph);
    }

    private static WordNode Read(string xml) => WordXml.ReadRoot(new MemoryStream(Encoding.UTF8.GetBytes(xml)))!;

    private static byte[] WithBodyXml(byte[] docx, string paragraphXml)
    {
        using var input = new System.IO.Compression.ZipArchive(new MemoryStream(docx), System.IO.Compression.ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(output, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var source = new StreamReader(entry.Open());
                string content = source.ReadToEnd();
                if (entry.FullName == "word/document.xml")
                {
                    Assert.Contains("</w:body>", content, StringComparison.Ordinal);
                    content = content.Replace("</w:body>", paragraphXml + "</w:body>", StringComparison.Ordinal);
                }

                using var target = new StreamWriter(zip.CreateEntry(entry.FullName).Open());
                target.Write(content);
            }
        }

        return output.ToArray();
    }
}
