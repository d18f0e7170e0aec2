namespace PaperLint.Core.Prose;

/// <summary><c>language:</c> in <c>.paperlint.yml</c>: the language of documents that do not declare their own.</summary>
public sealed record LanguageSettings
{
    public static readonly LanguageSettings Default = new();

    /// <summary>A BCP 47 tag (<c>en</c>, <c>de-CH</c>), or null when the configuration says nothing.</summary>
    public string? Language { get; init; }
}
