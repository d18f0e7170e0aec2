using PaperLint.Core.Citations;

namespace PaperLint.Tests.Citations;

/// <summary>
/// An author's entries indexed by year answer what comparing a citation's year with each entry answered
/// (<see cref="DocumentAnalysis.YearRefersTo"/>), in the list's order, for every kind of year a list and a citation hold.
/// </summary>
public sealed class AuthorEntriesTests
{
    private static readonly string?[] EntryYears = [null, "2009", "2009a", "2009B", "1974", "1974", "n.d.", "2011a"];
    private static readonly string?[] CitedYears = [null, "2009", "2009a", "2009A", "2009b", "2009c", "1974", "1974a", "2011", "2011a", "2011b", "n.d.", "N.D.", "1999", "200"];

    private static readonly IReadOnlyList<ReferenceEntry> Entries =
        [.. EntryYears.Select(year => new ReferenceEntry { Authors = ["Serge"], Year = year, Style = default })];

    public static TheoryData<string?> Cited() => [.. CitedYears];

    [Theory]
    [MemberData(nameof(Cited))]
    public void A_year_refers_to_the_entries_it_refers_to_one_by_one(string? cited)
    {
        var index = new AuthorEntries(Entries);

        Assert.Equal(Entries.Any(e => DocumentAnalysis.YearRefersTo(cited, e)), index.AnyReferredBy(cited));
        if (cited is not null)
        {
            Assert.Equal(Entries.Where(e => DocumentAnalysis.YearRefersTo(cited, e)), index.ReferredBy(cited));
        }

        Assert.Equal(Entries.Where(e => string.Equals(e.Year, cited, StringComparison.OrdinalIgnoreCase)), index.WithYear(cited));
    }

    [Fact]
    public void A_year_with_a_letter_refers_to_the_unlettered_entry_and_a_bare_year_to_the_lettered_ones()
    {
        var index = new AuthorEntries(Entries);

        Assert.Equal(["2009", "2009a", "2009B"], index.ReferredBy("2009").Select(e => e.Year));
        Assert.Equal(["2009", "2009a"], index.ReferredBy("2009a").Select(e => e.Year));
        Assert.Equal(["2011a"], index.ReferredBy("2011").Select(e => e.Year));
        Assert.Empty(index.ReferredBy("2011b"));
        Assert.False(index.AnyReferredBy("1999"));
    }

    [Fact]
    public void Co_authors_and_et_al_are_told_apart_from_entries_by_the_author_alone()
    {
        Assert.True(new AuthorEntries(Entries).AllSingleAuthored);
        Assert.False(new AuthorEntries([.. Entries, new ReferenceEntry { Authors = ["Serge", "Gray"], Year = "1980", Style = default }]).AllSingleAuthored);
        Assert.False(new AuthorEntries([.. Entries, new ReferenceEntry { Authors = ["Serge"], EtAl = true, Year = "1980", Style = default }]).AllSingleAuthored);
    }

    [Fact]
    public void The_listed_works_name_each_work_once_in_the_list_order() =>
        Assert.Equal("Serge and Serge (2009) and Serge (2009a) and Serge (2009B) and Serge (1974) and Serge (n.d.) and Serge (2011a)", new AuthorEntries(Entries).Listed);
}
