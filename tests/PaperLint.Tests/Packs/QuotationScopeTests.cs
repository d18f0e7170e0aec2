using PaperLint.Core.Citations;
using PaperLint.Core.Config;
using PaperLint.Core.Model;
using PaperLint.Core.Rules;
using static PaperLint.Tests.Packs.KindTestSupport;

namespace PaperLint.Tests.Packs;

public sealed class QuotationScopeTests
{
    private const string LeadBy = "extends: substitution\nmessage: x\nswap:\n  lead by: led by\n";

    [Fact]
    public void Leaves_a_block_quotation_alone_by_default()
    {
        var quote = OneBlock(Block(BlockKind.Quote, "The column was lead by a sergeant."));

        Assert.Empty(Rule(LeadBy).Check(LintContext.For(quote)));
    }

    [Fact]
    public void Checks_a_block_quotation_when_the_rule_says_quotations_true()
    {
        var quote = OneBlock(Block(BlockKind.Quote, "The column was lead by a sergeant."));

        var finding = Assert.Single(Rule(LeadBy + "quotations: true\n").Check(LintContext.For(quote)));

        Assert.Equal("lead by", finding.Match);
    }

    [Fact]
    public void Leaves_a_long_inline_quotation_alone_by_default()
    {
        const string text = "She wrote: “the column of tired men was lead by a sergeant on foot” in her diary.";

        Assert.Empty(Check(Rule(LeadBy), text));
        Assert.Single(Check(Rule(LeadBy + "quotations: true\n"), text));
        Assert.Single(Check(Rule(LeadBy), text, LintSettings.Default.With(new QuotationSettings { Check = true })));
    }

    [Fact]
    public void Checks_a_short_inline_quotation_as_the_authors_own_words()
    {
        var finding = Assert.Single(Check(Rule(LeadBy), "The “march lead by students” was small."));

        Assert.Equal("lead by", finding.Match);
    }

    [Fact]
    public void Applies_the_same_scope_to_existence_repetition_and_consistency()
    {
        var quote = OneBlock(Block(BlockKind.Quote, "TODO the the defence defense"));
        var rules = new[]
        {
            Rule("extends: existence\nmessage: x\ntokens: [TODO]\n"),
            Rule("extends: repetition\nmessage: x\n"),
            Rule("extends: consistency\nmessage: x\neither:\n  defence: defense\n"),
        };

        Assert.All(rules, r => Assert.Empty(r.Check(LintContext.For(quote))));
        Assert.All(rules, r => Assert.Single(r.Check(LintContext.For(quote, LintSettings.Default.With(new QuotationSettings { Check = true })))));
    }
}
