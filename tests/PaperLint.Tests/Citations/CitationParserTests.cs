using PaperLint.Core.Citations;
using PaperLint.Core.Model;

namespace PaperLint.Tests.Citations;

/// <summary>Citation shapes found in real papers: what each one is read as, and what is not a citation at all.</summary>
public sealed class CitationParserTests
{
    /// <summary>Text, then the citations expected as "Kind: Authors | Year | Locator", several separated by " // ".</summary>
    public static TheoryData<string, string> Citations => new()
    {
        { "as he wrote (Rogovin, 2009, p. 189).", "Parenthetical: Rogovin | 2009 | p. 189" },
        { "as he wrote (Rogovin 2009: 189).", "Parenthetical: Rogovin | 2009 | 189" },
        { "as he wrote (Rogovin, 2009, pp. 12–14).", "Parenthetical: Rogovin | 2009 | pp. 12–14" },
        { "as he wrote (Rogovin 2009, 189).", "Parenthetical: Rogovin | 2009 | 189" },
        { "as he wrote (Rogovin 2009 p. 189).", "Parenthetical: Rogovin | 2009 | p. 189" },
        { "as he wrote (Rogovin, 2009).", "Parenthetical: Rogovin | 2009 | " },
        { "as he wrote (Rogovin 2009).", "Parenthetical: Rogovin | 2009 | " },
        { "a claim (Woods & Grant, 2007).", "Parenthetical: Woods, Grant | 2007 | " },
        { "a claim (Woods and Grant 2007).", "Parenthetical: Woods, Grant | 2007 | " },
        { "a claim (Woods, Grant, & Sunkara, 2010).", "Parenthetical: Woods, Grant, Sunkara | 2010 | " },
        { "a claim (Woods et al., 2007).", "Parenthetical: Woods et al. | 2007 | " },
        { "a claim (Woods et al. 2007, p. 3).", "Parenthetical: Woods et al. | 2007 | p. 3" },
        { "a claim (Rogovin, 2009; Serge, 1974, p. 57).", "Parenthetical: Rogovin | 2009 |  // Parenthetical: Serge | 1974 | p. 57" },
        { "a claim (Rogovin, 2009a, 2009b).", "Parenthetical: Rogovin | 2009a |  // Parenthetical: Rogovin | 2009b | " },
        { "a claim (Rogovin 2009b: 12).", "Parenthetical: Rogovin | 2009b | 12" },
        { "a claim (Rogovin, n.d.).", "Parenthetical: Rogovin | n.d. | " },
        { "a claim (Rogovin n.d., p. 4).", "Parenthetical: Rogovin | n.d. | p. 4" },
        { "a claim (see Rogovin, 2009).", "Parenthetical: Rogovin | 2009 | " },
        { "a claim (see also Rogovin, 2009, p. 12).", "Parenthetical: Rogovin | 2009 | p. 12" },
        { "a claim (cf. Serge, 1974).", "Parenthetical: Serge | 1974 | " },
        { "a claim (e.g., Rose, 2001; Vincent, 1989).", "Parenthetical: Rose | 2001 |  // Parenthetical: Vincent | 1989 | " },
        { "a claim (quoted in Rogovin, 2009, p. 189).", "Parenthetical: Rogovin | 2009 | p. 189" },
        { "a claim (de Beauvoir, 1949).", "Parenthetical: de Beauvoir | 1949 | " },
        { "a claim (van Dijk 1998).", "Parenthetical: van Dijk | 1998 | " },
        { "a claim (Van Dijk, 1998).", "Parenthetical: Van Dijk | 1998 | " },
        { "a claim (Žižek, 2008).", "Parenthetical: Žižek | 2008 | " },
        { "a claim (Trommershäuser et al., 2003).", "Parenthetical: Trommershäuser et al. | 2003 | " },
        { "a claim (O'Brien, 1990).", "Parenthetical: O'Brien | 1990 | " },
        { "a claim (Hadwen-Bennett et al., 2018, p. 123).", "Parenthetical: Hadwen-Bennett et al. | 2018 | p. 123" },
        { "a claim (Lévi-Strauss 1955).", "Parenthetical: Lévi-Strauss | 1955 | " },
        { "a claim (García Márquez, 1967).", "Parenthetical: García Márquez | 1967 | " },
        { "a claim (Smiles, 1859/1996, p. 1).", "Parenthetical: Smiles | 1859 | p. 1" },
        { "a claim (Rose, 2001, emphasis added).", "Parenthetical: Rose | 2001 | emphasis added" },
        { "a claim (Rules of the library, 1820).", "Parenthetical: Rules of the library | 1820 | " },
        { "a claim (Board of Education, 1905).", "Parenthetical: Board of Education | 1905 | " },
        { "a claim (prefix Bellomo et al., 2016, p. 2 suffix).", "Parenthetical: Bellomo et al. | 2016 | p. 2 suffix" },
        { "a claim (Rogovin 189).", "AuthorPage: Rogovin |  | 189" },
        { "a claim (Woods and Grant 45–46).", "AuthorPage: Woods, Grant |  | 45–46" },
        { "Rogovin (2009, p. 189) shows it.", "Narrative: Rogovin | 2009 | p. 189" },
        { "Rogovin (2009) shows it.", "Narrative: Rogovin | 2009 | " },
        { "as Woods and Grant (2007) argue.", "Narrative: Woods, Grant | 2007 | " },
        { "as Woods & Grant (2007) argue.", "Narrative: Woods, Grant | 2007 | " },
        { "as Woods et al. (2007) argue.", "Narrative: Woods et al. | 2007 | " },
        { "as Woods, Grant and Sunkara (2010) argue.", "Narrative: Woods, Grant, Sunkara | 2010 | " },
        { "in Rose's (2001) account.", "Narrative: Rose | 2001 | " },
        { "in Rose’s (2001) account.", "Narrative: Rose | 2001 | " },
        { "as Jonathan Rose (2001) shows.", "Narrative: Jonathan Rose | 2001 | " },
        { "as E. P. Thompson (1963) shows.", "Narrative: E. P. Thompson | 1963 | " },
        { "As Rose (2001) shows.", "Narrative: Rose | 2001 | " },
        { "as de Beauvoir (1949) wrote.", "Narrative: de Beauvoir | 1949 | " },
        { "as Serge (1974: 57) recalls.", "Narrative: Serge | 1974 | 57" },
        { "as Rogovin (2009a, 2009b) shows.", "Narrative: Rogovin | 2009a |  // Narrative: Rogovin | 2009b | " },
        { "Rose (2001) writes that the rooms were full (p. 45).", "Narrative: Rose | 2001 |  // Continuation: Rose | 2001 | p. 45" },
        { "It was so (Rose, 2001). Later it changed (ibid., p. 9).", "Parenthetical: Rose | 2001 |  // Continuation: Rose | 2001 | ibid., p. 9" },
        { "they agree (L. Maren Bellamy and Godwin 2014).", "Parenthetical: L. Maren Bellamy, Godwin | 2014 | " },
        { "a leader (B. Grove 2008; D. O. Grove 2008).", "Parenthetical: B. Grove | 2008 |  // Parenthetical: D. O. Grove | 2008 | " },
        { "a project (R. A. Kline et al. 2014).", "Parenthetical: R. A. Kline et al. | 2014 | " },
        { "Bellamy and colleagues (2023) propose it.", "Narrative: Bellamy et al. | 2023 | " },
        { "models (Frey 2011, Hardy 2011, Lacey and Whyte 2013).", "Parenthetical: Frey | 2011 |  // Parenthetical: Hardy | 2011 |  // Parenthetical: Lacey, Whyte | 2013 | " },
        { "the count (NMSA; Northern Moth Survey Assoc. 2009).", "Parenthetical: Northern Moth Survey Assoc | 2009 | " },
        { "a right (Coastal Fair Housing and Tenancy Commission. 2018).", "Parenthetical: Coastal Fair Housing, Tenancy Commission | 2018 | " },
    };

