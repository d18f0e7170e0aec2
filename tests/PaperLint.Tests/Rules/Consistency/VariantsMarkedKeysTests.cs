using System.Text;
using PaperLint.Core.Config;
using PaperLint.Core.Linting;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;

namespace PaperLint.Tests.Rules.Consistency;

/// <summary>
/// A lint on the command line notes the paragraphs of a word only where the paper writes its key with a hyphen or a
/// letter beyond ASCII; the language server's count notes every word's. Both place every use of a word written two
/// ways, wherever its plain form stands: the marked form may come first, last or only once.
/// </summary>
public sealed class VariantsMarkedKeysTests
{
    private static readonly LintPlan Plan = RuleSet.Active(PaperLintConfig.Default, []);

    // Each pair is one key written two ways: a diacritic precomposed or combining, a hyphen of either kind, a letter
    // folded to two (ß), a compound written open; and plain words around them.
    private static readonly string[] Words =
    [
        "Zizek", "\u017Di\u017Eek", "naive", "na\u00EFve", "cafe", "cafe\u0301", "email", "e-mail", "e\u2010mail",
        "Strasse", "Stra\u00DFe", "co-operative", "cooperative", "decision-making", "decision making", "the", "reading",
        "rooms", "were", "open", "late", "and", "workers", "came", "after", "their", "shifts",
    ];

    [Theory]
    [InlineData(1, ".md")]
    [InlineData(2, ".md")]
    [InlineData(3, ".txt")]
    [InlineData(4, ".txt")]
    [InlineData(5, ".md")]
    public void The_command_line_places_every_use_the_servers_count_places(int seed, string extension)
    {
        var random = new Random(seed);
        var paper = new StringBuilder();
        int paragraphs = 40 + random.Next(40);
        for (int p = 0; p < paragraphs; p++)
        {
            // The first paragraphs write only plain words; marked forms come in later, at a rate of their own per paper.
            int marked = p < paragraphs / 3 ? 15 : Words.Length;
            for (int w = 0, count = 8 + random.Next(30); w < count; w++)
            {
                string word = random.Next(4) == 0 ? Words[random.Next(marked)] : Words[15 + random.Next(Words.Length - 15)];
                paper.Append(word).Append(' ');
            }

            paper.Append("end.\n\n");
        }

        string text = paper.ToString();
        string path = "paper" + extension;
        var withoutMemory = Variants(Linter.Lint(DocumentLoader.Load(text, path, DocxOptions.Default, null), Plan, null, 1, CancellationToken.None));
        var withCount = Variants(Linter.Lint(DocumentLoader.Load(text, path, DocxOptions.Default, null), Plan, null, 1, CancellationToken.None, new LintMemory(Plan)));

        Assert.NotEmpty(withoutMemory);
        Assert.Equal(withCount, withoutMemory);
    }

    [Theory]
    [InlineData("na\u00EFve")]
    [InlineData("nai\u0308ve")]
    public void The_plain_form_written_before_any_marked_one_is_placed(string marked)
    {
        // The plain form is the rarer, and comes first: its paragraphs are noted before the paper writes the key otherwise.
        string text = "The naive reader met the critic.\n\nA naive question was asked.\n\n"
            + string.Concat(Enumerable.Repeat($"The {marked} reader and the {marked} critic met in the reading room.\n\n", 15));
        var report = Linter.Lint(DocumentLoader.Load(text, "paper.txt", DocxOptions.Default, null), Plan, null, 1, CancellationToken.None);
        var lines = report.Findings.Where(f => f.RuleId == "Consistency.Variants").Select(f => (((PaperLint.Core.Model.TextLocation)f.Location).Line, f.Match));

        Assert.Equal([(1, "naive"), (3, "naive")], lines);
    }

    private static List<string> Variants(FileReport report) =>
        [.. report.Findings.Where(f => f.RuleId == "Consistency.Variants").Select(f => $"{f.Location} {f.Match} | {f.Message} | {string.Join(" / ", f.Suggestions)}")];
}
