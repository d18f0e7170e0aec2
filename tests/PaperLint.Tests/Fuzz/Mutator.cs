using System.IO.Compression;
using System.Text;

namespace PaperLint.Tests.Fuzz;

/// <summary>
/// Seeded mutations of the repository's own samples, in the shapes that once broke the tool: markup nested deep
/// (quotes, lists, brackets, emphasis), huge note numbers, note markers and definitions out of place, quotation marks
/// and citations cut in half, invalid UTF-8, and in Word files XML changed inside the package (elements nested, cut,
/// doubled, attributes set to extreme numbers) and zipped again. The same seed gives the same case.
/// </summary>
internal static class Mutator
{
    // Pieces of Markdown and prose that the readers and rules give meaning to.
    private static readonly string[] TextPieces =
    [
        "*", "**", "_", ">", "> > > ", "[", "]", "(", ")", "[^1]", "[^x]", "\n\n[^1]: ", "\n\n[^99999]: note", "<sup>", "</sup>",
        "<sup>999999999</sup>", "<sup>2147483647</sup>", "¹", "⁹⁹⁹⁹⁹⁹⁹⁹⁹", "^3^", "“", "”", "\"", "'", "‘", "’", "«", "»", "„",
        "(Smith, 2020)", "(Smith 2020a; Jones et al., 1999, p. 4)", "[12]", "[1–3]", "et al.", "Ibid.", "\n", "\n\n", "# ", "## References\n\n",
        "- ", "1. ", "| a | b |\n|---|---|\n", "---\n", "```\n", "`", "$", "\\", "@key", "[@key]", "[-@key, p. 3]", "\t", "\u00A0",
        "\u200B", "\uFEFF", "\u0301", "\U0001F600", "\uD800", "<!-- paperlint-disable -->", "<!--", "-->", "<div>", "&amp;",
        "https://example.org/a_(b)", "Žižek", "Zizek", "e-mail", "email", "6 November 1918", "1918-11-06", "the the", "lead by",
        "---\ntitle: x\nlang: de\n---\n", "[link](#ref-x)", "{#ref-x}", "~~~", "    code\n",
    ];

    // WordprocessingML that the DOCX reader gives meaning to.
    private static readonly string[] XmlPieces =
    [
        "<w:r><w:t>the the</w:t></w:r>", "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>999999999</w:t></w:r>",
        "<w:r><w:footnoteReference w:id=\"2147483647\"/></w:r>", "<w:r><w:footnoteReference w:id=\"-1\"/></w:r>", "<w:sdt><w:sdtContent>",
        "</w:sdtContent></w:sdt>", "<w:hyperlink w:anchor=\"x\">", "</w:hyperlink>", "<w:p>", "</w:p>", "<w:r>", "</w:r>",
        "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>", "<w:r><w:instrText> ADDIN ZOTERO_ITEM CSL_CITATION {\"citationItems\":[</w:instrText></w:r>",
        "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>", "<w:fldSimple w:instr=\" REF _Ref1 \"><w:r><w:t>1</w:t></w:r></w:fldSimple>",
        "<w:bookmarkStart w:id=\"1\" w:name=\"_Ref1\"/>", "<w:commentRangeStart w:id=\"0\"/>", "<w:ins w:id=\"9\"><w:r><w:t>new</w:t></w:r></w:ins>",
        "<w:del w:id=\"8\"><w:r><w:delText>old</w:delText></w:r></w:del>", "<w:tbl><w:tr><w:tc>", "</w:tc></w:tr></w:tbl>",
        "<w:r><w:t xml:space=\"preserve\">“Quoted words without any citation after them at all.”</w:t></w:r>", "<w:r><w:tab/></w:r>",
        "<w:r><w:br/></w:r>", "<w:numPr><w:ilvl w:val=\"99\"/><w:numId w:val=\"2147483647\"/></w:numPr>", "<w:pStyle w:val=\"Heading1\"/>",
    ];

    public static byte[] Text(byte[] sample, Random random)
    {
        string text = Encoding.UTF8.GetString(sample);
        int steps = 1 + random.Next(4);
        for (int s = 0; s < steps; s++)
        {
            text = MutateText(text, random, TextPieces);
        }

        byte[] bytes = Encoding.UTF8.GetBytes(text);
        if (random.Next(8) == 0 && bytes.Length > 0)
        {
            // Bytes that are no UTF-8.
            for (int k = 0; k < 1 + random.Next(6); k++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }
        }

        return bytes;
    }

