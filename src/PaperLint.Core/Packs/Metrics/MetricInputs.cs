using PaperLint.Core.Model;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Packs.Metrics;

/// <summary>
/// The variables a <c>metric</c> formula may use, as Vale names them: counts over the document's prose
/// (paragraphs, list items, block quotations, notes; not headings, table cells or code) and counts of its
/// structure. Each block is counted once per run and shared by every metric rule; each rule then adds up
/// the blocks it looks at (its languages, and block quotations only when it looks inside quotations).
/// </summary>
internal sealed class MetricInputs
{
    /// <summary>Every variable name, in the order messages list them.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "words", "sentences", "syllables", "complex_words", "long_words", "polysyllabic_words", "characters",
        "paragraphs", "pre", "list", "blockquote",
        "heading_h1", "heading_h2", "heading_h3", "heading_h4", "heading_h5", "heading_h6",
    ];

    private readonly Document _document;
    private readonly TextCounts?[] _counts;

    private MetricInputs(LintContext context)
    {
        _document = context.Document;
        var blocks = _document.Blocks;
        _counts = new TextCounts?[blocks.Count];
        for (int i = 0; i < blocks.Count; i++)
        {
            if (IsProse(blocks[i]))
            {
                _counts[i] = TextCounts.Of(blocks[i], context.SentencesOf(blocks[i]));
            }
        }
    }

    public static MetricInputs Of(LintContext context) => context.Shared("Packs.Metrics.MetricInputs", () => new MetricInputs(context));

    /// <summary>
    /// The variables over the blocks <paramref name="counted"/> accepts, or null when they hold no word (Vale
    /// reports nothing on a document without prose).
    /// </summary>
    public Dictionary<string, double>? Values(Func<Block, bool> counted)
    {
        var blocks = _document.Blocks;
        var total = default(TextCounts);
        int paragraphs = 0;
        int lists = 0;
        int quotes = 0;
        var headings = new int[7];
        for (int i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            switch (block.Kind)
            {
                case BlockKind.ListItem:
                    lists++;
                    break;
                case BlockKind.Quote:
                    quotes++;
                    break;
                case BlockKind.Heading when block.HeadingLevel is >= 1 and <= 6:
                    headings[block.HeadingLevel]++;
                    break;
            }

            if (_counts[i] is { Words: > 0 } counts && counted(block))
            {
                total += counts;
                paragraphs++;
            }
        }

        if (total.Words == 0)
        {
            return null;
        }

        var values = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["words"] = total.Words,
            ["sentences"] = total.Sentences,
            ["syllables"] = total.Syllables,
            ["complex_words"] = total.ComplexWords,
            ["long_words"] = total.LongWords,
            ["polysyllabic_words"] = total.PolysyllabicWords,
            ["characters"] = total.Characters,
            ["paragraphs"] = paragraphs,
            ["pre"] = _document.CodeBlocks,
            ["list"] = lists,
            ["blockquote"] = quotes,
        };
        for (int level = 1; level <= 6; level++)
        {
            values[$"heading_h{level}"] = headings[level];
        }

        return values;
    }

    // What Vale reads as prose for its summary: not headings, not tables.
    private static bool IsProse(Block block) => block.Kind is not (BlockKind.Heading or BlockKind.TableCell);
}
