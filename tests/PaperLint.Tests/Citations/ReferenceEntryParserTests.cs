using PaperLint.Core.Citations;
using PaperLint.Core.Model;

namespace PaperLint.Tests.Citations;

/// <summary>Reference entries in APA, Harvard, Chicago author-date and MLA shapes: surnames, year, title.</summary>
public sealed class ReferenceEntryParserTests
{
    [Theory]
    [InlineData("Serge, V. (1974). From Lenin to Stalin. Monad Press.", "Serge", "1974", "From Lenin to Stalin")]
    [InlineData("Rogovin, Z. V. (2009). Stalin's Terror of 1937-1938: Political genocide in the U.S.S.R. Mehring Books.", "Rogovin", "2009", "Stalin's Terror of 1937-1938: Political genocide in the U.S.S.R")]
    [InlineData("Woods, A., & Grant, T. (1995). Reason in Revolt. Wellred.", "Woods; Grant", "1995", "Reason in Revolt")]
    [InlineData("Bellomo, K., Clement, A. C., Murphy, L. N., Polvani, L. M., & Cane, M. A. (2016). New observational evidence. Geophys. Res. Lett., 43(18), 9852–9859.", "Bellomo; Clement; Murphy; Polvani; Cane", "2016", "New observational evidence")]
    [InlineData("Rogovin, Z. V. (2009a). Stalin's Terror. Mehring Books.", "Rogovin", "2009a", "Stalin's Terror")]
    [InlineData("Smith, J. (n.d.). Reading rooms. Retrieved from a library website.", "Smith", "n.d.", "Reading rooms")]
    [InlineData("de Beauvoir, S. (1949). Le Deuxième Sexe. Gallimard.", "de Beauvoir", "1949", "Le Deuxième Sexe")]
    [InlineData("Žižek, S. (2008). Violence. Picador.", "Žižek", "2008", "Violence")]
    [InlineData("Trommershäuser, J., Maloney, L. T., & Landy, M. S. (2003). Statistical decision theory. Journal of the Optical Society, 20(7), 1419–1433.", "Trommershäuser; Maloney; Landy", "2003", "Statistical decision theory")]
    [InlineData("- Ascher, A. (2014). The Russian Revolution. London: One World Publishers.", "Ascher", "2014", "The Russian Revolution")]
    [InlineData("Smiles, S. (1859/1996). Self-Help. Oxford University Press.", "Smiles", "1859", "Self-Help")]
    [InlineData("Ruskin, J. (Ed.). (1865). Sesame and Lilies. Smith, Elder.", "Ruskin", "1865", "Sesame and Lilies")]
    public void Reads_apa_entry(string entry, string authors, string year, string title) =>
        Check(entry, ReferenceStyle.Apa, authors, year, title);

    [Theory]
    [InlineData("Serge, V. (1974) From Lenin to Stalin. New York: Monad Press.", "Serge", "1974", "From Lenin to Stalin")]
    [InlineData("Woods, A. and Grant, T. (1995) Reason in revolt. London: Wellred.", "Woods; Grant", "1995", "Reason in revolt")]
    [InlineData("van Dijk, T. A. (1998) Ideology: A Multidisciplinary Approach. London: Sage.", "van Dijk", "1998", "Ideology: A Multidisciplinary Approach")]
    [InlineData("Hobsbawm, E. (1987b) The Age of Empire. London: Weidenfeld & Nicolson.", "Hobsbawm", "1987b", "The Age of Empire")]
    [InlineData("Ferreira VC, Macleod JJ (2019) Control of cell growth. Physiology 34:30–42", "Ferreira; Macleod", "2019", "Control of cell growth")]
    [InlineData("Abbas H, Smith K, Atwood PJ, Idle I (2016) Role of insulin. Diabetologia 59:44–55", "Abbas; Smith; Atwood; Idle", "2016", "Role of insulin")]
    [InlineData("Linden F von, Casella V, Östberg Falk A-K (2012) Mechanical loading. Am J Physiol", "von Linden; Casella; Östberg Falk", "2012", "Mechanical loading")]
    [InlineData("Drayton, A 2006, Does trade affect growth? Applied Economics, vol. 38.", "Drayton", "2006", "Does trade affect growth?")]
    [InlineData("Mallick, S, Basu, H, & Chandra, A, 2004, ‘Trade and wages’, Economic Inquiry.", "Mallick; Basu; Chandra", "2004", "‘Trade and wages’, Economic Inquiry")]
    [InlineData("OECD 2005, ‘Handbook on Harbour Statistics’, viewed 3 October 2012.", "OECD", "2005", "‘Handbook on Harbour Statistics’, viewed 3 October 2012")]
    public void Reads_harvard_entry(string entry, string authors, string year, string title) =>
        Check(entry, ReferenceStyle.Harvard, authors, year, title);

