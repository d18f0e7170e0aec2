namespace PaperLint.Core.Packs;

// Placeholder until the pack loader lands in this session.
public static class PackLoader
{
    public static IReadOnlyList<RulePack> LoadShipped() => [];

    public static IReadOnlyList<RulePack> LoadPath(string path) => [];
}
