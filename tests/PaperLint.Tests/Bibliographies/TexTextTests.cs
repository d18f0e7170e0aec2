using PaperLint.Core.Bibliographies;

namespace PaperLint.Tests.Bibliographies;

public sealed class TexTextTests
{
    public static TheoryData<string, string> Accents() => new()
    {
        { "{\\\"o}", "ö" },
        { "\\\"{o}", "ö" },
        { "\\\"o", "ö" },
        { "\\'{e}", "é" },
        { "\\'e", "é" },
        { "{\\'E}", "É" },
        { "\\`a", "à" },
        { "\\`{a}", "à" },
        { "\\^o", "ô" },
        { "\\^{o}", "ô" },
        { "\\~n", "ñ" },
        { "{\\~N}", "Ñ" },
        { "\\c{c}", "ç" },
        { "\\c c", "ç" },
        { "\\c{S}", "Ş" },
        { "\\v{s}", "š" },
        { "\\v{C}", "Č" },
        { "\\u{a}", "ă" },
        { "\\u{g}", "ğ" },
        { "\\={a}", "ā" },
        { "\\=o", "ō" },
        { "\\.{z}", "ż" },
        { "\\.I", "İ" },
        { "\\H{o}", "ő" },
        { "\\H{U}", "Ű" },
        { "\\r{a}", "å" },
        { "\\r{U}", "Ů" },
        { "\\k{a}", "ą" },
        { "\\k{E}", "Ę" },
        { "\\d{s}", "ṣ" },
        { "\\b{t}", "ṯ" },
        { "\\'{\\i}", "í" },
        { "\\\"\\i", "ï" },
        { "{\\'\\i}", "í" },
        { "\\v{w}", "w\u030C" },
        { "{\\ss}", "ß" },
        { "\\ss{}", "ß" },
        { "{\\o}", "ø" },
        { "{\\O}", "Ø" },
        { "{\\aa}", "å" },
        { "{\\AA}", "Å" },
        { "{\\ae}", "æ" },
        { "{\\AE}", "Æ" },
        { "{\\oe}", "œ" },
        { "{\\l}", "ł" },
        { "{\\L}", "Ł" },
        { "{\\i}", "ı" },
        { "\\&", "&" },
        { "\\%", "%" },
        { "\\$", "$" },
        { "\\_", "_" },
        { "\\#", "#" },
        { "\\{x\\}", "{x}" },
        { "--", "–" },
        { "---", "—" },
        { "a~b", "a b" },
    };

    [Theory]
    [MemberData(nameof(Accents))]
    public void Decodes_each_accent_and_special(string tex, string text) => Assert.Equal(text, TexText.ToPlain(tex));

    public static TheoryData<string, string> Texts() => new()
    {
        { "M{\\\"u}ller", "Müller" },
        { "Ib{\\'a}{\\~n}ez", "Ibáñez" },
        { "Mar\\'\\i{}a", "María" },
        { "Bj\\o rn", "Bjørn" },
        { "Dere\\ifmmode\\acute{n}\\else\\'{n}\\fi{}ko", "Dereńko" },
        { "The {Slow} {{Tides}}", "The Slow Tides" },
        { "\\emph{Tidal} flats", "Tidal flats" },
        { "\\textit{Salt} and \\textbf{sand}", "Salt and sand" },
        { "  The   slow\n\t tides  ", "The slow tides" },
        { "pages 12--19; 1990---1995", "pages 12–19; 1990—1995" },
        { "Lake~Orta", "Lake Orta" },
        { "$\\gamma$-rays at 10~$\\mu$m", "γ-rays at 10 μm" },
        { "$M_\\odot$ and $x^2$", "M⊙ and x2" },
        { "``Low'' water", "“Low” water" },
        { "the `ebb'", "the ‘ebb'" },
        { "see \\url{https://example.org/a_b~c--d}", "see https://example.org/a_b~c--d" },
        { "\\href{https://example.org}{the atlas}", "the atlas" },
        { "Harbour \\& Sons, 50\\% off", "Harbour & Sons, 50% off" },
        { "line\\\\break", "line break" },
        { "{\\copyright} 2012 Tide Office", "© 2012 Tide Office" },
        { "Tides {$\\cdot$} Issue \\#12", "Tides · Issue #12" },
        { "\\LaTeX{} notes", "LaTeX notes" },
        { "\\unknowncommand plain", "plain" },
        { "trailing backslash \\", "trailing backslash" },
        { "\\'", "" },
        { "", "" },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Decodes_values_to_the_text_a_reader_sees(string tex, string text) => Assert.Equal(text, TexText.ToPlain(tex));

    [Fact]
    public void A_plain_value_is_returned_as_it_is()
    {
        string plain = "The Slow Tides: O'Neill's notes, 1987-1990";

        Assert.Same(plain, TexText.ToPlain(plain));
    }
}
