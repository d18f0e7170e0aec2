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
            // Without ../shared (a user's clone) there are no rows; the theory is skipped then and never asks.
            var data = new TheoryData<string>();
            if (SharedCorpus.Root is { } corpus)
            {
                foreach (var file in Directory.EnumerateFiles(corpus, "*.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    data.Add(Path.GetRelativePath(corpus, file));
                }
            }

            return data;
        }
    }

    [SharedCorpusTheory]
    [MemberData(nameof(CorpusFiles))]
    public void Corpus_document_is_linted_with_exit_code_0_or_1(string relativePath)
    {
        string corpus = SharedCorpus.RequireFolder("");
        var console = new TestConsole();
        int code = App.Run([Path.Combine(corpus, relativePath), "--no-color"], console, corpus, _ => null);

        Assert.True(code is 0 or 1, $"{relativePath}: exit {code}: {console.Errors}");
        Assert.Equal("", console.Errors);
    }
}