    /// <summary>Brackets and years that are not citations.</summary>
    public static TheoryData<string> NotCitations => new()
    {
        "At the congress (1903) the party split.",
        "This was discussed earlier (see above).",
        "The figures are on one page (p. 4).",
        "The party (i.e. the Bolsheviks) disagreed.",
        "The second point (2) matters more.",
        "He read *The Souls of Black Folk* (1903) twice.",
        "He read “Lenin's Will” (1923) twice.",
        "After the Paris Commune (1871) the mood changed.",
        "The Education Act (1870) made schooling compulsory.",
        "It was written in May (1889) and printed later.",
        "The strike lasted a month (May 1889).",
        "Reading rooms spread (1850–1914) across the country.",
        "It was printed (London: Smith, Elder, 1865) in one volume.",
        "The hall held many (c. 1850) readers.",
        "The founder (born 1870) lived long.",
        "See the table (Table 2) and the figure (Figure 3, 2019).",
        "The meeting (In 1903, the party split) was long.",
        "Prices rose (by 25 percent) in a year.",
        "the reading room (the 1850s) was new.",
        "",
    };

    [Theory]
    [MemberData(nameof(Citations))]
    public void Reads_citation_shape(string text, string expected)
    {
        var spans = new List<InlineSpan>();
        int star = text.IndexOf('*');
        if (star >= 0)
        {
            int end = text.IndexOf('*', star + 1);
            spans.Add(new InlineSpan(SpanKind.Emphasis, star, end - star + 1));
        }

        var found = CitationParser.Find(text, spans);

        Assert.Equal(expected, string.Join(" // ", found.Select(Describe)));
    }

