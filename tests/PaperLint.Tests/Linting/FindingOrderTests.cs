using PaperLint.Core.Linting;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;

namespace PaperLint.Tests.Linting;

/// <summary>
/// A report lists its findings in document order: by line and column, then by rule id; the findings of one rule at one
/// place in the order the rule gave them. A text document's findings are sorted by their places read once, others by the comparer.
/// </summary>
public sealed class FindingOrderTests
{
    private static readonly string[] Rules = ["Typos.LeadBy", "Attribution.Uncited", "Consistency.Variants", "Names.Diacritics", "Typos.EtAl"];

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 10)]
    [InlineData(3, 400)]
    [InlineData(4, 2000)]
    public void Text_findings_come_by_line_column_and_rule_and_those_of_a_rule_at_a_place_as_it_gave_them(int seed, int count)
    {
        var random = new Random(seed);
        // Few lines and columns, so that many findings share a place; at line 7, column 3, more than a few do.
        var findings = Enumerable.Range(0, count)
            .Select(k => k % 50 == 0 ? Finding(7, 3, Rules[random.Next(Rules.Length)], k) : Finding(random.Next(1, 30), random.Next(1, 12), Rules[random.Next(Rules.Length)], k))
            .ToList();
        var expected = findings
            .OrderBy(f => ((TextLocation)f.Location).Line)
            .ThenBy(f => ((TextLocation)f.Location).Column)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();

        FindingOrder.Sort(findings);

        Assert.Equal(expected.Select(f => f.Message), findings.Select(f => f.Message));
    }

    [Fact]
    public void Findings_in_other_files_or_in_Word_are_sorted_by_the_comparer()
    {
        var random = new Random(5);
        var findings = Enumerable.Range(0, 300)
            .Select(k => k % 7 == 0
                ? Finding(random.Next(1, 30), random.Next(1, 12), Rules[random.Next(Rules.Length)], k) with { Location = new TextLocation(random.Next(1, 5), 1, 1, 2) { File = "refs.bib" } }
                : Finding(random.Next(1, 30), random.Next(1, 12), Rules[random.Next(Rules.Length)], k))
            .ToList();
        var word = Enumerable.Range(0, 300)
            .Select(k => Finding(1, 1, Rules[random.Next(Rules.Length)], k) with { Location = new DocxLocation(k % 3 == 0 ? "word/footnotes.xml" : "word/document.xml", random.Next(1, 20), random.Next(0, 40), 3) })
            .ToList();

        foreach (var list in new[] { findings, word })
        {
            FindingOrder.Sort(list);
            for (int k = 1; k < list.Count; k++)
            {
                Assert.True(FindingOrder.Instance.Compare(list[k - 1], list[k]) <= 0, $"{list[k - 1].Location} before {list[k].Location}");
            }
        }

        // A bibliography's places come after the document's own.
        Assert.Null(((TextLocation)findings[0].Location).File);
        Assert.Equal("refs.bib", ((TextLocation)findings[^1].Location).File);
    }

    private static Finding Finding(int line, int column, string rule, int k) => new()
    {
        RuleId = rule,
        Severity = Severity.Warning,
        Message = $"finding {k}",
        Match = "x",
        Location = new TextLocation(line, column, line, column + 1),
    };
}
