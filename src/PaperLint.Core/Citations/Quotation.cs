using PaperLint.Core.Model;

namespace PaperLint.Core.Citations;

/// <summary>A quoted passage: one or more whole blocks, or a stretch in quotation marks within one block.</summary>
public sealed record Quotation
{
    public required QuotationKind Kind { get; init; }

    /// <summary>The blocks the quotation spans, in order (one for an inline quotation).</summary>
    public required IReadOnlyList<Block> Blocks { get; init; }

    /// <summary>Where the quotation begins in its first block: the opening mark of an inline quotation, 0 for a block.</summary>
    public required int Start { get; init; }

    /// <summary>Where the quotation ends in its last block (exclusive): after the closing mark of an inline quotation.</summary>
    public required int End { get; init; }

    /// <summary>How many words it quotes.</summary>
    public int Words { get; init; }

    /// <summary>An inline quotation in title case: the title of an article, a poem or a chapter, not quoted words.</summary>
    public bool IsTitle { get; init; }

    /// <summary>Speech (<c>“…,” he said</c>): a character's or an interviewee's words, which need no citation.</summary>
    public bool IsDialogue { get; init; }

    public Block First => Blocks[0];

    public Block Last => Blocks[^1];

    /// <summary>The first words of the quotation, for messages.</summary>
    public string Opening(int words = 6)
    {
        string text = First.Text[Start..(Blocks.Count == 1 ? End : First.Text.Length)].Replace(Block.Placeholder, '…');
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= words ? string.Join(' ', parts) : string.Join(' ', parts.Take(words)) + "…";
    }

    /// <summary>The length of <see cref="Opening"/>'s words in the first block's text, for the finding's match.</summary>
    public int OpeningLength(int words = 6)
    {
        string text = First.Text;
        int limit = Blocks.Count == 1 ? End : text.Length;
        int i = Start;
        int count = 0;
        while (i < limit && count < words)
        {
            while (i < limit && text[i] == ' ')
            {
                i++;
            }

            while (i < limit && text[i] != ' ')
            {
                i++;
            }

            count++;
        }

        return i - Start;
    }
}