    [Theory]
    [MemberData(nameof(NotCitations))]
    public void Does_not_read_as_a_citation(string text)
    {
        var spans = new List<InlineSpan>();
        int star = text.IndexOf('*');
        if (star >= 0)
        {
            int end = text.IndexOf('*', star + 1);
            spans.Add(new InlineSpan(SpanKind.Emphasis, star, end - star + 1));
        }

        Assert.Empty(CitationParser.Find(text, spans));
    }

    [Fact]
    public void Places_each_citation_of_a_bracket_at_its_own_words()
    {
        const string text = "a claim (see Rogovin, 2009; Serge, 1974, p. 57).";

        var found = CitationParser.Find(text);

        Assert.Equal(["Rogovin, 2009", "Serge, 1974, p. 57"], found.Select(c => text.Substring(c.Start, c.Length)));
        Assert.All(found, c => Assert.Equal(text.IndexOf('('), c.BracketStart));
        Assert.All(found, c => Assert.Equal(text.IndexOf(')') + 1, c.BracketEnd));
    }

    [Fact]
    public void Places_each_of_citations_separated_by_commas_at_its_own_words()
    {
        const string text = "models (Frey 2011, Hardy 2011, Lacey and Whyte 2013).";

        var found = CitationParser.Find(text);

        Assert.Equal(["Frey 2011", "Hardy 2011", "Lacey and Whyte 2013"], found.Select(c => text.Substring(c.Start, c.Length)));
    }

    [Fact]
    public void Places_a_narrative_citation_from_the_name_to_the_closing_bracket()
    {
        const string text = "As Woods and Grant (2007, p. 4) argue.";

        var citation = Assert.Single(CitationParser.Find(text));

        Assert.Equal("Woods and Grant (2007, p. 4)", text.Substring(citation.Start, citation.Length));
        Assert.Equal("Woods and Grant (2007)", citation.Display);
    }

    [Theory]
    [InlineData("p. 4", true)]
    [InlineData("pp. 12–14", true)]
    [InlineData("45", true)]
    [InlineData("1859, p. 4", true)]
    [InlineData("1859", true)]
    [InlineData("ibid.", true)]
    [InlineData("see above", false)]
    [InlineData("i.e. the party", false)]
    public void Knows_a_page_or_year_that_may_follow_a_quotation(string inner, bool expected)
    {
        Assert.Equal(expected, CitationParser.IsPageOrYear(inner));
    }

    private static string Describe(Citation c) =>
        $"{c.Kind}: {string.Join(", ", c.Authors)}{(c.EtAl ? " et al." : "")} | {c.Year} | {c.Locator}";
}
