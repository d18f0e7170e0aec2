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
        };
}
