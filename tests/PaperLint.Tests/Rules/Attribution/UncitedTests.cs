using DocumentFormat.OpenXml.Wordprocessing;
using PaperLint.Core.Rules.Attribution;
using PaperLint.Tests.Support;
using static PaperLint.Tests.Rules.Attribution.AttributionTester;

namespace PaperLint.Tests.Rules.Attribution;

public sealed class UncitedTests
{
    private static readonly Uncited Rule = new();

    private const string References = "# References\n\nAscher, A. (2014). *The Russian Revolution*. One World.\n\nSerge, V. (1974). *From Lenin to Stalin*. Monad Press.";

    [Fact]
    public void Entries_cited_in_the_text_or_in_notes_pass()
    {
        Valid(
            Rule,
            "Everything changed (Serge, 1974). The revolution is told by Ascher (2014).\n\n" + References,
            "Everything changed (Serge, 1974).[^1]\n\n[^1]: Abraham Ascher, *The Russian Revolution* (London: One World, 2014), 109.\n\n" + References,
            "Everything changed (Serge, 1975). The revolution is told by Ascher (2014).\n\n" + References);
    }

    [Fact]
    public void In_a_paper_that_cites_in_notes_a_note_naming_the_author_cites_the_entry()
    {
        Valid(
            Rule,
            "Everything changed.[^1] The revolution was swift.[^2]\n\n[^1]: Serge, *From Lenin to Stalin*, 57.\n\n[^2]: Ascher, *The Russian Revolution*, 109.\n\n" + References);
    }

    [Fact]
    public void Reports_an_entry_whose_author_is_only_mentioned()
    {
        var findings = Invalid(
            Rule,
            "Everything changed (Serge, 1974). Ascher tells the story of the revolution well.\n\n" + References,
            new Expected("Ascher", Line: 5, Column: 1));

        Assert.Equal("Ascher is mentioned but never cited with a year; cite the work as (Ascher, 2014) where it is used, or remove the entry", findings[0].Message);
    }

    [Fact]
    public void Reports_an_entry_never_cited_nor_mentioned()
    {
        var findings = Invalid(Rule, "Everything changed (Serge, 1974).\n\n" + References, new Expected("Ascher"));

        Assert.Equal("Ascher (2014) is never cited; cite it as (Ascher, 2014) where it is used, or remove the entry", findings[0].Message);
    }

    [Fact]
    public void Says_so_when_other_works_of_the_author_are_cited()
    {
        var findings = Invalid(
            Rule,
            "Everything changed (Serge, 1974; Ascher, 2014).\n\n" + References + "\n\nSerge, V. (1951). *Memoirs of a Revolutionary*. Oxford University Press.",
            new Expected("Serge"));

        Assert.Equal("Serge (1951) is never cited (the citations of Serge give other years); cite it as (Serge, 1951) where it is used, or remove the entry", findings[0].Message);
    }

    [Fact]
    public void An_entry_named_with_its_year_however_written_is_cited()
    {
        Valid(
            Rule,
            "Everything changed (Serge, 1974), as Ascher and colleagues (2014) show.\n\n" + References,
            "Everything changed (Serge, 1974); see Ascher 2014 on this.\n\n" + References,
            "Everything changed (Serge, 1974) and @ascher2014 tells the story.\n\n" + References);
    }

    [Fact]
    public void A_typed_key_that_begins_with_the_authors_name_and_year_cites_the_entry_among_many_keys()
    {
        // Keys of every letter and case before and after the entry's, some sharing its first letters: the key is found
        // wherever it sorts among them, case aside, and a key that only begins like it (a year with a letter) counts.
        const string Others = "Others: @aaron2001, @Zed1999, @as2014, @asch2014, @ascher2013, @ASCHERS2014, @b, @serge1973, @Sergei1974, @x.\n\n";
        Valid(
            Rule,
            Others + "Everything changed (Serge, 1974) and @ASCHER2014 tells the story.\n\n" + References,
            Others + "Everything changed (Ascher, 2014) and @Serge1974a tells the story.\n\n" + References);
        Invalid(Rule, Others + "Everything changed (Serge, 1974) and @ascher201 tells the story.\n\n" + References, new Expected("Ascher"));
    }

    [Fact]
    public void An_mla_list_is_cited_by_the_authors_names_alone()
    {
        Valid(
            Rule,
            "Forgeries spread fast (Chabot). Laws follow them (Farrow).\n\n# Works Cited\n\nChabot, François. *Learning Machines*. Manning, 2017.\n\nFarrow, Kerry. *Forgery and the Law*. Oxford UP, 2019.");
    }

