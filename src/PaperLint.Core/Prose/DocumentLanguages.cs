using PaperLint.Core.Model;

namespace PaperLint.Core.Prose;

/// <summary>
/// The language of each block of one document: what the file and the configuration declare, set against a guess
/// from the words of the text. What an author states on purpose (Markdown front matter, <c>language:</c> in the
/// configuration) is the document's language; Word's default language is not stated on purpose (it is en-US on
/// most installations, whatever the author writes), so it decides only when the text is too short to guess. A paragraph long enough to
/// guess clearly is taken for what it is written in, whatever is declared for it: Word tags runs with the
/// keyboard's language, and a German author's English paper comes out as German.
/// </summary>
internal sealed class DocumentLanguages
{
    /// <summary>Function words a paragraph needs for its own guess (about thirty words of running text).</summary>
    public const int BlockMinHits = 8;

    /// <summary>Function words the whole document needs for a guess: a short text is still clearly one language.</summary>
    public const int DocumentMinHits = 4;

    private readonly Document _document;

    // The language of each block, by its place in the document.
    private readonly string?[] _blocks;

    public DocumentLanguages(Document document, string? configured)
        : this(document, configured, null)
    {
    }

    /// <param name="scores">The score of each block's own words (by block number), as <see cref="ScoreOwnWords"/> gives it; null: computed here.</param>
    public DocumentLanguages(Document document, string? configured, IReadOnlyList<LanguageScore>? scores)
    {
        scores ??= [.. document.Blocks.Select(b => ScoreOwnWords(b.Text, InlineQuotations.Find(b.Text)))];
        _document = document;
        _blocks = new string?[document.Blocks.Count];

        var total = new LanguageScore();
        foreach (var score in scores)
        {
            total.Add(score);
        }

        string? guessed = total.Clear(DocumentMinHits);
        string? declared = LanguageTags.Primary(document.Language);
        string? configuredLanguage = LanguageTags.Primary(configured);
        Language = document.Format == SourceFormat.Docx
            ? configuredLanguage ?? guessed ?? declared
            : declared ?? configuredLanguage ?? guessed;

        var ownGuesses = scores.Select(s => s.Clear(BlockMinHits)).ToList();
        bool trustBlocks = TrustsBlockDeclarations(document.Blocks, ownGuesses);
        for (int i = 0; i < document.Blocks.Count; i++)
        {
            var block = document.Blocks[i];
            _blocks[i] = ownGuesses[i] ?? (trustBlocks ? LanguageTags.Primary(block.Language) : null) ?? Language;
        }
    }

    /// <summary>The language of the document as a whole, for blocks too short to tell; null when nothing says.</summary>
    public string? Language { get; }

    public string? Of(Block block) =>
        _document.IndexOf(block) is >= 0 and var index && index < _blocks.Length
            ? _blocks[index]
            : ScoreOwnWords(block.Text, InlineQuotations.Find(block.Text)).Clear(BlockMinHits) ?? LanguageTags.Primary(block.Language) ?? Language;

    // Words in quotation marks are another author's and may be in another language; the paragraph's marks and
    // sentences are in its author's.
    /// <summary>The score of a text's own words: those outside <paramref name="marks"/>, its stretches in quotation marks. The score is not changed afterwards.</summary>
    internal static LanguageScore ScoreOwnWords(string text, IReadOnlyList<InlineQuotation> marks)
    {
        var score = new LanguageScore();
        int from = 0;
        foreach (var quotation in marks)
        {
            score.Add(LanguageGuess.Score(text.AsSpan(from, Math.Max(0, quotation.Start - from))));
            from = Math.Max(from, quotation.End);
        }

        score.Add(LanguageGuess.Score(text.AsSpan(from)));
        return score;
    }

    // The languages a file declares for its paragraphs are believed unless the paragraphs long enough to tell say
    // otherwise more often than they agree: then the declarations come from a keyboard, not from the author.
    private static bool TrustsBlockDeclarations(IReadOnlyList<Block> blocks, List<string?> guesses)
    {
        int agree = 0, disagree = 0;
        for (int i = 0; i < blocks.Count; i++)
        {
            if (LanguageTags.Primary(blocks[i].Language) is { } own && guesses[i] is { } guess)
            {
                if (own == guess)
                {
                    agree++;
                }
                else
                {
                    disagree++;
                }
            }
        }

        return disagree <= agree;
    }
}
