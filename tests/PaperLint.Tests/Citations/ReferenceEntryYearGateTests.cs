using PaperLint.Core.Citations;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Citations;

/// <summary>
/// The two patterns that read a year straight after an entry's authors (Chicago's "Author. 2009. Title.", Harvard's
/// without brackets "Drayton, A 2006, Title") are tried only when a 1, a 2 or "n." stands before the paragraph's first
/// bracket: wherever either matches, the gate is open.
/// </summary>
public sealed class ReferenceEntryYearGateTests
{
    // Each template's '#' is replaced in turn by every UTF-16 unit.
    [Theory]
    [InlineData("Said, Edward. #978. Orientalism. New York: Pantheon.")]
    [InlineData("Said, Edward. 1#78. Orientalism. New York: Pantheon.")]
    [InlineData("Said, Edward. 19#8. Orientalism. New York: Pantheon.")]
    [InlineData("Said, Edward. #009a. Orientalism.")]
    [InlineData("Ehrlich, Corinna Ada. #.d. “Title.”")]
    [InlineData("Ehrlich, Corinna Ada. n#d. “Title.”")]
    [InlineData("Ehrlich, Corinna Ada. n. #. “Title.”")]
    [InlineData("Drayton, A #006, Does trade affect growth? Applied Economics.")]
    [InlineData("Drayton, A 2#06, Does trade affect growth? Applied Economics.")]
    [InlineData("Drayton, A #.d., Does trade affect growth?")]
    [InlineData("Drayton#A 2006, Does trade (affect) growth?")]
    [InlineData("Drayton, A 2006#, Does trade affect growth?")]
    public void Whatever_stands_in_a_place_of_the_year_the_patterns_match_only_where_the_gate_is_open(string template) =>
        PatternGate.OpenForEveryUnitIn(template, ReferenceEntryParser.YearAfterAuthorsMatches, entry => ReferenceEntryParser.MayHoldYear(entry));

    [Fact]
    public void Random_entries_of_the_patterns_pieces_match_only_where_the_gate_is_open() =>
        PatternGate.OpenOnRandomTexts(
            20261203,
            ["Said", "Edward", "A", ",", ", ", ". ", ".", " ", "  ", "\t", "1978", "2009a", "1399", "2101", "19", "20", "n.d.", "n. d.", "n.", "d.", "(", ")", "(2009)", "Title", "é", "٣", "1", "2", "&", "and"],
            count: 40_000,
            most: 13,
            fewest: 300,
            ReferenceEntryParser.YearAfterAuthorsMatches,
            entry => ReferenceEntryParser.MayHoldYear(entry));

    [Theory]
    [InlineData("Said, Edward. 1978. Orientalism. New York: Pantheon Books.", "Said", "1978")]
    [InlineData("Ehrlich, Corinna Ada. n.d. “The Title.” Accessed May 3, 2020.", "Ehrlich", "n.d.")]
    [InlineData("Drayton, A 2006, Does trade affect growth? Applied Economics, vol. 38.", "Drayton", "2006")]
    public void An_entry_with_its_year_after_the_authors_is_read(string text, string author, string year)
    {
        Assert.True(ReferenceEntryParser.MayHoldYear(text));
        var entry = ReferenceEntryParser.Parse(text, 0, text.Length);

        Assert.NotNull(entry);
        Assert.Equal(author, entry.Authors[0]);
        Assert.Equal(year, entry.Year);
    }

    [Theory]
    [InlineData("A paragraph of prose, with commas, and no year before its bracket (in 1978 or so) is not tried.")]
    [InlineData("Without any digit, or the abbreviation of no date, the gate is shut, whatever else it says.")]
    public void Prose_without_a_year_before_its_first_bracket_is_not_tried(string text)
    {
        Assert.False(ReferenceEntryParser.MayHoldYear(text));
        Assert.False(ReferenceEntryParser.YearAfterAuthorsMatches(text));
    }

    [Theory]
    [MemberData(nameof(PatternGate.TextSamples), MemberType = typeof(PatternGate))]
    public void Every_line_of_the_samples_that_a_year_pattern_matches_opens_the_gate(string sample)
    {
        foreach (string line in File.ReadLines(Path.Combine(RepoPaths.Samples, sample)))
        {
            string entry = line.TrimStart('-', '*', ' ');
            Assert.True(!ReferenceEntryParser.YearAfterAuthorsMatches(entry) || ReferenceEntryParser.MayHoldYear(entry), $"{sample}: '{entry}'");
        }
    }
}
