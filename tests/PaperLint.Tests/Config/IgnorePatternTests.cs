using PaperLint.Core.Config;

namespace PaperLint.Tests.Config;

public sealed class IgnorePatternTests
{
    private static readonly string Base = Path.Combine(Path.GetTempPath(), "paper");

    [Theory]
    [InlineData("drafts/", "drafts/a.md", true)]
    [InlineData("drafts/", "chapters/drafts/a.md", true)]
    [InlineData("drafts/", "drafts.md", false)]
    [InlineData("*.bak.md", "deep/x.bak.md", true)]
    [InlineData("/top.md", "top.md", true)]
    [InlineData("/top.md", "sub/top.md", false)]
    [InlineData("chapters/*.md", "chapters/one.md", true)]
    [InlineData("chapters/*.md", "chapters/part/one.md", false)]
    [InlineData("chapters/**/*.md", "chapters/part/one.md", true)]
    [InlineData("notes.md", "../notes.md", false)]
    public void Pattern_matches_as_in_gitignore_relative_to_its_configuration(string pattern, string path, bool matches)
    {
        Assert.Equal(matches, new IgnorePattern(pattern, Base).Matches(Path.Combine(Base, path)));
    }

    [Fact]
    public void Negation_takes_back_a_file_and_the_last_matching_pattern_decides()
    {
        IgnorePattern[] patterns = [new("*.md", Base), new("!keep.md", Base), new("old/", Base)];

        Assert.True(IgnorePattern.IsIgnored(patterns, Path.Combine(Base, "a.md")));
        Assert.False(IgnorePattern.IsIgnored(patterns, Path.Combine(Base, "keep.md")));
        Assert.True(IgnorePattern.IsIgnored(patterns, Path.Combine(Base, "old", "keep.md")));
        Assert.False(IgnorePattern.IsIgnored(patterns, Path.Combine(Base, "a.txt")));
    }

    [Fact]
    public void Configuration_ignore_must_be_a_list()
    {
        var error = Assert.Throws<PaperLint.Core.Readers.InputException>(() => ConfigLoader.Parse("ignore:\n  drafts: yes\n", "/p/.paperlint.yml"));

        Assert.Equal("/p/.paperlint.yml:2: 'ignore' must be a list", error.Message);
    }
}
