using System.Globalization;
using System.Text;

namespace PaperLint.Core.Prose;

/// <summary>
/// Latin letters without their diacritics, the one folding every rule and analysis uses (names in citations,
/// variants of a word, titles), so that two parts of the tool never disagree on whether two spellings match.
/// </summary>
/// <remarks>
/// The tool runs with invariant globalization, under which <see cref="string.Normalize()"/> leaves non-ASCII
/// text as it is on Linux (it needs ICU), so Latin letters are folded by a table made from Unicode's canonical
/// decompositions (Latin-1, Latin Extended-A and -B, Latin Extended Additional), plus the letters with a stroke,
/// which have no decomposition.
/// </remarks>
internal static class Diacritics
{
    private const string Accented =
        "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊ" +
        "ċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚś" +
        "ŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬ" +
        "ǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋ" +
        "ḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋ" +
        "ṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋ" +
        "ẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐố" +
        "ỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ";

    private const string Plain =
        "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcC" +
        "cCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSs" +
        "SsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUuAaIiOoUuUuUuUuUuAaAaGgKkOoO" +
        "ojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYyAaBbBbBbCcDd" +
        "DdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNn" +
        "OoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXx" +
        "XxYyZzZzZzhtwyAaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOo" +
        "OoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy";

    // Letters with a stroke or a middle dot have no decomposition; readers take them for the plain letter.
    private const string Stroked = "ØøŁłĐđĦħıĿŀŦŧ";

    private const string StrokedPlain = "OoLlDdHhiLlTt";

    private static readonly Dictionary<char, char> BaseLetter = BuildTable();

    /// <summary>The letter without its diacritic (<c>Ž</c> to <c>Z</c>, <c>ø</c> to <c>o</c>), or the character itself.</summary>
    public static char Fold(char c) => c >= '\u00C0' && BaseLetter.TryGetValue(c, out char plain) ? plain : c;

    /// <summary>
    /// <paramref name="text"/> with each accented letter replaced by its base letter, one character for one, so
    /// offsets in the result are offsets in the text. Combining marks and ligatures stay.
    /// </summary>
    public static string Strip(string text)
    {
        // Nothing below U+00C0 has a diacritic: a vectorised search goes from one character that may have one to the next.
        int first = IndexOfFoldable(text, 0);
        while (first >= 0 && Fold(text[first]) == text[first])
        {
            first = IndexOfFoldable(text, first + 1);
        }

        if (first < 0)
        {
            return text;
        }

        // The text is copied once, into the string it becomes, and folded there from the first letter that changes.
        return string.Create(text.Length, (text, first), static (folded, state) =>
        {
            var (source, from) = state;
            source.AsSpan().CopyTo(folded);
            var rest = folded[from..];
            for (int at = 0; at >= 0; at = rest.IndexOfAnyExceptInRange('\0', '\u00BF'))
            {
                rest[at] = Fold(rest[at]);
                rest = rest[(at + 1)..];
            }
        });
    }

    /// <summary>The first character at or after <paramref name="start"/> that <see cref="Fold"/> may change, or -1.</summary>
    private static int IndexOfFoldable(string text, int start)
    {
        int found = text.AsSpan(start).IndexOfAnyExceptInRange('\0', '\u00BF');
        return found < 0 ? -1 : start + found;
    }

    /// <summary>
    /// The letters of <paramref name="text"/> as they are compared: without diacritics, combining marks dropped,
    /// ligatures written out (<c>Žižek</c> to <c>Zizek</c>, <c>œuvre</c> to <c>oeuvre</c>). Not offset-preserving.
    /// </summary>
    public static string Remove(string text)
    {
        // ASCII has no diacritics, combining marks or ligatures.
        if (System.Text.Ascii.IsValid(text))
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            switch (c)
            {
                case 'æ':
                    result.Append("ae");
                    break;
                case 'Æ':
                    result.Append("Ae");
                    break;
                case 'œ':
                    result.Append("oe");
                    break;
                case 'Œ':
                    result.Append("Oe");
                    break;
                default:
                    result.Append(Fold(c));
                    break;
            }
        }

        return result.ToString();
    }

    /// <summary>True when some letter of <paramref name="text"/> carries a diacritic.</summary>
    public static bool Has(string text) => !string.Equals(Remove(text), text, StringComparison.Ordinal);

    private static Dictionary<char, char> BuildTable()
    {
        var table = new Dictionary<char, char>(Accented.Length + Stroked.Length);
        for (int i = 0; i < Accented.Length; i++)
        {
            table[Accented[i]] = Plain[i];
        }

        for (int i = 0; i < Stroked.Length; i++)
        {
            table[Stroked[i]] = StrokedPlain[i];
        }

        return table;
    }
}