    [Fact]
    public void Reports_an_mla_entry_the_text_never_names()
    {
        var findings = Invalid(
            Rule,
            "Forgeries spread fast (Chabot). Laws follow them (Farrow).\n\n# Works Cited\n\nChandler, Ravi. *Fakes*. IJARND, 2019.\n\nChabot, François. *Learning Machines*. Manning, 2017.\n\nFarrow, Kerry. *Forgery and the Law*. Oxford UP, 2019.",
            new Expected("Chandler"));

        Assert.Equal("Chandler (2019) is never cited; the text never names Chandler; cite the work where it is used or remove the entry", findings[0].Message);
    }

    [Fact]
    public void Entries_of_a_list_of_further_reading_need_not_be_cited()
    {
        Valid(
            Rule,
            "Everything changed (Serge, 1974).\n\n# References\n\nSerge, V. (1974). *From Lenin to Stalin*. Monad Press.\n\n# Further Reading\n\nAscher, A. (2014). *The Russian Revolution*. One World.");
    }

    [Fact]
    public void Says_nothing_when_the_paper_cites_in_a_way_the_tool_does_not_read()
    {
        Valid(
            Rule,
            "Everything changed [1], as told before [2], [3].\n\n# References\n\nSerge, V. (1974). *From Lenin to Stalin*. Monad Press.\n\nAscher, A. (2014). *The Russian Revolution*. One World.\n\nRose, J. (2001). *The Intellectual Life*. Yale University Press.");
    }

