using System.Globalization;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Cli;

/// <summary>Folders and globs of many files: order, .gitignore, the ignore list, progress.</summary>
public sealed class ManyFilesTests : IDisposable
{
    private readonly CliRunner _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Many_files_are_reported_in_the_order_of_the_input_however_they_are_scheduled()
    {
        var expected = new List<string>();
        foreach (var folder in new[] { "papers", "papers/a", "papers/b/deep" })
        {
            for (int i = 1; i <= 12; i++)
            {
                string name = string.Create(CultureInfo.InvariantCulture, $"{folder}/{i:00}.{(i % 3 == 0 ? "txt" : "md")}");
                _cli.Write(name, i % 2 == 0 ? "A draft with a TODO in it.\n" : "A clean paragraph.\n");
                expected.Add(name);
            }
        }

        var (code, output, _) = _cli.Run("--format", "json", "papers");
        var (again, outputAgain, _) = _cli.Run("--format", "json", "papers");

        Assert.Equal(1, code);
        Assert.Equal(expected, JsonPaths(output));
        Assert.Equal(output, outputAgain);
        Assert.Equal(1, again);
    }

    [Fact]
    public void Folder_in_a_git_work_tree_leaves_out_what_git_ignores()
    {
        GitRepo.Init(_cli.Directory);
        _cli.Write(".gitignore", "drafts/\n*.old.md\n!keep.old.md\n/top.md\n# a comment\n");
        _cli.Write("sub/.gitignore", "secret.md\n");
        foreach (var name in new[] { "drafts/a.md", "x.old.md", "keep.old.md", "top.md", "notes.md", "sub/top.md", "sub/secret.md" })
        {
            _cli.Write(name, "Fine.\n");
        }

        var (_, folder, _) = _cli.Run("--format", "json", ".");
        var (_, glob, _) = _cli.Run("--format", "json", "**/*.md");
        var (_, named, _) = _cli.Run("--format", "json", "drafts/a.md");

        Assert.Equal(["keep.old.md", "notes.md", "sub/top.md"], JsonPaths(folder));
        Assert.Equal(["keep.old.md", "notes.md", "sub/top.md"], JsonPaths(glob));
        Assert.Equal(["drafts/a.md"], JsonPaths(named));
    }

    [Fact]
    public void Gitignore_outside_a_git_work_tree_means_nothing()
    {
        _cli.Write(".gitignore", "drafts/\n");
        _cli.Write("drafts/a.md", "Fine.\n");

        var (_, output, _) = _cli.Run("--format", "json", ".");

        Assert.Equal(["drafts/a.md"], JsonPaths(output));
    }

    [Fact]
    public void Ignore_list_in_the_configuration_leaves_out_files_relative_to_the_file_that_names_them()
    {
        _cli.Write(".paperlint.yml", "root: true\nignore:\n  - drafts/\n  - '*.bak.md'\n  - /top.md\n");
        _cli.Write("sub/.paperlint.yml", "ignore: [local.md]\n");
        foreach (var name in new[] { "drafts/a.md", "x.bak.md", "top.md", "notes.md", "sub/top.md", "sub/local.md", "sub/drafts/b.md", "local.md" })
        {
            _cli.Write(name, "A TODO.\n");
        }

        var (_, output, _) = _cli.Run("--format", "json", ".");
        var (code, named, _) = _cli.Run("sub/local.md");

        Assert.Equal(["local.md", "notes.md", "sub/top.md"], JsonPaths(output));
        Assert.Equal(0, code);
        Assert.Equal("No findings in 0 files.\n", named);
    }

    [Fact]
    public void Bad_configuration_in_one_folder_stops_the_run_with_its_file_and_line()
    {
        for (int i = 0; i < 8; i++)
        {
            _cli.Write(string.Create(CultureInfo.InvariantCulture, $"papers/p{i}/paper.md"), "Fine.\n");
        }

        string config = _cli.Write("papers/p5/.paperlint.yml", "minLevel: loud\n");

        var (code, output, error) = _cli.Run("papers");

        Assert.Equal(2, code);
        Assert.Equal("", output);
        Assert.Equal($"{config}:1: 'loud' is not a level; use error, warning or suggestion\n", error);
    }

    [Fact]
    public void Progress_is_shown_on_a_terminal_for_many_files_and_erased_at_the_end()
    {
        for (int i = 0; i < 7; i++)
        {
            _cli.Write(string.Create(CultureInfo.InvariantCulture, $"papers/{i}.md"), "Fine.\n");
        }

        _cli.ErrorRedirected = false;
        var (code, output, error) = _cli.Run("papers");

        Assert.Equal(0, code);
        Assert.Equal("No findings in 7 files.\n", output);
        Assert.StartsWith("\rLinting 1/7 files…", error, StringComparison.Ordinal);
        Assert.Contains("\rLinting 7/7 files…", error, StringComparison.Ordinal);
        Assert.EndsWith("\r" + new string(' ', "Linting 7/7 files…".Length) + "\r", error, StringComparison.Ordinal);
    }

    [Fact]
    public void No_progress_when_standard_error_is_redirected_or_the_files_are_few()
    {
        for (int i = 0; i < 7; i++)
        {
            _cli.Write(string.Create(CultureInfo.InvariantCulture, $"papers/{i}.md"), "Fine.\n");
        }

        var (_, _, redirected) = _cli.Run("papers");
        _cli.ErrorRedirected = false;
        var (_, _, few) = _cli.Run("papers/1.md", "papers/2.md");

        Assert.Equal("", redirected);
        Assert.Equal("", few);
    }

    private static string[] JsonPaths(string output)
    {
        using var json = System.Text.Json.JsonDocument.Parse(output);
        return json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToArray();
    }
}
