using PaperLint.Core.Config;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Core.Rules.Consistency;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Consistency;

public sealed class QuoteMarksTests
{
    private static readonly QuoteMarks Rule = new();

    [Fact]
    public void Passes_a_paper_that_keeps_to_one_style()
    {
        RuleTester.Valid(
            Rule,
            "She called it “the people’s university”, and the readers’ letters agree.",
            "She called it \"the people's university\", and the readers' letters agree.",
            // Straight double marks with curly apostrophes: each kind is counted on its own.
            "She called it \"the people’s university\", and the readers’ letters agree.",
            // Feet and inches are not quotation marks.
            "The shelves stood 7' 6\" high in the “new” room.",
            "The card is \"wlan0\", and the shelves stood 6\" apart.",
            // A quotation over several paragraphs opens each of them and closes at its end.
            "He wrote: “The room was full every night.\n\n“Men came from the docks and the mills.\n\n“Nobody left before ten.”");
    }

    [Fact]
    public void Leaves_code_and_urls_alone()
    {
        RuleTester.Valid(
            Rule,
            [SourceFormat.Markdown],
            "The “catalogue” lists `\"shelf\"` and <https://example.org/a\"b>, and the “index”.");
    }

    [Fact]
    public void Leaves_a_quoted_value_in_a_url_alone_but_not_marks_around_a_url()
    {
        RuleTester.Valid(
            Rule,
            "The archive at https://example.org/find?q=\"tea+room\"&year=\"1901\" lists the “reading room” and the “lecture hall”.");
        RuleTester.Invalid(
            Rule,
            "The “catalogue” and the “index” both cite \"https://example.org/shelf\" for the “map room”.",
            new Expected("\"", "“", 1, 43),
            new Expected("\"", "”", 1, 69));
    }

    [Fact]
    public void Carries_a_quotation_over_a_page_break_of_a_text_file()
    {
        // The page's last line is its number; the next page opens with its running head, then the quotation goes on.
        RuleTester.Valid(
            Rule,
            [SourceFormat.PlainText, SourceFormat.Markdown],
            "The caretaker wrote that “the hall was full every night. The lamps burned until\n12\n\nA History of the Reading Rooms\nten o’clock.” Nobody complained.");

        // The page number as a paragraph of its own, in every format.
        RuleTester.Valid(
            Rule,
            "The caretaker wrote that “the hall was full every night. The lamps burned until\n\n12\n\nten o’clock.” Nobody complained.");

        // A quotation that the next page does not close either is still reported.
        RuleTester.Invalid(
            Rule,
            [SourceFormat.PlainText, SourceFormat.Markdown],
            "The caretaker wrote that “the hall was full every night.\n12\n\nA History of the Reading Rooms\nNobody complained.\n\nThe lamps burned until ten.",
            new Expected("“", Line: 1, Column: 26));
    }

    [Fact]
    public void Reports_straight_double_marks_among_curly_ones()
    {
        RuleTester.Invalid(
            Rule,
            "The “reading habit” spread.\n\nThe \"library habit\" followed, and the “lecture habit”.",
            new Expected("\"", "“", 3, 5),
            new Expected("\"", "”", 3, 19));

        var finding = Rule.Check(LintContext.For(TestDocuments.From(SourceFormat.PlainText, "The “a” and “b” and \"c\"."))).First();
        Assert.Equal("straight quotation mark among curly ones (2× against 4× quotation marks); use “", finding.Message);
    }

    [Fact]
    public void Reports_a_straight_apostrophe_among_curly_ones()
    {
        RuleTester.Invalid(
            Rule,
            "The readers’ room and the members’ room.\n\nThe librarian's desk stood by the door.",
            new Expected("'", "’", 3, 14));

        var finding = Assert.Single(Rule.Check(LintContext.For(TestDocuments.From(SourceFormat.PlainText, "The readers’ room, the members’ room and the librarian's desk."))));
        Assert.Equal("straight apostrophe among curly ones (1× against 2× apostrophes and single quotation marks); use ’", finding.Message);
    }

    [Fact]
    public void Reports_a_quotation_opened_and_never_closed_in_its_paragraph()
    {
        RuleTester.Invalid(
            Rule,
            "She wrote “the room was full and the lamps were lit.\n\nThe next paragraph is the author’s own.",
            new Expected("“", Line: 1, Column: 11));
        RuleTester.Invalid(
            Rule,
            "He said \"enough and left. Then \"more\" came.",
            new Expected("\"", Line: 1, Column: 9));

        var finding = Assert.Single(Rule.Check(LintContext.For(TestDocuments.From(SourceFormat.PlainText, "She wrote “the room was full."))));
        Assert.Equal("this “ opens a quotation that is not closed in its paragraph; close it with ” (a quotation that runs over several paragraphs opens each of them with a quotation mark)", finding.Message);
    }

