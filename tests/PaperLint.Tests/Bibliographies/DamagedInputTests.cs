using PaperLint.Core.Bibliographies;
using PaperLint.Core.Readers;

namespace PaperLint.Tests.Bibliographies;

/// <summary>Damaged files end in one clear line or in entries, never in another exception (which the user would see as a stack trace).</summary>
public sealed class DamagedInputTests
{
    private const string Bib = """
        @string{pub = "Harbour Lane Press"}
        % a comment line
        @book{marlow:tides-2011,
          author = {Marlow, Edith and {Nordic Weaving Society} and others},
          title = "The {Slow} Tides of {\O}resund \emph{again}",
          year = 2011, month = mar, publisher = pub # { Ltd},
          url = {https://example.org/a_b%20c},
        }
        @comment{ignored}
        @article(quist_2019, author = {Quist, Tobias}, title = {Salt \& \'{E}bb}, crossref = {marlow:tides-2011})
        @preamble{"\newcommand{\x}{y}"}
        """;

    private const string Json = """
        [{"id": "a", "author": [{"family": "Marlow", "given": "Edith"}], "issued": {"date-parts": [[2011, 3]]}, "title": "T"},
         {"id": "b", "editor": [{"literal": "Nordic Weaving Society"}], "issued": {"raw": "2019"}}]
        """;

    private const string Yaml = """
        references:
        - id: a
          author: [{family: Marlow, given: Edith}]
          issued: [{year: 2011}]
        - id: b
          issued: {date-parts: [[2019, 5]]}
        """;

    private const string Noise = "{}\"@,=#%()\\\n \t'$~-:[]";

    [Theory]
    [InlineData(BibliographyFormat.BibTeX, Bib)]
    [InlineData(BibliographyFormat.CslJson, Json)]
    [InlineData(BibliographyFormat.CslYaml, Yaml)]
    public void Damaged_text_gives_entries_or_one_line(BibliographyFormat format, string text)
    {
        var random = new Random(20240611);
        for (int round = 0; round < 3000; round++)
        {
            string damaged = Damage(text, random);
            try
            {
                var entries = BibliographyReader.Read(damaged, "refs", format);
                Assert.All(entries, e => Assert.True(e.Line >= 1 && e.Column >= 1 && e.Key.Length > 0, damaged));
            }
            catch (InputException e)
            {
                Assert.StartsWith("refs:", e.Message);
                Assert.DoesNotContain('\n', e.Message);
            }
        }
    }

    [Fact]
    public void Any_text_decodes_without_error()
    {
        var random = new Random(7);
        for (int round = 0; round < 3000; round++)
        {
            string text = Damage("\\'{e} \\c c {\\ss} $\\gamma$ \\url{x} \\href{a}{b} \\ifmmode a\\else b\\fi -- ``q''", random);
            _ = TexText.ToPlain(text);
        }
    }

    private static string Damage(string text, Random random)
    {
        var chars = new List<char>(text);
        int edits = random.Next(1, 6);
        for (int e = 0; e < edits && chars.Count > 0; e++)
        {
            int at = random.Next(chars.Count);
            switch (random.Next(4))
            {
                case 0:
                    chars.RemoveAt(at);
                    break;
                case 1:
                    chars.Insert(at, Noise[random.Next(Noise.Length)]);
                    break;
                case 2:
                    chars[at] = Noise[random.Next(Noise.Length)];
                    break;
                default:
                    chars.RemoveRange(at, chars.Count - at);
                    break;
            }
        }

        return new string([.. chars]);
    }
}
