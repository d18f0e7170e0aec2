using PaperLint.Core.Config;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Core.Rules.Consistency;
using PaperLint.Tests.Rules.Attribution;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Consistency;

public sealed class DateFormatTests
{
    private static readonly DateFormat Rule = new();

    [Fact]
    public void Passes_a_paper_that_writes_dates_one_way()
    {
        RuleTester.Valid(
            Rule,
            "The room opened on 6 November 1898 and closed on 1 May 1914.",
            "The room opened on November 6, 1898 and closed on May 1, 1914.",
            "The room opened on 1898-11-06 and closed on 1914-05-01.",
            // Dates without a day or a year fit any style.
            "The room opened in November 1898, on 6 November, and closed on May 1, 1914.");
    }

    [Fact]
    public void Reports_the_style_used_less_with_an_example_of_the_other()
    {
        RuleTester.Invalid(
            Rule,
            "The room opened on 6 November 1898.\n\nA second room opened on 12 March 1901, and a third on June 3, 1903.",
            new Expected("June 3, 1903", "3 June 1903", 3, 55));

        var finding = Assert.Single(Rule.Check(LintContext.For(TestDocuments.From(SourceFormat.PlainText, "On 6 November 1898, on 12 March 1901 and on December 29th, 1927."))));
        Assert.Equal("'December 29th, 1927' is written month ordinal day, year (1×); the paper mostly writes day month year (2×, e.g. '6 November 1898'); write '29 December 1927'", finding.Message);
    }

    [Fact]
    public void Tells_apart_ordinals_commas_and_iso_dates()
    {
        RuleTester.Invalid(Rule, "On 6 November 1898, 7 November 1898 and 8th November 1898.", new Expected("8th November 1898", "8 November 1898"));
        RuleTester.Invalid(Rule, "On November 6, 1898, November 7, 1898 and November 8 1898.", new Expected("November 8 1898", "November 8, 1898"));
        RuleTester.Invalid(Rule, "On 1898-11-06, 1898-11-07 and 8 November 1898.", new Expected("8 November 1898", "1898-11-08"));
        RuleTester.Invalid(Rule, "On the 6th of November 1898 and the 7th of November 1898, not 8 November 1898.", new Expected("8 November 1898", "8th of November 1898"));
    }

    [Fact]
    public void Counts_dates_in_notes_but_not_in_the_reference_list()
    {
        RuleTester.Invalid(
            Rule,
            [SourceFormat.PlainText],
            "It opened on 6 November 1898.¹\n\n¹ It closed on May 1, 1914, and reopened on 3 June 1919.",
            new Expected("May 1, 1914", "1 May 1914", 3, 16));
        RuleTester.Valid(Rule, "It opened on 6 November 1898.\n\nReferences\n\nSmith, A. (n.d.). Reading rooms. Retrieved March 3, 2020, from https://example.org/rooms");
    }

    [Fact]
    public void House_style_wins_over_the_majority()
    {
        var context = LintSettings.Default.With(new ConsistencyOptions { Prefer = ["November 6, 1918"] });
        var findings = Rule.Check(LintContext.For(TestDocuments.From(SourceFormat.PlainText, "On 6 November 1898, 7 November 1898 and November 8, 1898."), context)).ToList();

        Assert.Equal(["6 November 1898", "7 November 1898"], findings.Select(f => f.Match));
        Assert.Equal("'6 November 1898' is written day month year (2×); the house style is month day, year (e.g. 'November 8, 1898'); write 'November 6, 1898'", findings[0].Message);
    }

    [Fact]
    public void Does_not_count_a_foreword_or_a_letter_signed_by_another_writer()
    {
        AssertNone(
            "# Foreword\n\nI first read these pages on March 3, 1901, in a cold room.\n\nThe author asked me for a few lines, and I sent them on April 9, 1901.\n\nANNA VOSS BERLIN, June 1, 1901.\n\n# Chapter One\n\nWe left on the 2nd of May, 1880, and came back on the 9th of June, 1881.");
        AssertNone(
            "# A letter from a friend\n\nYour pages reached me on March 3, 1901.\n\nI read them twice by April 9, 1901.\n\nYours truly, Anna Voss.\n\n# Chapter One\n\nWe left on the 2nd of May, 1880, and came back on the 9th of June, 1881.");

        // An unsigned section keeps its dates in the count.
        foreach (var format in TestDocuments.AllFormats)
        {
            var paper = PaperDocuments.From(format, "# Foreword\n\nI first read these pages on March 3, 1901.\n\n# Chapter One\n\nWe left on the 2nd of May, 1880, and came back on the 9th of June, 1881.");
            var finding = Assert.Single(Rule.Check(LintContext.For(paper)));
            Assert.Equal("March 3, 1901", finding.Match);
            Assert.Equal("3rd of March, 1901", Assert.Single(finding.Suggestions));
        }
    }

    [Fact]
    public void Does_not_count_the_date_of_a_source_in_a_note()
    {
        AssertNone("The strike began on May 4, 2003, and ended on June 5, 2003.[^1]\n\n[^1]: Ann Fold, “The Dock Strike,” Quay News, 3 April 2003, 4.");
    }

    private static void AssertNone(string paper)
    {
        foreach (var format in TestDocuments.AllFormats)
        {
            var findings = Rule.Check(LintContext.For(PaperDocuments.From(format, paper))).ToList();
            Assert.True(findings.Count == 0, $"{format}: {string.Join("; ", findings.Select(f => $"'{f.Match}': {f.Message}"))}");
        }
    }

    [Fact]
    public void The_pattern_knows_every_month_a_date_is_written_with()
    {
        // The pattern is compiled at build time from a constant; the names it writes dates with are DateStyle's.
        Assert.Equal(DateFormat.MonthNames, string.Join("|", DateStyle.Months));
    }
}
