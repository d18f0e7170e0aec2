using PaperLint.Cli;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Samples;

/// <summary>Every real document in ../shared/corpus is linted through the command line with exit code 0 or 1.</summary>
public sealed class CorpusTests
{
    public static TheoryData<string> CorpusFiles
    {
        get
        {
            var data = new TheoryData<string>();
            if (SharedCorpus.Root is { } corpus)
            {
                foreach (var file in Directory.EnumerateFiles(corpus, "*.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    data.Add(Path.GetRelativePath(corpus, file));
                }
            }
            else
            {
                // Without ../shared (a user's clone) there is nothing to read; one row keeps the theory valid.
                data.Add("");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Corpus_document_is_linted_with_exit_code_0_or_1(string relativePath)
    {
        if (SharedCorpus.Root is not { } corpus)
        {
            return;
        }

        var console = new TestConsole();
        int code = App.Run([Path.Combine(corpus, relativePath), "--no-color"], console, corpus, _ => null);

        Assert.True(code is 0 or 1, $"{relativePath}: exit {code}: {console.Errors}");
        Assert.Equal("", console.Errors);
    }
}
