using PaperLint.Core.Citations;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Rules.Attribution;

/// <summary>A correct paper with twenty cited quotations and every reference used gives no attribution finding, in any format.</summary>
public sealed class CorrectPaperTests
{
    /// <summary>Real works, quoted as printed; cited in the ways papers cite.</summary>
    private const string Paper = """
        # Reading and Improvement in Victorian Britain

        Samuel Smiles opened *Self-Help* with a proverb: "Heaven helps those who help themselves is a well-tried maxim" (Smiles, 1859, p. 1). He went on to claim that "the spirit of self-help is the root of all genuine growth in the individual" (Smiles, 1859, p. 1).

        Ruskin divided reading into two kinds:

        > All books are divisible into two classes, the books of the hour, and the books of all time. (Ruskin, 1865, p. 10)

        In *Unto This Last* he put the case against the economists: "That country is the richest which nourishes the greatest number of noble and happy human beings" (Ruskin, 1862, p. 156).

        Arnold (1869) asked his readers to know "the best which has been thought and said in the world" (p. viii).

        Mill (1859) set one limit on society: "the only purpose for which power can be rightfully exercised over any member of a civilized community, against his will, is to prevent harm to others". He added that "over himself, over his own body and mind, the individual is sovereign" (Mill, 1859, ch. 1).

        On opinion Mill was as firm:

        > If all mankind minus one, were of one opinion, and only one person were of the contrary opinion, mankind would be no more justified in silencing that one person, than he, if he had the power, would be justified in silencing mankind.

        (Mill, 1859, ch. 2)

        Readers met the novels of the age in the same rooms. Dickens began one with "It was the best of times, it was the worst of times" (Dickens, 1859, p. 1) and ended it with "It is a far, far better thing that I do, than I have ever done" (Dickens, 1859).

        Another opens in a schoolroom: "Now, what I want is, Facts. Teach these boys and girls nothing but Facts."[^1]

        Mr Micawber's arithmetic was quoted in every savings society: "Annual income twenty pounds, annual expenditure nineteen nineteen and six, result happiness" (Dickens, 1850, ch. 12).

        Austen (1813) had begun a novel with "It is a truth universally acknowledged, that a single man in possession of a good fortune, must be in want of a wife" (p. 1).

        Science reached the reading room as well. Darwin ended his book with a sentence often read aloud: "from so simple a beginning endless forms most beautiful and most wonderful have been, and are being, evolved" (Darwin, 1859, p. 490). Just before, he wrote that "there is grandeur in this view of life, with its several powers, having been originally breathed into a few forms or into one" (Darwin, 1859, p. 490).

        Poetry was read there too. Tennyson (1850) wrote that "'Tis better to have loved and lost than never to have loved at all" (canto 27).

        Wordsworth's return to the Wye began:

        > Five years have passed; five summers, with the length of five long winters! and again I hear these waters, rolling from their mountain-springs with a soft inland murmur. (Wordsworth & Coleridge, 1798, p. 201)

        Radical readers knew the opening of the *Manifesto*: "The history of all hitherto existing society is the history of class struggles" (Marx & Engels, 1848, p. 3). It ends: "The proletarians have nothing to lose but their chains. They have a world to win." (Marx & Engels, 1848, p. 23)

        Carlyle (1841) had said that "the history of the world is but the biography of great men" (p. 29), and the rules of one mechanics' institute asked that "no book be taken from the reading room without the leave of the librarian" (Rules of the institute, 1852).

        The catalogue of one library, the congress (1903) of the next century and the second point (2) lie beyond this paper (see above).

        # References

        Arnold, M. (1869). *Culture and Anarchy*. Smith, Elder.

        Austen, J. (1813). *Pride and Prejudice*. T. Egerton.

        Carlyle, T. (1841). *On Heroes, Hero-Worship, and the Heroic in History*. James Fraser.

        Darwin, C. (1859). *On the Origin of Species*. John Murray.

        Dickens, C. (1850). *David Copperfield*. Bradbury and Evans.

        Dickens, C. (1854). *Hard Times*. Bradbury and Evans.

        Dickens, C. (1859). *A Tale of Two Cities*. Chapman and Hall.

        Marx, K., & Engels, F. (1848). *Manifesto of the Communist Party*. Workers' Educational Association.

        Mill, J. S. (1859). *On Liberty*. John W. Parker and Son.

        Rules of the institute. (1852). *Rules of the reading room and library*.

        Ruskin, J. (1862). *Unto This Last*. Smith, Elder.

        Ruskin, J. (1865). *Sesame and Lilies*. Smith, Elder.

        Smiles, S. (1859). *Self-Help*. John Murray.

        Tennyson, A. (1850). *In Memoriam A. H. H.* Edward Moxon.

        Wordsworth, W., & Coleridge, S. T. (1798). *Lyrical Ballads*. J. & A. Arch.

        [^1]: Charles Dickens, *Hard Times* (London: Bradbury and Evans, 1854), ch. 1.
        """;

    public static TheoryData<SourceFormat> Formats => new() { SourceFormat.Markdown, SourceFormat.Docx, SourceFormat.PlainText };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Correct_paper_gives_no_attribution_finding(SourceFormat format)
    {
        var document = PaperDocuments.From(format, Paper);

        var findings = PaperLint.Core.Rules.BuiltInRules.All
            .Where(r => r.Id.StartsWith("Attribution.", StringComparison.Ordinal))
            .SelectMany(r => r.Check(LintContext.For(document)))
            .ToList();

        Assert.True(findings.Count == 0, string.Join("\n", findings.Select(f => $"{f.RuleId} '{f.Match}' at {f.Location}: {f.Message}")));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Correct_paper_has_twenty_quotations_each_cited(SourceFormat format)
    {
        var analysis = LintContext.For(PaperDocuments.From(format, Paper)).Attribution;

        // Text files set off no quotation without a citation, so all twenty are found there too.
        Assert.True(analysis.Quotations.Count >= 20, $"{format}: {analysis.Quotations.Count} quotations");
        Assert.All(analysis.Sources, s => Assert.True(s.IsCited, s.Quotation.Opening()));
        Assert.Equal(15, analysis.Entries.Count);
    }
}