    public static byte[] Docx(byte[] sample, Random random)
    {
        using var input = new ZipArchive(new MemoryStream(sample), ZipArchiveMode.Read);
        var parts = input.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)).Select(e => e.FullName).ToList();
        string target = random.Next(3) > 0 && parts.Contains("word/document.xml") ? "word/document.xml" : parts[random.Next(parts.Count)];
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                using var source = entry.Open();
                using var buffer = new MemoryStream();
                source.CopyTo(buffer);
                byte[] content = buffer.ToArray();
                if (entry.FullName == target)
                {
                    string xml = Encoding.UTF8.GetString(content);
                    int steps = 1 + random.Next(4);
                    for (int s = 0; s < steps; s++)
                    {
                        xml = MutateXml(xml, random);
                    }

                    content = Encoding.UTF8.GetBytes(xml);
                }

                using var written = zip.CreateEntry(entry.FullName).Open();
                written.Write(content);
            }
        }

        byte[] bytes = output.ToArray();
        if (random.Next(20) == 0)
        {
            // A damaged archive.
            bytes[random.Next(bytes.Length)] ^= (byte)(1 + random.Next(255));
        }

        return bytes;
    }

    private static string MutateText(string text, Random random, string[] pieces)
    {
        int at = random.Next(text.Length + 1);
        switch (random.Next(7))
        {
            case 0:
                return text.Insert(at, pieces[random.Next(pieces.Length)]);
            case 1:
                // One piece many times over: nesting, long runs.
                string piece = pieces[random.Next(pieces.Length)];
                return text.Insert(at, string.Concat(Enumerable.Repeat(piece, 1 + random.Next(random.Next(3) == 0 ? 3000 : 200))));
            case 2:
                return text.Remove(at, random.Next(Math.Min(200, text.Length - at) + 1));
            case 3:
                int length = random.Next(Math.Min(400, text.Length - at) + 1);
                return text.Insert(random.Next(text.Length + 1), text.Substring(at, length));
            case 4:
                return text[..at];
            case 5:
                // Digits made huge: note numbers, years, list numbers.
                int digit = text.IndexOfAny("0123456789¹²³⁴⁵⁶⁷⁸⁹".ToCharArray(), at);
                return digit < 0 ? text : text.Insert(digit, random.Next(2) == 0 ? "99999999" : "2147483647");
            default:
                var lines = text.Split('\n');
                Array.Reverse(lines, 0, random.Next(lines.Length + 1));
                return string.Join('\n', lines);
        }
    }

    private static string MutateXml(string xml, Random random)
    {
        // Between two tags, so that most cases stay well-formed enough to reach the walker.
        int Boundary()
        {
            int at = xml.IndexOf('>', random.Next(xml.Length));
            return at < 0 ? xml.Length : at + 1;
        }

        switch (random.Next(6))
        {
            case 0:
                return xml.Insert(Boundary(), XmlPieces[random.Next(XmlPieces.Length)]);
            case 1:
                string piece = XmlPieces[random.Next(XmlPieces.Length)];
                return xml.Insert(Boundary(), string.Concat(Enumerable.Repeat(piece, 1 + random.Next(random.Next(3) == 0 ? 5000 : 100))));
            case 2:
                int from = Boundary();
                int to = Math.Min(xml.Length, from + random.Next(600));
                to = xml.IndexOf('>', to) is int end and >= 0 ? end + 1 : xml.Length;
                return xml.Remove(from, to - from);
            case 3:
                int start = Boundary();
                int stop = xml.IndexOf('>', Math.Max(0, Math.Min(xml.Length - 1, start + random.Next(800)))) is int e and >= 0 ? e + 1 : xml.Length;
                return xml.Insert(Boundary(), xml[start..stop]);
            case 4:
                // An attribute's number made extreme.
                int quote = xml.IndexOf("=\"", random.Next(xml.Length), StringComparison.Ordinal);
                if (quote < 0)
                {
                    return xml;
                }

                int close = xml.IndexOf('"', quote + 2);
                string[] values = ["2147483647", "-2147483648", "99999999999", "-1", "0", "", "x"];
                return close < 0 ? xml : xml[..(quote + 2)] + values[random.Next(values.Length)] + xml[close..];
            default:
                return MutateText(xml, random, XmlPieces);
        }
    }
}
