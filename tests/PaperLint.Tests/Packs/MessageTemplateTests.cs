using PaperLint.Core.Packs;

namespace PaperLint.Tests.Packs;

public sealed class MessageTemplateTests
{
    [Theory]
    [InlineData("Use '%s' instead of '%s'.", "Use 'led by' instead of 'lead by'.")]
    [InlineData("'%[2]s' should be '%[1]s'", "'lead by' should be 'led by'")]
    [InlineData("%[2]s then %s", "lead by then ")]
    [InlineData("100%% sure: %s", "100% sure: led by")]
    [InlineData("%s, %s, %s", "led by, lead by, ")]
    [InlineData("no placeholders", "no placeholders")]
    [InlineData("odd % sign and %d", "odd % sign and %d")]
    public void Fills_placeholders_as_go_fmt_does(string template, string expected)
    {
        Assert.Equal(expected, MessageTemplate.Format(template, "led by", "lead by"));
    }

    [Fact]
    public void Derives_a_description_from_a_message()
    {
        Assert.Equal("Use '…' instead of '…'.", MessageTemplate.Describe("Use '%s' instead of '%s'."));
    }
}