    [Theory]
    [InlineData("Serge, Victor. 1974. From Lenin to Stalin. New York: Monad Press.", "Serge", "1974", "From Lenin to Stalin")]
    [InlineData("Woods, Alan, and Ted Grant. 1995. Reason in Revolt. London: Wellred.", "Woods; Grant", "1995", "Reason in Revolt")]
    [InlineData("Beauvoir, Simone de. 1949. Le Deuxième Sexe. Paris: Gallimard.", "Beauvoir", "1949", "Le Deuxième Sexe")]
    [InlineData("Thompson, E. P. 1963. The Making of the English Working Class. London: Gollancz.", "Thompson", "1963", "The Making of the English Working Class")]
    [InlineData("Woods, Alan, Ted Grant, and Simone de Beauvoir. 2001a. A Title. London: Wellred.", "Woods; Grant; de Beauvoir", "2001a", "A Title")]
    [InlineData("Bayes, S. M., and H. Wickes. 2014. Pipes: A forward operator for r.", "Bayes; Wickes", "2014", "Pipes: A forward operator for r")]
    [InlineData("Kowalski, S. W. J., and B. S. Bellow. 2013. Small groups at work. London: Wiley.", "Kowalski; Bellow", "2013", "Small groups at work")]
    [InlineData("Tuckey, J.W., and Tuckey, P.A. 1985. Computer graphics. Fairfax, VA.", "Tuckey; Tuckey", "1985", "Computer graphics")]
    [InlineData("McGinn, B. J., R. S. Etherton, F. He, and others. 2007. Counting species. Ecology Letters 10.", "McGinn; Etherton; He", "2007", "Counting species")]
    [InlineData("Ehrlich, Corinna Ada. n.d. “Community Pledge.” Accessed December 9, 2023. https://www.example.org/.", "Ehrlich", "n.d.", "Community Pledge")]
    public void Reads_chicago_author_date_entry(string entry, string authors, string year, string title) =>
        Check(entry, ReferenceStyle.ChicagoAuthorDate, authors, year, title);

    [Theory]
    [InlineData("Serge, Victor. From Lenin to Stalin. Monad Press, 1974.", "Serge", "1974", "From Lenin to Stalin")]
    [InlineData("Woods, Alan, and Ted Grant. Reason in Revolt. Wellred, 1995.", "Woods; Grant", "1995", "Reason in Revolt")]
    [InlineData("Rose, Jonathan. The Intellectual Life of the British Working Classes. 2nd ed., Yale UP, 2010.", "Rose", "2010", "The Intellectual Life of the British Working Classes")]
    [InlineData("Smith, John, et al. Reading Together. Penguin, 2009.", "Smith", "2009", "Reading Together")]
    [InlineData("Trommershäuser, Julia. “Decisions.” Journal of Vision, vol. 3, 2003, pp. 1–10.", "Trommershäuser", "2003", "Decisions")]
    [InlineData("Chabot, François. “Xnet.” ArXiv:1610.02357 [Cs], Apr. 2017. arXiv.org.", "Chabot", "2017", "Xnet")]
    [InlineData("Ehrlich, Corinna. “Community Pledge.” Code of Conduct, 2014. Accessed 9 Dec. 2023.", "Ehrlich", "2014", "Community Pledge")]
    public void Reads_mla_entry(string entry, string authors, string year, string title) =>
        Check(entry, ReferenceStyle.Mla, authors, year, title);

    [Fact]
    public void Takes_the_italic_words_as_the_title()
    {
        const string entry = "Smith, D. M. (2013). A comparison of initialization. Climate Dynamics, 41, 3325–3338.";
        int start = entry.IndexOf("Climate", StringComparison.Ordinal);
        var spans = new List<InlineSpan> { new(SpanKind.Emphasis, start, "Climate Dynamics".Length) };

        var parsed = ReferenceEntryParser.Parse(entry, 0, entry.Length, spans)!;

        Assert.Equal("Climate Dynamics", parsed.Title);
        Assert.Equal("A comparison of initialization", parsed.PlainTitle);
    }

    [Fact]
    public void Gives_a_repeated_author_dash_the_authors_of_the_entry_before()
    {
        const string entry = "———. 1975. Memoirs of a Revolutionary. Oxford: Oxford University Press.";

        var parsed = ReferenceEntryParser.Parse(entry, 0, entry.Length, previousAuthors: ["Serge"])!;

        Assert.Equal(["Serge"], parsed.Authors);
        Assert.Equal("1975", parsed.Year);
    }

