using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Citations;

/// <summary>Quotations in quotation marks, in the marks of each language: what the quotation-aware rules see.</summary>
public sealed class InlineQuotationsTests
{
    [Theory]
    [InlineData("Er nannte sie „die Stadt der tausend Brücken“ und lachte.", "die Stadt der tausend Brücken")]
    [InlineData("Er nannte sie ‚die Stadt der tausend Brücken‘ und lachte.", "die Stadt der tausend Brücken")]
    [InlineData("Er nannte sie »die Stadt der tausend Brücken« und lachte.", "die Stadt der tausend Brücken")]
    [InlineData("Er nannte sie ›die Stadt der tausend Brücken‹ und lachte.", "die Stadt der tausend Brücken")]
    [InlineData("Er nannte sie «die Stadt der tausend Brücken» und lachte.", "die Stadt der tausend Brücken")]
    [InlineData("Il l’appelait « la ville aux mille ponts » en riant.", " la ville aux mille ponts ")]
    [InlineData("Il l’appelait «\u00A0la ville aux mille ponts\u00A0» en riant.", "\u00A0la ville aux mille ponts\u00A0")]
    [InlineData("Il l’appelait ‹ la ville aux mille ponts › en riant.", " la ville aux mille ponts ")]
    [InlineData("He called it “the city of a thousand bridges” and laughed.", "the city of a thousand bridges")]
    [InlineData("He called it \"the city of a thousand bridges\" and laughed.", "the city of a thousand bridges")]
    [InlineData("He called it ‘the city of a thousand bridges’ and laughed.", "the city of a thousand bridges")]
    public void Finds_a_quotation_in_the_marks_of_each_language(string text, string quoted)
    {
        var quotation = Assert.Single(InlineQuotations.Find(text));

        Assert.Equal(quoted, text.Substring(quotation.Start, quotation.Length));
        Assert.Equal(quoted.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).Length, quotation.Words);
    }

    [Fact]
    public void The_closing_mark_of_german_does_not_open_a_quotation_of_its_own()
    {
        const string Text = "Er nannte sie „die Stadt“, und sie nannte ihn „den Mann der Brücken“.";

        var found = InlineQuotations.Find(Text).Select(q => Text.Substring(q.Start, q.Length));

        Assert.Equal(["die Stadt", "den Mann der Brücken"], found);
    }

    [Fact]
    public void Quotations_nested_in_the_marks_of_one_system_are_one_quotation()
    {
        const string German = "Sie schrieb: „Er sagte ‚nie wieder‘ und ging.“ Dann schwieg sie.";
        const string French = "Elle écrit : « Il a dit “plus jamais” et il est parti. » Puis elle se tut.";
        const string Nested = "Sie schrieb: „»Paris!« rief er.“ Dann schwieg sie.";

        Assert.Equal("Er sagte ‚nie wieder‘ und ging.", Inner(German));
        Assert.Equal(" Il a dit “plus jamais” et il est parti. ", Inner(French));
        Assert.Equal("»Paris!« rief er.", Inner(Nested));

        static string Inner(string text)
        {
            var q = Assert.Single(InlineQuotations.Find(text));
            return text.Substring(q.Start, q.Length);
        }
    }

    [Theory]
    [InlineData("Il l’appelait l’homme des ponts, et c’était vrai.")]
    [InlineData("L'homme qu'il appelait l'ingénieur n'était pas là.")]
    [InlineData("Das ist’s, was er meinte, und er ging’s an.")]
    [InlineData("Die Überschrift lautet: Startseite » Archiv » 2020.")]
    public void An_apostrophe_or_a_lone_guillemet_is_no_quotation(string text)
    {
        Assert.Empty(InlineQuotations.Find(text));
    }

    [Fact]
    public void Words_in_german_quotation_marks_are_another_authors_in_every_format()
    {
        const string Text = "Der Kritiker nannte den Band „eine Sammlung von Feuilletons, die man in fünf Minuten liest“ und lobte ihn.";

        foreach (var format in TestDocuments.AllFormats)
        {
            var context = LintContext.For(TestDocuments.From(format, Text));
            var block = context.Document.Blocks[0];

            Assert.False(context.IsAuthorsProse(block, block.Text.IndexOf("Feuilletons", StringComparison.Ordinal), 11), format.ToString());
            Assert.True(context.IsAuthorsProse(block, block.Text.IndexOf("lobte", StringComparison.Ordinal), 5), format.ToString());
        }
    }

    [Theory]
    [InlineData("Blume et al. state that “the degree of overlap conveys how much the data support the null.\n\nHowever definite findings are not affected by the scale.” We agree.", "However definite findings are not affected by the scale", "agree")]
    [InlineData("Sie schrieb: „Die Stadt war leer.\n\n„Und die Brücken standen still“, schrieb sie weiter.", "Und die Brücken standen still", "weiter")]
    [InlineData("« Que faudra-t-il donc apprendre à mon fils ? disait-il.\n\n— À être aimable, répondit l’ami. » Madame se tut.", "À être aimable", "Madame")]
    public void A_quotation_that_runs_over_a_paragraph_break_covers_both_paragraphs(string text, string continued, string after)
    {
        foreach (var format in TestDocuments.AllFormats)
        {
            var context = LintContext.For(TestDocuments.From(format, text));
            var (first, second) = (context.Document.Blocks[0], context.Document.Blocks[1]);

            // The end of the first paragraph, the words of the second up to the closing mark, and nothing after it.
            Assert.False(context.IsAuthorsProse(first, first.Text.Length - 6, 5), format.ToString());
            Assert.False(context.IsAuthorsProse(second, second.Text.IndexOf(continued, StringComparison.Ordinal), continued.Length), format.ToString());
            Assert.True(context.IsAuthorsProse(second, second.Text.IndexOf(after, StringComparison.Ordinal), after.Length), format.ToString());
        }
    }

    [Fact]
    public void An_opening_mark_nobody_closes_is_not_carried_into_a_paragraph_that_opens_its_own()
    {
        // The author forgot a closing mark; the next paragraph quotes something else, so it is not a continuation.
        const string Text = "He called it “the city of bridges and left.\n\nShe answered “never again” and stayed at home that night.";

        foreach (var format in TestDocuments.AllFormats)
        {
            var context = LintContext.For(TestDocuments.From(format, Text));
            var second = context.Document.Blocks[1];

            Assert.True(context.IsAuthorsProse(second, 0, 11), format.ToString());
            Assert.True(context.IsAuthorsProse(second, second.Text.IndexOf("stayed", StringComparison.Ordinal), 6), format.ToString());
        }
    }

    [Fact]
    public void A_quotation_left_open_in_one_list_item_does_not_run_into_the_next()
    {
        // Each item stands alone: an unclosed mark in one is a slip there, not a quotation the next item closes.
        var context = LintContext.For(TestDocuments.From(SourceFormat.Markdown, "- He called it “the city of bridges\n- and left the city.” Then he stayed."));
        var second = context.Document.Blocks[1];

        Assert.True(context.IsAuthorsProse(second, 0, 3));
    }
}
