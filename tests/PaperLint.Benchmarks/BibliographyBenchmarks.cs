using System.Text;
using BenchmarkDotNet.Attributes;
using PaperLint.Core.Bibliographies;

namespace PaperLint.Benchmarks;

/// <summary>
/// Reading a bibliography of about 1 MB, the size of a large thesis's: entries with long author lists, TeX accents,
/// macros and abstracts, as exports from reference managers have them.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class BibliographyBenchmarks
{
    private string _bib = "";

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder("@string{tn = {Tidal Notes}}\n");
        for (int i = 0; text.Length < 1_000_000; i++)
        {
            text.Append($$"""
                @article{marlow_tides_{{i}},
                  author = {Marlow, Edith and M{\"u}ller, Hanna and Ib{\'a}{\~n}ez, Ana and van der Berg, Pieter and {Nordic Weaving Society} and Quist, Tobias and Dvo\v{r}{\'a}k, Ji\v{r}{\'\i} and others},
                  title = {The {Slow} Tides of {\O}resund: a Survey, 1987--{{i % 100 + 1900}}},
                  journal = tn,
                  year = {{2000 + (i % 25)}},
                  month = mar,
                  pages = "{{i}}--{{i + 9}}",
                  doi = {10.5555/tides.{{i}}},
                  url = {https://example.org/tides/{{i}}?q=salt%20water},
                  abstract = {We measured the ebb and flow of {{i}} inlets over twelve years. The tides were slower than the models said, by 4\% on average; the \emph{salt} front moved with them.},
                }


                """);
        }

        _bib = text.ToString();
    }

    [Benchmark]
    public int ReadBibTeX() => BibliographyReader.Read(_bib, "refs.bib", BibliographyFormat.BibTeX).Count;
}
