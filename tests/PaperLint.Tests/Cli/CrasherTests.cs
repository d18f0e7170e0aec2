using PaperLint.Tests.Support;

namespace PaperLint.Tests.Cli;

/// <summary>
/// Inputs that once ended the run with exit 134 (a stack trace, "Out of memory."): each now ends with 0, 1 or 2 and,
/// when it cannot be read, one line.
/// </summary>
public sealed class CrasherTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [SharedCrashersTheory]
    [MemberData(nameof(SharedCrashers.Files), MemberType = typeof(SharedCrashers))]
    public void A_crasher_ends_with_an_exit_code_and_at_most_one_line_of_error(string name)
    {
        string path = Path.Combine(SharedCrashers.Root!, name);

        var (code, output, error) = _cli.Run(path);

        Assert.Contains(code, new[] { 0, 1, 2 });
        Assert.DoesNotContain("   at ", error + output, StringComparison.Ordinal);
        Assert.True(error.Count(c => c == '\n') <= 1, error);
    }

    [Fact]
    public void Markdown_nested_past_the_parsers_limit_is_one_line_and_the_other_files_are_still_linted()
    {
        _cli.Write("deep.md", new string('>', 200) + " deep\n");
        _cli.Write("good.md", "The the strike began in May.\n");

        var (code, output, error) = _cli.Run("deep.md", "good.md");

        Assert.Equal(2, code);
        Assert.Equal("deep.md: the Markdown is nested too deeply to read (lists, block quotes, brackets or emphasis inside one another past the parser's limit); flatten the nesting, or check that the file is Markdown\n", error);
        Assert.Contains("good.md:1:1: error Typos.RepeatedWords", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lists", "- ", 70)]
    [InlineData("brackets", "[", 20_000)]
    [InlineData("emphasis", "*a ", 20_000)]
    public void Every_kind_of_deep_nesting_is_refused_in_one_line(string kind, string piece, int count)
    {
        _cli.Write($"{kind}.md", string.Concat(Enumerable.Repeat(piece, count)) + "deep\n");

        var (code, _, error) = _cli.Run($"{kind}.md");

        Assert.Equal(2, code);
        Assert.StartsWith($"{kind}.md: the Markdown is nested too deeply to read", error, StringComparison.Ordinal);
    }
}
