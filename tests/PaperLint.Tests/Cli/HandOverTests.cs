using PaperLint.Cli;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Cli;

/// <summary>
/// The native package's front executable reads Word files but writes none, and hands a run that writes one to
/// paperlint-docx. The front itself is checked as a process by .ci/native-smoke (every sample through it, fix, annotate
/// and the language server, and the front alone); here, which runs it hands over and what it says when it cannot.
/// </summary>
public sealed class HandOverTests
{
    [Theory]
    [InlineData("/work/paper.docx")]
    [InlineData("/work/PAPER.DOCX")]
    [InlineData("/work/chapter.md", "/work/paper.docx")]
    public void A_build_without_Word_edits_hands_over_a_run_that_writes_one(params string[] paths) =>
        Assert.True(HandOver.Needed(paths, canEditDocx: false));

    [Theory]
    [InlineData("/work/paper.md")]
    [InlineData("/work/paper.txt", "/work/notes.markdown")]
    [InlineData("/work/paper.docx.md")]
    [InlineData("/work/docx/paper.md")]
    public void A_fix_of_Markdown_and_text_stays_in_the_front(params string[] paths) =>
        Assert.False(HandOver.Needed(paths, canEditDocx: false));

    [Fact]
    public void A_build_with_Word_edits_never_hands_over() =>
        Assert.False(HandOver.Needed(["/work/paper.docx"], canEditDocx: true));

    [Fact]
    public void Every_build_but_the_native_front_writes_Word_files_itself()
    {
        // The switch is set only in the native front's publish; the library and the framework-dependent tool have it on.
        using var cli = new CliRunner();
        File.Copy(Path.Combine(RepoPaths.Samples, "paper.docx"), Path.Combine(cli.Directory, "paper.docx"));

        var (code, output, error) = cli.Run("--no-color", "fix", "paper.docx");

        Assert.Equal("", error);
        Assert.Contains("paper.docx: 10 tracked changes written to paper.fixed.docx", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(cli.Directory, "paper.fixed.docx")));
        Assert.Equal(1, code);
    }

    [Fact]
    public void A_build_compiled_just_in_time_never_starts_again_for_its_environment()
    {
        // The language server's collector settings: a native executable starts again with them; this one cannot read them.
        string name = $"PAPERLINT_TEST_UNSET_{Guid.NewGuid():N}";

        HandOver.WithEnvironment(new KeyValuePair<string, string>(name, "1"));

        Assert.Null(Environment.GetEnvironmentVariable(name));
    }

    [Fact]
    public void Without_paperlint_docx_beside_it_the_front_says_so_in_one_line()
    {
        string missing = Path.Combine(AppContext.BaseDirectory, HandOver.DocxExecutableName);
        Assert.False(File.Exists(missing));
        var console = new TestConsole();

        int code = HandOver.Run(["fix", "paper.docx"], HandOver.ToDocx(), console);

        Assert.Equal(2, code);
        Assert.Equal($"paperlint: this run writes a Word file, which the paperlint executable leaves to paperlint-docx, and there is no {missing}; reinstall PaperLint\n", console.Errors);
        Assert.Equal("", console.Output);
    }
}