    [Fact]
    public void A_numbered_list_is_cited_through_links_to_its_entries()
    {
        var docx = new DocxFixture()
            .ParagraphStyle("Heading1", "heading 1")
            .Body(
                DocxFixture.Para(
                    DocxFixture.TextRun("Causal "),
                    new Hyperlink(DocxFixture.TextRun("models")) { Anchor = "_1" },
                    DocxFixture.TextRun(" matter and so does "),
                    new Hyperlink(DocxFixture.TextRun("general intelligence")) { Anchor = "_2" },
                    DocxFixture.TextRun(".")),
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), DocxFixture.TextRun("Bibliographie")),
                DocxFixture.Para(new BookmarkStart { Id = "1", Name = "_1" }, new BookmarkEnd { Id = "1" }, DocxFixture.TextRun("1")),
                DocxFixture.Para(DocxFixture.TextRun("Perle, Jonah. « Diagrams of Causes ». Biometrika 82, no 4 (1995): 669-88.")),
                DocxFixture.Para(new BookmarkStart { Id = "2", Name = "_2" }, new BookmarkEnd { Id = "2" }, DocxFixture.TextRun("2")),
                DocxFixture.Para(DocxFixture.TextRun("Fjeldstad, Rune. « Why Machines Will Not Think ». Humanities 7, no 1 (2020): 1-9.")),
                DocxFixture.Para(DocxFixture.TextRun("3")),
                DocxFixture.Para(DocxFixture.TextRun("Frisby, Karl J., and Stefan J. Kiefer. « Learning or Inference? » PLoS ONE 4, no 7 (2009).")))
            .Build();
        var document = PaperLint.Core.Readers.DocumentLoader.Load(docx, "paper.docx");

        var findings = Rule.Check(PaperLint.Core.Rules.LintContext.For(document)).ToList();

        var finding = Assert.Single(findings);
        Assert.Equal("Frisby", finding.Match);
        Assert.Equal("Frisby and Kiefer (2009) is never cited; nothing in the text links to it; cite the work where it is used or remove the entry", finding.Message);
    }

    [Fact]
    public void In_a_paper_that_cites_by_number_every_entry_cited_by_its_number_passes()
    {
        Valid(Rule, "Lights were lit [1] and kept [2, 3–5] by keepers^{6} whose logs^{7,8} survive.\n\n" + Citations.NumericCitationsTests.List);
    }

    [Fact]
    public void Reports_an_entry_of_a_numbered_list_no_citation_gives_the_number_of()
    {
        var findings = Invalid(
            Rule,
            "Lights were lit [1] and kept [2–4]; keepers [6] kept logs [7, 8].\n\n" + Citations.NumericCitationsTests.List,
            new Expected("[5]", Line: 13, Column: 1));

        Assert.Equal("reference [5] Havel (2019) is never cited; cite it by its number where it is used, or remove it and renumber the list", findings[0].Message);
    }

    [Fact]
    public void An_entry_whose_authors_cannot_be_read_is_named_by_its_title()
    {
        var findings = Invalid(
            Rule,
            "Lights were lit [1] and kept [2].\n\n# References\n\n[1] Marlow T. Harbour lights. J Coast Hist. 2001;3:1–9.\n\n[2] Ferrand L. The lamp room. Sea Rev. 1998;12:44–51.\n\n[3] – Lighthouse registers of the northern coast – online archive of the coast guard",
            new Expected("[3]"));

        Assert.Equal("reference [3] “Lighthouse registers of the northern coast – online…” is never cited; cite it by its number where it is used, or remove it and renumber the list", findings[0].Message);
    }

    [Fact]
    public void Numbered_entries_in_lists_the_format_numbers_are_reported_at_their_first_author()
    {
        const string paper = "Lights were lit [1] and kept [2].\n\n# References\n\n1. Marlow T. Harbour lights. J Coast Hist. 2001;3:1–9.\n\n2. Ferrand L. The lamp room. Sea Rev. 1998;12:44–51.\n\n3. Okafor N. Signals at dusk. Mar Stud. 2010;7:100–12.";

        // Markdown prints the numbers of its ordered list; a text file and a Word paragraph keep them in the text.
        Invalid(Rule, [PaperLint.Core.Model.SourceFormat.Markdown], paper, new Expected("Okafor"));
        Invalid(Rule, [PaperLint.Core.Model.SourceFormat.Docx, PaperLint.Core.Model.SourceFormat.PlainText], paper, new Expected("3."));
    }

    [Fact]
    public void Word_numbering_numbers_the_entries_of_a_list_it_prints_the_numbers_of()
    {
        var docx = new DocxFixture()
            .ParagraphStyle("Heading1", "heading 1")
            .Numbering(DocxFixture.SimpleList(7, NumberFormatValues.Decimal, "[%1]"))
            .Body(
                DocxFixture.Para(DocxFixture.TextRun("Lights were lit [1] and kept [3].")),
                new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }), DocxFixture.TextRun("References")),
                DocxFixture.ListParagraph("Marlow T, Quince R. Harbour lights and their keepers. J Coast Hist. 2001;3:1–9.", 7),
                DocxFixture.ListParagraph("Ferrand L. The lamp room. Sea Rev. 1998;12:44–51.", 7),
                DocxFixture.ListParagraph("Okafor N, Brandt E. Signals at dusk. Mar Stud. 2010;7:100–12.", 7))
            .Build();
        var document = PaperLint.Core.Readers.DocumentLoader.Load(docx, "paper.docx");

        var finding = Assert.Single(Rule.Check(PaperLint.Core.Rules.LintContext.For(document)));

        Assert.Equal("Ferrand", finding.Match);
        Assert.Equal("reference [2] Ferrand (1998) is never cited; cite it by its number where it is used, or remove it and renumber the list", finding.Message);
        Assert.Equal("¶4", finding.Location.ToString());
    }

    private const string AccentedReferences = "# References\n\nde Beauvoir, S. (1947). *The Ethics of Ambiguity*. Citadel.\n\nŽižek, S. (2008). *Violence*. Picador.";

    [Fact]
    public void An_entry_is_cited_by_its_surname_without_its_accents_or_its_particle()
    {
        Valid(
            Rule,
            "Violence has many faces (Zizek, 2008). Ethics begins with ambiguity (Beauvoir, 1947).\n\n" + AccentedReferences,
            "Violence has many faces (Beauvoir, 1947), as the Zizek 2008 lecture showed.\n\n" + AccentedReferences);
    }

    [Fact]
    public void A_surname_written_with_a_year_counts_only_in_its_own_case()
    {
        var findings = Invalid(
            Rule,
            "Violence has many faces (Beauvoir, 1947), as the zizek 2008 lecture showed.\n\n" + AccentedReferences,
            new Expected("Žižek", Line: 7, Column: 1));

        Assert.Equal("Žižek (2008) is never cited; cite it as (Žižek, 2008) where it is used, or remove the entry", findings[0].Message);
    }

    [Fact]
    public void A_mention_of_the_author_counts_only_in_the_case_of_the_entry()
    {
        var findings = Invalid(Rule, "Violence has many faces (Beauvoir, 1947), as ŽIŽEK said.\n\n" + AccentedReferences, new Expected("Žižek"));
        Assert.Equal("Žižek (2008) is never cited; cite it as (Žižek, 2008) where it is used, or remove the entry", findings[0].Message);

        findings = Invalid(Rule, "Violence has many faces (Beauvoir, 1947), as Zizek said.\n\n" + AccentedReferences, new Expected("Žižek"));
        Assert.Equal("Žižek is mentioned but never cited with a year; cite the work as (Žižek, 2008) where it is used, or remove the entry", findings[0].Message);
    }
}
