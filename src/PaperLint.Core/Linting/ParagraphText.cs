using PaperLint.Core.Model;

namespace PaperLint.Core.Linting;

/// <summary>
/// A paragraph's text as a key of <see cref="LintMemory"/>, with its hash: the hash is taken once per block (<see
/// cref="Block.TextKey"/>) and not again by each of the memos that ask about the paragraph. A memo's dictionary hashed
/// its string key at every question, and a dozen memos ask about every paragraph of a long document at every edit: on
/// a 1 MB document, the text was hashed about ten times over for each lint.
/// </summary>
internal readonly struct ParagraphText(string text, int hash) : IEquatable<ParagraphText>
{
    public string Text { get; } = text;

    private readonly int _hash = hash;

    /// <summary>The key of <paramref name="text"/>, hashed now (a block keeps its own: <see cref="Block.TextKey"/>).</summary>
    public static ParagraphText Of(string text) => new(text, string.GetHashCode(text, StringComparison.Ordinal));

    public bool Equals(ParagraphText other) => _hash == other._hash && string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is ParagraphText other && Equals(other);

    public override int GetHashCode() => _hash;

    public override string ToString() => Text;
}
