using PaperLint.Cli;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Cli;

/// <summary>
/// The native package's front executable reads no Word files and hands a run that touches one to paperlint-docx. The
/// front itself is checked as a process by .ci/native-smoke (every sample, fix, annotate and the language server
/// through it, and the front alone); here, which runs it hands over and what it says when it cannot.
/// </summary>
public sealed class DocxHandOverTests
{
    [Theory]
    [InlineData("/work/paper.docx")]
    [InlineData("/work/PAPER.DOCX")]
    [InlineData("/work/chapter.md", "/work/paper.docx")]
    public void A_build_without_Word_files_hands_over_a_run_that_touches_one(params string[] paths) =>
        Assert.True(DocxHandOver.Needed(paths, docxAvailable: false));

    [Theory]
    [InlineData("/work/paper.md")]
    [InlineData("/work/paper.txt", "/work/notes.markdown")]
    [InlineData("/work/paper.docx.md")]
    [InlineData("/work/docx/paper.md")]
    public void A_run_of_Markdown_and_text_stays_in_the_front(params string[] paths) =>
        Assert.False(DocxHandOver.Needed(paths, docxAvailable: false));

    [Fact]
    public void A_build_with_Word_files_never_hands_over() =>
        Assert.False(DocxHandOver.Needed(["/work/paper.docx"], docxAvailable: true));

    [Fact]
    public void Every_build_but_the_native_front_reads_Word_files_itself()
    {
        // The switch is set only in the native front's publish; the library and the framework-dependent tool have it on.
        using var cli = new CliRunner();
        File.Copy(Path.Combine(RepoPaths.Samples, "paper.docx"), Path.Combine(cli.Directory, "paper.docx"));

        var (code, output, error) = cli.Run("--no-color", "paper.docx");

        Assert.Equal(1, code);
        Assert.Contains("paper.docx ¶3: warning Typos.LeadBy", output, StringComparison.Ordinal);
        Assert.Equal("", error);
    }

    [Fact]
    public void Without_paperlint_docx_beside_it_the_front_says_so_in_one_line()
    {
        string missing = Path.Combine(AppContext.BaseDirectory, DocxHandOver.ExecutableName);
        Assert.False(File.Exists(missing));
        var console = new TestConsole();

        int code = DocxHandOver.Run(["paper.docx"], console);

        Assert.Equal(2, code);
        Assert.Equal($"paperlint: this run reads or writes a Word file, which the paperlint executable leaves to paperlint-docx, and there is no {missing}; reinstall PaperLint\n", console.Errors);
        Assert.Equal("", console.Output);
    }
}
