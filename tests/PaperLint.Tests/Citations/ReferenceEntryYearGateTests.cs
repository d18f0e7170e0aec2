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
    public void Whatever_stands_in_a_place_of_the_year_the_patterns_match_only_where_the_gate_is_open(string template)
    {
        int matched = 0;
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string entry = template.Replace('#', (char)c);
            if (ReferenceEntryParser.YearAfterAuthorsMatches(entry))
            {
                matched++;
                Assert.True(ReferenceEntryParser.MayHoldYear(entry), $"U+{c:X4}: a year pattern matches '{entry}', the gate is shut");
            }
        }

        Assert.True(matched >= 1, $"'{template}' never matched");
    }

    [Fact]
    public void Random_entries_of_the_patterns_pieces_match_only_where_the_gate_is_open()
    {
        var random = new Random(20261203);
        string[] pieces = ["Said", "Edward", "A", ",", ", ", ". ", ".", " ", "  ", "\t", "1978", "2009a", "1399", "2101", "19", "20", "n.d.", "n. d.", "n.", "d.", "(", ")", "(2009)", "Title", "é", "٣", "1", "2", "&", "and"];
        int matched = 0;
        for (int n = 0; n < 40_000; n++)
        {
            var text = new System.Text.StringBuilder();
            int count = random.Next(1, 14);
            for (int i = 0; i < count; i++)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            string entry = text.ToString();
            if (ReferenceEntryParser.YearAfterAuthorsMatches(entry))
            {
                matched++;
                Assert.True(ReferenceEntryParser.MayHoldYear(entry), $"a year pattern matches '{entry}', the gate is shut");
            }
        }

        Assert.True(matched > 300, $"only {matched} of the random entries matched");
    }

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
    [MemberData(nameof(TextSamples))]
    public void Every_line_of_the_samples_that_a_year_pattern_matches_opens_the_gate(string sample)
    {
        foreach (string line in File.ReadLines(Path.Combine(RepoPaths.Samples, sample)))
        {
            string entry = line.TrimStart('-', '*', ' ');
            if (ReferenceEntryParser.YearAfterAuthorsMatches(entry))
            {
                Assert.True(ReferenceEntryParser.MayHoldYear(entry), $"{sample}: '{entry}'");
            }
        }
    }

    public static TheoryData<string> TextSamples() =>
        [.. Directory.EnumerateFiles(RepoPaths.Samples, "*.txt").Concat(Directory.EnumerateFiles(RepoPaths.Samples, "*.md"))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
}
