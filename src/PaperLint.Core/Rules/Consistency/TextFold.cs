using System.Globalization;
using System.Text;

namespace PaperLint.Core.Rules.Consistency;

/// <summary>Folds words to the key under which their variants meet: lower case, no diacritics, no hyphens or spaces.</summary>
/// <remarks>
/// The tool runs with invariant globalization, under which <see cref="string.Normalize()"/> leaves non-ASCII
/// text as it is on Linux (it needs ICU), so Latin letters are folded by a table made from Unicode's canonical
/// decompositions (Latin-1, Latin Extended-A and -B, Latin Extended Additional), and combining marks typed
/// after a letter are dropped.
/// </remarks>
internal static class TextFold
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

    private static readonly Dictionary<char, char> BaseLetter = Enumerable.Range(0, Accented.Length).ToDictionary(i => Accented[i], i => Plain[i]);

    /// <summary>The letters of <paramref name="text"/> without their diacritics (Ž to Z, ë to e, ø to o).</summary>
    public static string WithoutDiacritics(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (BaseLetter.TryGetValue(c, out char plain))
            {
                result.Append(plain);
                continue;
            }

            // Letters with a stroke or a ligature have no decomposition.
            result.Append(c switch
            {
                'ø' => "o",
                'Ø' => "O",
                'ł' => "l",
                'Ł' => "L",
                'đ' => "d",
                'Đ' => "D",
                'ı' => "i",
                'æ' => "ae",
                'Æ' => "Ae",
                'œ' => "oe",
                'Œ' => "Oe",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }

    /// <summary>The key of a word or compound: lower case, without diacritics, hyphens or spaces.</summary>
    public static string Key(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (char c in WithoutDiacritics(text))
        {
            if (!IsJoiner(c) && !char.IsWhiteSpace(c))
            {
                result.Append(char.ToLowerInvariant(c));
            }
        }

        return result.ToString();
    }

    /// <summary>A form as counted: lower case, every kind of hyphen written '-', every space one space.</summary>
    public static string Form(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            result.Append(IsJoiner(c) ? '-' : char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c));
        }

        return result.ToString();
    }

    public static bool IsJoiner(char c) => c is '-' or '\u2010' or '\u2011';

    public static bool HasDiacritics(string text) => !string.Equals(WithoutDiacritics(text), text, StringComparison.Ordinal);
}
