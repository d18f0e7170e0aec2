namespace PaperLint.Core.Model;

/// <summary>A short piece of the document around a match, with the match's place in it, for reports.</summary>
public sealed record Excerpt(string Text, int MatchStart, int MatchLength);
