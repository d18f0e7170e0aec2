namespace PaperLint.Core.Packs.Terms;

/// <summary>A term of a pattern set found at a word start: where, how long, and which alternative (its ordinal) it is.</summary>
internal readonly record struct TermHit(int Start, int Length, int Ordinal);
