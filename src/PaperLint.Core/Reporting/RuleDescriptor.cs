using PaperLint.Core.Rules;

namespace PaperLint.Core.Reporting;

/// <summary>What a report needs to say about a rule that ran: its id, what it checks, its level in force and its page.</summary>
public sealed record RuleDescriptor(string Id, string Description, Severity Level, string? Link = null);
