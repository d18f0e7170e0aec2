using PaperLint.Core.Config;
using PaperLint.Core.Model;
using PaperLint.Core.Packs;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;

namespace PaperLint.Tests.Packs;

/// <summary>Builds ad-hoc rules from YAML and small documents for the tests of each kind.</summary>
internal static class KindTestSupport
{
    public static IRule Rule(string yaml, string name = "Test") => PackLoader.ParseRule("Test", name, yaml, $"Test/{name}.yml");

    public static List<Finding> Check(IRule rule, string text, LintSettings? context = null) =>
        [.. rule.Check(LintContext.For(PlainTextReader.Parse("test.txt", text), context))];

    /// <summary>A one-block document whose block text is also its source, so offsets are columns.</summary>
    public static Document OneBlock(Block block) =>
        new("hand.txt", SourceFormat.PlainText, [block], block.Text);

    public static Block Block(BlockKind kind, string text) => new(kind, text) { Map = SourceMap.Identity(0, text.Length) };
}
