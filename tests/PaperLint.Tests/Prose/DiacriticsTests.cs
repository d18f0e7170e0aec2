using PaperLint.Core.Citations;
using PaperLint.Core.Prose;
using PaperLint.Core.Rules.Consistency;

namespace PaperLint.Tests.Prose;

public sealed class DiacriticsTests
{
    [Theory]
    [InlineData("Žižek", "Zizek")]
    [InlineData("Łódź", "Lodz")]
    [InlineData("Ørsted", "Orsted")]
    [InlineData("Nguyễn", "Nguyen")]
    [InlineData("Đorđević", "Dordevic")]
    [InlineData("Ħaż-Żebbuġ", "Haz-Zebbug")]
    [InlineData("“Quoted” — ×÷ Žižek, œuvre, Éluard", "“Quoted” — ×÷ Zizek, œuvre, Eluard")]
    [InlineData("No letter to fold: “quoted” — ×÷ œ", "No letter to fold: “quoted” — ×÷ œ")]
    [InlineData("é", "e")]
    [InlineData("ends with ü", "ends with u")]
    public void Strip_folds_each_letter_in_place(string text, string plain)
    {
        string stripped = Diacritics.Strip(text);

        Assert.Equal(plain, stripped);
        Assert.Equal(text.Length, stripped.Length);
    }

    [Fact]
    public void Remove_also_drops_combining_marks_and_writes_out_ligatures()
    {
        Assert.Equal("Zizek oeuvre Aesir", Diacritics.Remove("Z\u030Cizek œuvre Æsir"));
    }

    [Theory]
    [InlineData("Nguyễn", "Nguyen")]
    [InlineData("Ørsted", "Orsted")]
    [InlineData("Đorđević", "Dordevic")]
    [InlineData("Żebbuġ", "Zebbug")]
    public void Names_and_variants_fold_alike(string accented, string plain)
    {
        // Citations match names, and the consistency rules group variants, under one folding.
        Assert.True(NameWords.SameSurname(accented, plain));
        Assert.Equal(TextFold.Key(plain), TextFold.Key(accented));
    }

    [Fact]
    public void Strip_folds_every_character_as_fold_does_whatever_stands_around_it()
    {
        // Characters on either side of U+00C0, where the search for foldable ones starts, at the ends and in runs.
        string[] texts = ["", "À", "\u00BFÀ\u00BF", "é at the start, ô in the middle, and ü", "“Quoted” — ’tis Ærø’s ĳ ǆ", new string('a', 100) + "ñ" + new string('’', 50) + "Ž"];
        foreach (string text in texts)
        {
            Assert.Equal(string.Concat(text.Select(Diacritics.Fold)), Diacritics.Strip(text));
        }
    }

    [Fact]
    public void Text_without_diacritics_is_returned_as_is()
    {
        const string text = "Plain text, 1903.";
        const string typographic = "“Plain” text — 1903’s.";

        Assert.Same(text, Diacritics.Strip(text));
        Assert.Same(typographic, Diacritics.Strip(typographic));
        Assert.False(Diacritics.Has(text));
        Assert.True(Diacritics.Has("café"));
    }
}
