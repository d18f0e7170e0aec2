using PaperLint.Core.Config;
using PaperLint.Core.Linting;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Readers.Markdown;
using PaperLint.Core.Rules;

namespace PaperLint.Tests.Readers;

/// <summary>
/// Notes written without the colon (<c>[^1] Hale, Records.</c>) are known only once every marker and definition of the
/// paper is. The reader of a file first reads a paper whose text may hold such a line keeping nothing but what tells
/// those notes, then builds the model knowing them; an editor's server builds the whole model first and builds it again
/// when it finds such notes. Both must read every paper alike.
/// </summary>
public sealed class MarkdownNotesWithoutColonTests
{
    private static readonly LintPlan Plan = RuleSet.Active(PaperLintConfig.Default, []);

    // Lines that are, or look like, notes written without the colon, and what decides whether they are: a marker that
    // points to them (perhaps on a line commented out with %), a definition of the same label with its colon, the
    // indentation, a line of a paragraph, a tab, a quotation, a list, code.
    private static readonly string[] NoteLines =
    [
        "[^{0}] Hale, *Town Records*, 1871.",
        "[^{0}]\tIbid., p. 9.",
        "   [^{0}] Indented three spaces.",
        "    [^{0}] Indented four: code.",
        "The doors\n[^{0}] shut at dusk.",
        "[^{0}] A first note.\n[^{1}] A second, on the next line.",
        "> [^{0}] Quoted, not a note.",
        "- [^{0}] In a list.",
        "[^{0}]: Defined with the colon.",
        "[^{0}]",
        "[^{0}] ",
        "`[^{0}] in code`",
        "As Hale wrote.[^{0}]",
        "As Hale wrote.[^{0}] And again.[^{1}]",
        "% commented out[^{0}]",
        "%[^{0}] A commented line.",
        "\\[^{0}] An escaped bracket.",
    ];

    private static readonly string[] Labels = ["1", "2", "7", "note", "Note", "a-b"];

    [Fact]
    public void Generated_papers_read_as_when_the_whole_model_is_built_first_and_then_again()
    {
        var random = new Random(1871);
        int probed = 0, withNotes = 0;
        for (int paper = 0; paper < 300; paper++)
        {
            string text = Paper(random);
            probed += MayHold(text) ? 1 : 0;
            foreach (int sectionLength in new[] { 300, int.MaxValue })
            {
                var read = MarkdownReader.Parse("paper.md", text, sectionLength);
                var builtTwice = MarkdownReader.Parse("paper.md", text, sectionLength, new LintMemory(Plan));
                Assert.True(
                    DocumentShape.Of(builtTwice) == DocumentShape.Of(read),
                    $"paper {paper} (sections of {sectionLength}) reads otherwise than when built whole first:\n{text}");
                withNotes += sectionLength == 300 && read.FootnoteDefs.Any(d => d.WithoutColon) ? 1 : 0;
            }
        }

        // The papers exercise both readings: many may hold such notes, and many do.
        Assert.InRange(probed, 150, 295);
        Assert.InRange(withNotes, 60, 295);
    }

    [Fact]
    public void A_paper_whose_text_writes_no_such_line_holds_no_note_written_without_the_colon()
    {
        var random = new Random(1911);
        int without = 0;
        for (int paper = 0; paper < 400; paper++)
        {
            string text = Paper(random);
            if (MayHold(text))
            {
                continue;
            }

            without++;
            var read = MarkdownReader.Parse("paper.md", text, int.MaxValue, new LintMemory(Plan));
            Assert.False(read.FootnoteDefs.Any(d => d.WithoutColon), $"paper {paper} writes a note without the colon that the text did not show:\n{text}");
        }

        Assert.InRange(without, 20, 380);
    }

    [Theory]
    [InlineData("Bells rang.[^1]\n\n[^1] Hale.", true)]
    [InlineData("Bells rang.[^1]\n\n   [^1] Hale.", true)]
    [InlineData("Bells rang.[^1]\n\n[^1]\tHale.", true)]
    [InlineData("Bells rang.[^1]\n\nThe doors\n[^1] shut.", true)]
    [InlineData("Bells rang.[^1]\n\n    [^1] Code.", false)]
    [InlineData("Bells rang.[^1]\n\n[^1]: Hale.", false)]
    [InlineData("Bells rang.[^1]\n\n> [^1] Quoted.", false)]
    [InlineData("Bells rang.[^1]\n\n[^1]\n\nHale.", false)]
    [InlineData("Bells rang.[^1]\n\n[^1]   \n", false)]
    [InlineData("Bells rang.[^1]\n\n\\[^1] Escaped.", false)]
    public void The_text_shows_a_line_that_may_be_a_note_written_without_the_colon(string text, bool may)
    {
        Assert.Equal(may, MayHold(text));
    }

    private static bool MayHold(string text) =>
        MarkdownModelBuilder.MayHoldNotesWithoutColon(text, new LineIndex(text), new LiteralFootnoteLabels(text));

    /// <summary>A generated paper (<see cref="MarkdownSectionsTests.GeneratedPaper"/>) with lines like notes written without the colon among its blocks.</summary>
    private static string Paper(Random random)
    {
        var blocks = MarkdownSectionsTests.GeneratedPaper(random).Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n").ToList();
        int lines = random.Next(4) == 0 ? 0 : 1 + random.Next(6);
        for (int i = 0; i < lines; i++)
        {
            string line = string.Format(System.Globalization.CultureInfo.InvariantCulture, NoteLines[random.Next(NoteLines.Length)], Labels[random.Next(Labels.Length)], Labels[random.Next(Labels.Length)]);
            blocks.Insert(random.Next(blocks.Count + 1), line);
        }

        return string.Join("\n\n", blocks);
    }
}
