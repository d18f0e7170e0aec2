using System.Text.RegularExpressions;
using PaperLint.Core.Bibliographies;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Bibliographies;

/// <summary>Every .bib file of the real-world corpus (exports of Zotero, JabRef, Mendeley, Google Scholar and hand-written files).</summary>
public sealed partial class RealWorldBibliographyTests
{
    public static TheoryData<string> BibFiles()
    {
        var data = new TheoryData<string>();
        string? corpus = PaperLint.Ecosystem.Locations.Corpus();
        if (corpus is not null)
        {
            foreach (string file in Directory.GetFiles(Path.Combine(corpus, "md"), "*.bib").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }
        }

        return data;
    }

    [SharedRealworldTheory]
    [MemberData(nameof(BibFiles))]
    public void Reads_every_entry_of_a_real_bibliography(string name)
    {
        string path = Path.Combine(PaperLint.Ecosystem.Locations.Corpus()!, "md", name);
        string text = File.ReadAllText(path);
        int lineCount = text.Split('\n').Length;

        var entries = BibliographyReader.ReadFile(path, name);

        int openings = EntryOpening().Matches(text).Count(m => m.Groups[1].Value.ToLowerInvariant() is not ("string" or "comment" or "preamble"));
        Assert.Equal(openings, entries.Count);
        Assert.All(entries, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Key));
            Assert.InRange(e.Line, 1, lineCount);
            Assert.Equal(name, e.File);
        });
    }

    // Independent of the reader: an '@name{' or '@name(' that begins a line.
    [GeneratedRegex(@"^[ \t]*@[ \t]*([A-Za-z]+)[ \t]*[{(]", RegexOptions.Multiline)]
    private static partial Regex EntryOpening();
}
