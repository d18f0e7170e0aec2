namespace PaperLint.Samples.Plugin;

/// <summary>The plug-in's settings, read from the <c>sample:</c> section of <c>.paperlint.yml</c>.</summary>
public sealed record SampleSettings
{
    public static readonly SampleSettings Default = new();

    /// <summary>A sentence of more words than this is reported.</summary>
    public int MaxWords { get; init; } = 40;
}
