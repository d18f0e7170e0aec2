using PaperLint.Core.Model;

namespace PaperLint.Core.Rules;

/// <summary>One thing wrong in a document: what, where, and what to do about it.</summary>
public sealed record Finding
{
    public required string RuleId { get; init; }

    public required Severity Severity { get; init; }

    /// <summary>What is wrong and what to do, in one sentence.</summary>
    public required string Message { get; init; }

    /// <summary>The exact text the rule matched.</summary>
    public required string Match { get; init; }

    public IReadOnlyList<string> Suggestions { get; init; } = [];

    public required SourceLocation Location { get; init; }

    public Excerpt? Excerpt { get; init; }

    /// <summary>A page that explains the rule, if it has one.</summary>
    public string? Link { get; init; }

    /// <summary>
    /// True when the rule vouches that replacing <see cref="Match"/> with the one suggestion is right, so that
    /// <c>paperlint fix</c> may apply it (outside quotations, code and links). A finding built with
    /// <see cref="At"/> knows its place in the model, which a fix needs.
    /// </summary>
    public bool Fixable { get; init; }

    // Where the match is in the model (set by At): a fix is placed from here, not read back from the location.
    internal Block? Block { get; init; }

    internal int Offset { get; init; }

    /// <summary>Builds a finding for text[start..start+length] of a block, with its location and excerpt.</summary>
    public static Finding At(
        Document document,
        Block block,
        int start,
        int length,
        string ruleId,
        Severity severity,
        string message,
        IReadOnlyList<string>? suggestions = null,
        string? link = null) => new()
        {
            RuleId = ruleId,
            Severity = severity,
            Message = message,
            Match = block.Text.Substring(start, length),
            Suggestions = suggestions ?? [],
            Location = document.Locate(block, start, length),
            Excerpt = document.ExcerptOf(block, start, length),
            Link = link,
            Block = block,
            Offset = start,
        };
}
