using PaperLint.Core.Config;
using PaperLint.Core.Linting;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Linting;

/// <summary>
/// A lint lets the attribution analysis go once every rule that may ask for it has run (<c>FactUse</c>): the built-in
/// Attribution rules and any plug-in's; a rule that asks after all gets the same analysis, made again.
/// </summary>
public sealed class FactUseTests
{
    private static readonly LintPlan Plan = RuleSet.Active(PaperLintConfig.Default, []);

    [Fact]
    public void The_Attribution_rules_and_plug_ins_may_ask_for_the_analysis_and_no_other_rule_does()
    {
        var asking = Plan.Rules.Where(r => FactUse.MayAskForAttribution(r.Rule)).Select(r => r.Rule.Id).ToList();

        Assert.Equal(BuiltInRules.All.Select(r => r.Id).Where(id => id.StartsWith("Attribution.", StringComparison.Ordinal)).Order(StringComparer.Ordinal), asking.Order(StringComparer.Ordinal));
        Assert.Contains(Plan.Rules, r => r.Rule is PaperLint.Core.Packs.PackRule);
        Assert.True(FactUse.MayAskForAttribution(new Asking("Plugin.Asks")));
    }

    [Fact]
    public void Only_the_last_rule_that_may_ask_lets_the_analysis_go_in_whatever_order_they_end()
    {
        var rules = Plan.Rules.Append(new ActiveRule(new Asking("Plugin.Asks"), Severity.Warning)).ToList();
        int users = rules.Count(r => FactUse.MayAskForAttribution(r.Rule));
        var random = new Random(1);
        for (int round = 0; round < 20; round++)
        {
            var use = new FactUse(rules);
            var order = rules.OrderBy(_ => random.Next()).ToList();
            var last = order.FindLastIndex(r => FactUse.MayAskForAttribution(r.Rule));
            var letGo = order.Select((r, i) => (use.LastToAskForAttribution(r.Rule), i)).Where(x => x.Item1).Select(x => x.i).ToList();

            Assert.Equal([last], letGo);
        }

        Assert.True(users > 10);
    }

    [Fact]
    public void An_analysis_let_go_is_made_again_the_same_when_asked_for()
    {
        var document = DocumentLoader.Load(Path.Combine(RepoPaths.Samples, "paper.md"), "paper.md");
        var context = LintContext.For(document);
        var first = context.Attribution;

        context.LetGoOfAttribution();
        var again = context.Attribution;

        Assert.NotSame(first, again);
        Assert.True(first.Citations.Count > 0);
        Assert.Equal(first.Citations.Select(Described), again.Citations.Select(Described));

        static string Described(PaperLint.Core.Citations.FoundCitation c) => $"{c.Block.Text} | {c.Citation.Start} {c.Citation.Length} {string.Join(",", c.Citation.Authors)} {c.Citation.Year} {c.Citation.Key}";
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void A_plug_in_that_asks_after_the_built_in_rules_gets_the_papers_citations(int rulesAtOnce)
    {
        var document = DocumentLoader.Load(Path.Combine(RepoPaths.Samples, "paper.md"), "paper.md");
        int expected = LintContext.For(document).Attribution.Citations.Count;
        var plan = Plan with { Rules = [.. Plan.Rules, new ActiveRule(new Asking("Plugin.Asks"), Severity.Warning)] };

        var report = Linter.Lint(DocumentLoader.Load(Path.Combine(RepoPaths.Samples, "paper.md"), "paper.md"), plan, null, rulesAtOnce);

        Assert.Equal($"{expected} citations", Assert.Single(report.Findings, f => f.RuleId == "Plugin.Asks").Message);
    }

    /// <summary>A plug-in's rule that reports how many citations the analysis found.</summary>
    private sealed class Asking(string id) : IRule
    {
        public string Id => id;

        public Severity DefaultSeverity => Severity.Warning;

        public string Description => "Counts the citations.";

        public IEnumerable<Finding> Check(LintContext context)
        {
            var block = context.Document.Blocks[0];
            yield return Finding.At(context.Document, block, 0, 1, Id, Severity.Warning, $"{context.Attribution.Citations.Count} citations");
        }
    }
}
