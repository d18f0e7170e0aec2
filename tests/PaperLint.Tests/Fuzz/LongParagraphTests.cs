using System.Text;
using PaperLint.Core.Config;
using PaperLint.Core.Linting;
using PaperLint.Core.Readers;

namespace PaperLint.Tests.Fuzz;

/// <summary>
/// A paragraph of a few hundred thousand characters, a long text written on one line: every rule's time must grow with
/// its length, not with its length times its words, addresses, quotations or doubled words. Each case plants doubled
/// words and a name written two ways among words that never repeat within eight of each other, with addresses,
/// quotations, citations and hyphenated words between them, and must be linted within a time no paragraph of this
/// length may take (a hang and blow-up check, as in <see cref="FuzzTests"/>, not a measurement), reporting exactly what
/// was planted.
/// </summary>
public sealed class LongParagraphTests
{
    private static readonly TimeSpan CaseTimeLimit = TimeSpan.FromSeconds(60);

    private static readonly LintPlan Plan = RuleSet.Active(PaperLintConfig.Default, []);

    private static readonly string[] Vocabulary =
    [
        "harbour", "ledger", "clerk", "ship", "grain", "trade", "merchant", "river", "town", "market", "record", "letter",
        "price", "cargo", "guild", "quay", "warehouse", "council", "tariff", "voyage", "captain", "sailor", "barrel", "bale",
        "wool", "salt", "timber", "tide", "storm", "winter", "summer", "journey", "account", "debt", "loan", "bank",
        "court", "judge", "witness", "charter",
    ];

    private static readonly string[] Between =
    [
        "https://archive.example.org/records/", "www.harbour-records.example.net", "“the books were kept”", "\"as the clerk wrote\"",
        "(Hale 2001, 14)", "[12]", "well-kept", "sea-going", "e.g.", "—", "co-operative", "cooperative", "(see below)",
    ];

    [Theory]
    [InlineData(".txt", 1, 1_000_000)]
    [InlineData(".md", 2, 1_000_000)]
    public async Task A_long_one_line_paragraph_is_linted_in_time_with_what_was_planted(string extension, int seed, int characters)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        var recent = new Queue<string>();
        var doubled = new List<string>();
        int names = 0;
        string Next()
        {
            string word;
            do
            {
                word = Vocabulary[random.Next(Vocabulary.Length)];
            }
            while (recent.Contains(word));

            recent.Enqueue(word);
            if (recent.Count > 8)
            {
                recent.Dequeue();
            }

            return word;
        }

        text.Append("The ");
        while (text.Length < characters)
        {
            int roll = random.Next(100);
            if (roll < 1)
            {
                // Doubled between plain words, as a slip is: reported once, as the two copies.
                string word = Next();
                text.Append(word).Append(' ').Append(word).Append(' ').Append(Next()).Append(' ');
                doubled.Add(word + " " + word);
            }
            else if (roll < 2)
            {
                // Five times with the diacritics, once without: the one without is reported.
                text.Append(names % 6 == 5 ? "Zizek" : "Žižek").Append(' ').Append(Next()).Append(' ');
                names++;
            }
            else if (roll < 15)
            {
                text.Append(Between[random.Next(Between.Length)]).Append(' ').Append(Next()).Append(' ');
            }
            else
            {
                text.Append(Next()).Append(' ');
            }
        }

        text.Append("end.\n");
        var run = Task.Run(() => Linter.Lint(DocumentLoader.Load(Encoding.UTF8.GetBytes(text.ToString()), "long" + extension), Plan));
        var finished = await Task.WhenAny(run, Task.Delay(CaseTimeLimit));
        Assert.True(finished == run, $"{extension}: still running after {CaseTimeLimit.TotalSeconds} s on one paragraph of {text.Length:N0} characters");

        var findings = (await run).Findings;
        Assert.Equal(doubled, findings.Where(f => f.RuleId == "Typos.RepeatedWords").Select(f => f.Match));
        Assert.Equal(names / 6, findings.Count(f => f.RuleId == "Consistency.Variants" && f.Match == "Zizek"));
        Assert.True(names / 6 > 10 && doubled.Count > 100, $"{names} names, {doubled.Count} doubled words planted");
    }
}