    [Theory]
    [InlineData("Meyer, A., & Kraus, H.-V. (2022). Does scrolling harm sleep? PsyArXiv.", "Meyer; Kraus")]
    [InlineData("Parkel, J.M. 2018. Charting tools. Nature 554: 133–134.", "Parkel")]
    public void Reads_initials_written_with_a_hyphen_or_without_their_last_stop(string entry, string authors)
    {
        var parsed = ReferenceEntryParser.Parse(entry, 0, entry.Length);

        Assert.Equal(authors, string.Join("; ", parsed!.Authors));
    }

    [Fact]
    public void Does_not_take_a_title_after_a_stop_for_an_author()
    {
        const string entry = "Radley. Language Models Are Good Readers. 2019, https://example.org/blog/.";

        Assert.Null(ReferenceEntryParser.Parse(entry, 0, entry.Length));
    }

    [Fact]
    public void Places_the_year_in_the_text()
    {
        const string entry = "Serge, V. (1974). From Lenin to Stalin. Monad Press.";

        var parsed = ReferenceEntryParser.Parse(entry, 0, entry.Length)!;

        Assert.Equal("1974", entry.Substring(parsed.YearStart, parsed.YearLength));
        Assert.Equal("Serge, V", entry.Substring(parsed.Start, parsed.AuthorsLength));
    }

    [Theory]
    [InlineData("All translations from the Russian are my own.")]
    [InlineData("The archive holds further material on the 1903 congress.")]
    [InlineData("University Press.")]
    [InlineData("Class. Gollancz.")]
    [InlineData("")]
    public void Does_not_read_prose_as_an_entry(string text)
    {
        Assert.Null(ReferenceEntryParser.Parse(text, 0, text.Length));
    }

    [Theory]
    [InlineData("Marlow, T.; Quince, R.J.; Okafor, N. Harbour Lights and Their Keepers. J. Coast. Hist. 2001, 3, 1–9, doi:10.1000/jch.2001.3.", "Marlow; Quince; Okafor", "2001", "Harbour Lights and Their Keepers")]
    [InlineData("Ferrand, L.; Havel, J.; et al. The Lamp Room. Sea Rev. 1998, 12, 44–51.", "Ferrand; Havel", "1998", "The Lamp Room")]
    [InlineData("Marlow T, Quince R, Okafor N. Harbour lights and their keepers. J Coast Hist. 2001;3:1–9.", "Marlow; Quince; Okafor", "2001", "Harbour lights and their keepers")]
    [InlineData("T. Marlow, R. J. Quince, and N. Okafor, “Harbour lights and their keepers,” J. Coast. Hist., vol. 3, pp. 1–9, 2001.", "Marlow; Quince; Okafor", "2001", "Harbour lights and their keepers")]
    [InlineData("Harbour Lights Archive – online register of the coast guard, accessed 2020", "", null, "Harbour Lights Archive – online register of the coast guard, accessed 2020")]
    public void Reads_an_entry_of_a_numbered_list(string entry, string authors, string? year, string title)
    {
        var parsed = ReferenceEntryParser.ParseNumbered(entry, 0, entry.Length);

        Assert.Equal(ReferenceStyle.Numbered, parsed.Style);
        Assert.Equal(authors, string.Join("; ", parsed.Authors));
        Assert.Equal(year, parsed.Year);
        Assert.Equal(title, parsed.Title);
    }

    [Theory]
    [InlineData("12. Marlow T. Harbour lights.", 12, "12.")]
    [InlineData("[3] Marlow T. Harbour lights.", 3, "[3]")]
    [InlineData("[3]Marlow T. Harbour lights.", 3, "[3]")]
    [InlineData("7) Marlow T. Harbour lights.", 7, "7)")]
    [InlineData("[14] – Harbour Lights Archive", 14, "[14]")]
    public void Reads_the_number_of_an_entry(string entry, int number, string label)
    {
        var found = ReferenceEntryParser.NumberLabel(entry, 0, entry.Length);

        Assert.NotNull(found);
        Assert.Equal(number, found.Value.Number);
        Assert.Equal(label, entry.Substring(found.Value.Start, found.Value.Length));
    }

    [Theory]
    [InlineData("1998. Harbour lights.")]
    [InlineData("Marlow T. Harbour lights.")]
    [InlineData("[0] Nothing.")]
    public void Text_that_opens_with_no_entry_number_has_none(string entry)
    {
        Assert.Null(ReferenceEntryParser.NumberLabel(entry, 0, entry.Length));
    }

    private static void Check(string entry, ReferenceStyle style, string authors, string year, string title)
    {
        var parsed = ReferenceEntryParser.Parse(entry, 0, entry.Length);

        Assert.NotNull(parsed);
        Assert.Equal(style, parsed.Style);
        Assert.Equal(authors, string.Join("; ", parsed.Authors));
        Assert.Equal(year, parsed.Year);
        Assert.Equal(title, parsed.Title);
    }
}
