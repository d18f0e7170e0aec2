using PaperLint.Core.Packs;
using PaperLint.Core.Rules;

namespace PaperLint.Tests.Packs;

/// <summary>The shipped rules by id, as the tool loads them from its embedded packs.</summary>
public static class ShippedRules
{
    public static IRule Get(string id) =>
        PackLoader.LoadShipped().SelectMany(p => p.Rules).SingleOrDefault(r => r.Id == id)
        ?? throw new InvalidOperationException($"no shipped rule {id}");
}