    [Fact]
    public void House_style_wins_over_the_majority()
    {
        var context = LintSettings.Default.With(new ConsistencyOptions { Prefer = ["straight"] });
        var findings = Rule.Check(LintContext.For(TestDocuments.From(SourceFormat.PlainText, "The “a” and “b” and \"c\"."), context)).ToList();

        Assert.Equal(["“", "”", "“", "”"], findings.Select(f => f.Match));
        Assert.Equal(["\"", "\"", "\"", "\""], findings.Select(f => Assert.Single(f.Suggestions)));
        Assert.EndsWith("use \" (house style)", findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Does_not_count_the_reference_list()
    {
        RuleTester.Valid(Rule, "The “reading habit” spread.\n\nReferences\n\nSmith, A. (1990). \"Reading rooms\". Journal of Libraries.");
    }

    // German: „…“ closes with the mark English opens with; ‚…‘ inside; or »…« with ›…‹; Swiss «…» with ‹…›.
    private const string GermanLow = "Der Kritiker schreibt, das Buch sei „ein ‚Meisterwerk‘ der kleinen Form“, und er meint es nicht ironisch, denn er lobt auch die anderen Texte aus dem Band.";
    private const string GermanChevrons = "Der Kritiker schreibt, das Buch sei »ein ›Meisterwerk‹ der kleinen Form«, und er meint es nicht ironisch, denn er lobt auch die anderen Texte aus dem Band.";
    private const string Swiss = "Der Kritiker schreibt, das Buch sei «ein ‹Meisterwerk› der kleinen Form», und er meint es nicht ironisch, denn er lobt auch die anderen Texte aus dem Band.";

    [Fact]
    public void Passes_each_system_of_german_quotation_marks()
    {
        RuleTester.Valid(
            Rule,
            GermanLow,
            GermanChevrons,
            Swiss,
            "Der Verfasser nennt die Stadt einen „Ort der Begegnung“. Das ist nicht übertrieben, denn auf dem „Markt“ treffen sich die Leute aus dem Umland.",
            // A German quotation over several paragraphs opens each of them again.
            "Er schrieb dazu: „Die Säle waren jeden Abend voll.\n\n„Die Leute kamen aus den Fabriken und von den Docks.\n\n„Keiner ging vor zehn Uhr nach Hause.“");
    }

    [Fact]
    public void German_marks_are_german_even_where_word_declares_english()
    {
        // Word's default language says en-US; the words say German, and the quotation marks are German.
        var docx = new DocxFixture()
            .DefaultLanguage("en-US")
            .Paragraph("Der Kritiker nennt das Buch „ein Meisterwerk“ und die Erzählung „ein Juwel“, aber den Roman nur \"eine Fingerübung\" aus dem Nachlass.")
            .Build();
        var findings = Rule.Check(LintContext.For(DocumentLoader.Load(docx, "paper.docx"))).ToList();

        Assert.Equal(["„", "“"], findings.Select(f => Assert.Single(f.Suggestions)));
        Assert.Equal("straight quotation mark among typographic ones (2× against 4× quotation marks); use „", findings[0].Message);
    }

    [Fact]
    public void Reports_straight_marks_among_german_ones()
    {
        RuleTester.Invalid(
            Rule,
            "Der Kritiker nennt das Buch „ein Meisterwerk“ und die Erzählung „ein Juwel“, aber den Roman nur \"eine Fingerübung\" aus dem Nachlass.",
            new Expected("\"", "„"),
            new Expected("\"", "“"));
    }

    [Fact]
    public void Reports_a_second_system_for_the_same_level_in_one_language()
    {
        RuleTester.Invalid(
            Rule,
            "Der Kritiker nennt das Buch „ein Meisterwerk“ und die Erzählung „ein Juwel“, aber den Roman nur »eine Fingerübung« aus dem Nachlass.",
            new Expected("»", "„"));

        var finding = Assert.Single(Rule.Check(LintContext.For(TestDocuments.From(SourceFormat.PlainText, "Der Kritiker nennt das Buch „ein Meisterwerk“ und die Erzählung „ein Juwel“, aber den Roman nur »eine Fingerübung« aus dem Nachlass."))));
        Assert.Equal("a quotation in »…« among quotations in „…“ (1× against 2×); use „", finding.Message);
    }

    [Fact]
    public void Reports_a_german_quotation_opened_and_never_closed()
    {
        RuleTester.Invalid(
            Rule,
            "Der Kritiker nennt das Buch „ein Meisterwerk und lobt auch die anderen Texte aus dem Band.",
            new Expected("„"));

        var finding = Assert.Single(Rule.Check(LintContext.For(TestDocuments.From(SourceFormat.PlainText, "Der Kritiker nennt das Buch „ein Meisterwerk und lobt auch die anderen Texte aus dem Band."))));
        Assert.StartsWith("this „ opens a quotation that is not closed in its paragraph; close it with “", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_language_of_a_paper_keeps_its_own_marks()
    {
        // A German paper with an English abstract: „…“ in the one and "…" in the other are not a mix.
        const string German = "Der Verfasser nennt die Stadt einen „Ort der Begegnung“, und das ist nicht übertrieben, denn auf dem Markt treffen sich die Leute aus dem ganzen Umland.";
        const string English = "The author calls the market \"a place of encounter\", and that is not an exaggeration, for it is where the people of the whole region meet.";
        RuleTester.Valid(Rule, German + "\n\n" + English);

        RuleTester.Invalid(
            Rule,
            German + "\n\n" + "Die Leute nennen den Markt \"das Herz der Stadt\", und auch die Händler aus dem Umland sind mit dem Platz sehr zufrieden, weil er nicht weit ist.",
            new Expected("\"", "„"),
            new Expected("\"", "“"));
    }

    [Fact]
    public void Passes_french_guillemets_with_their_spaces_and_english_marks_inside()
    {
        RuleTester.Valid(
            Rule,
            "L’auteur appelle la ville « un lieu où, comme on dit, “tout le monde se croise” », et ce n’est pas exagéré : c’est sur la place du marché que les gens se retrouvent.",
            "L’auteur appelle la ville «\u00A0un lieu de rencontre\u00A0», et ce n’est pas exagéré\u202F: c’est sur la place du marché que les gens se retrouvent.",
            "L'auteur appelle la ville «un lieu de rencontre», et ce n'est pas exagéré : c'est sur la place du marché que les gens se retrouvent.",
            // A dialogue in guillemets: the turns start with a dash and the last one closes it.
            "« Vous venez ce soir ? demanda-t-elle.\n\n— Oui, répondit-il, je viens avec les enfants et nous restons pour le dîner. »");
    }

    [Fact]
    public void Reports_english_marks_beside_guillemets_for_french_quotations()
    {
        RuleTester.Invalid(
            Rule,
            "L’auteur appelle la ville « un lieu de rencontre » et le marché « un théâtre », mais il dit aussi que la gare est “un désert” pour les voyageurs.",
            new Expected("“", "«"));
    }

    [Fact]
    public void In_french_guillemets_win_over_english_marks_even_when_used_less()
    {
        const string Text = "L’auteur appelle la gare “un désert” et le quai “un couloir”, puis le hall “une cathédrale”, mais la ville reste « un lieu de rencontre » pour lui.";
        RuleTester.Invalid(Rule, Text, new Expected("“", "«"), new Expected("“", "«"), new Expected("“", "«"));

        var finding = Rule.Check(LintContext.For(TestDocuments.From(SourceFormat.PlainText, Text))).First();
        Assert.EndsWith("use «, the marks of the text's language", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_straight_apostrophes_among_curly_ones_in_french()
    {
        RuleTester.Invalid(
            Rule,
            "L’auteur dit que c’est l’été et qu'il fait chaud dans la ville, mais les gens ne sortent pas de chez eux.",
            new Expected("'", "’"));
    }

    [Fact]
    public void Passes_spanish_italian_and_portuguese_quotations_nested_as_their_languages_nest_them()
    {
        RuleTester.Valid(
            Rule,
            "El autor dice: «Mi abuela repetía “el refrán de ‘más vale tarde’ que tanto le gustaba”», y también los vecinos de los pueblos llegan hasta la plaza, pero el mercado solo abre los sábados.",
            "L’autore scrive: «Mia nonna ripeteva “chi va piano va sano” ogni giorno», e non esagera: anche gli abitanti dei paesi vicini arrivano nella piazza, che è il cuore della vita.",
            "O autor escreve: «A minha avó dizia “devagar se vai ao longe” todos os dias», e não exagera: também os moradores vão à praça pela manhã, e isso já foi assim muito antes.",
            "O autor escreve: “A minha avó dizia ‘devagar se vai ao longe’ todos os dias”, e não exagera: também os moradores vão à praça pela manhã, e isso já foi assim muito antes.");
    }

    [Fact]
    public void Passes_measures_ditto_marks_and_quotations_of_quotations()
    {
        RuleTester.Valid(
            Rule,
            // Feet and inches curled by Word's autocorrect are no quotation marks.
            "He called it \"the annex\", a room 12’ 6” long with a \"view\" of the yard.",
            // A ditto mark stands alone.
            "The first row reads “north wing”, and the second row reads \" \" below it.",
            // Quotation marks quoted: the second straight mark closes.
            "Type a left bracket \"[\", a pound sign \"#\", and a space.",
            // A curly quotation inside one of its own kind.
            "She wrote that “the plan was “sound” and cheap” in her report.",
            // A quotation of a quotation, interrupted by the author.
            "The court looked at the record “for ‘the sole purpose of” the court’s “review.’” and stopped there.",
            // A paragraph broken inside a sentence goes on in the next one.
            "He quoted the report: “the rooms were cold and\n\nthe windows never closed.” That was all.");
    }
}
