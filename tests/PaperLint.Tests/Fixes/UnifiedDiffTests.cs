using PaperLint.Core.Fixes;

namespace PaperLint.Tests.Fixes;

public sealed class UnifiedDiffTests
{
    private static string Diff(string before, string after)
    {
        var writer = new StringWriter { NewLine = "\n" };
        UnifiedDiff.Write(writer, "paper.md", before, after);
        return writer.ToString();
    }

    [Fact]
    public void Shows_a_changed_line_with_three_lines_of_context()
    {
        string before = "1\n2\n3\n4\nlead by\n6\n7\n8\n9\n";
        string after = "1\n2\n3\n4\nled by\n6\n7\n8\n9\n";

        Assert.Equal("--- a/paper.md\n+++ b/paper.md\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-lead by\n+led by\n 6\n 7\n 8\n", Diff(before, after));
    }

    [Fact]
    public void Changes_far_apart_are_two_hunks_and_near_ones_one()
    {
        string before = string.Join("\n", Enumerable.Range(1, 30)) + "\n";
        string after = before.Replace("\n3\n", "\nthree\n", StringComparison.Ordinal).Replace("\n6\n", "\nsix\n", StringComparison.Ordinal).Replace("\n25\n", "\ntwenty-five\n", StringComparison.Ordinal);

        string diff = Diff(before, after);

        Assert.Equal(["@@ -1,9 +1,9 @@", "@@ -22,7 +22,7 @@"], diff.Split('\n').Where(l => l.StartsWith("@@", StringComparison.Ordinal)));
    }

    [Fact]
    public void Identical_texts_give_no_diff() => Assert.Equal("", Diff("a\nb\n", "a\nb\n"));
}
