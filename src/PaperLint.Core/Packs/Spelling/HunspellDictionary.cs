using System.Globalization;
using PaperLint.Core.Readers;

namespace PaperLint.Core.Packs.Spelling;

/// <summary>
/// A Hunspell dictionary (.dic and .aff) read into the set of the words it accepts: every stem with the forms its
/// affix flags make (suffixes, prefixes, their cross products, and a second suffix named by a suffix's own flags).
/// Case follows Hunspell: a lower-case entry also accepts its capitalised and all-caps forms, a capitalised entry
/// its all-caps form, and a <c>KEEPCASE</c> entry only itself. Compounds are not formed.
/// </summary>
internal sealed class HunspellDictionary
{
    private readonly Dictionary<string, Form> _forms;

    private HunspellDictionary(Dictionary<string, Form> forms, string tryChars)
    {
        _forms = forms;
        Try = tryChars;
    }

    [Flags]
    private enum Form : byte
    {
        None = 0,

        /// <summary>Accepted as written.</summary>
        Exact = 1,

        /// <summary>Also in capitalised and all-caps forms (not KEEPCASE).</summary>
        AnyCase = 2,

        /// <summary>FORBIDDENWORD: refused, whatever else makes it.</summary>
        Forbidden = 4,
    }

    /// <summary>The characters an edit may bring in (<c>TRY</c>), for suggestions.</summary>
    public string Try { get; }

    public int Count => _forms.Count;

    /// <summary>Reads <paramref name="dicPath"/> with the affix rules of <paramref name="affPath"/>.</summary>
    /// <exception cref="InputException">A file cannot be read or is malformed; the message names file:line.</exception>
    public static HunspellDictionary Load(string dicPath, string affPath)
    {
        byte[] aff = ReadBytes(affPath);
        byte[] dic = ReadBytes(dicPath);
        var encoding = HunspellText.Declared(aff, affPath);
        return Parse(HunspellText.Decode(aff, encoding), affPath, HunspellText.Decode(dic, encoding), dicPath);
    }

    /// <summary>Reads a dictionary from the texts of its .aff and .dic files; the paths name them in errors.</summary>
    public static HunspellDictionary Parse(string affText, string affPath, string dicText, string dicPath)
    {
        var aff = AffixFile.Parse(affText, affPath);
        var forms = new Dictionary<string, Form>(StringComparer.Ordinal);
        string[] lines = dicText.ReplaceLineEndings("\n").Split('\n');
        if (!int.TryParse(lines[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            throw new InputException($"{dicPath}:1: the first line of a .dic file is the number of words, not '{Shorten(lines[0].Trim())}'");
        }

        var expander = new AffixExpander(aff, (form, flags) => Add(forms, form, flags));
        for (int i = 1; i < lines.Length; i++)
        {
            var (word, flagText) = Entry(lines[i]);
            if (word.Length == 0)
            {
                if (flagText is not null)
                {
                    throw new InputException($"{dicPath}:{i + 1}: an entry has flags but no word");
                }

                continue;
            }

            int[] flags;
            try
            {
                flags = flagText is null ? [] : aff.FlagsOf(flagText);
            }
            catch (FormatException e)
            {
                throw new InputException($"{dicPath}:{i + 1}: {e.Message}");
            }

            expander.Expand(word, flags);
        }

        return new HunspellDictionary(forms, aff.Try);
    }

    /// <summary>A dictionary of plain words (a Vale <c>ignore</c> list), with the same case rules.</summary>
    public static HunspellDictionary FromWords(IEnumerable<string> words)
    {
        var forms = new Dictionary<string, Form>(StringComparer.Ordinal);
        foreach (string word in words)
        {
            Add(forms, word, Form.Exact | Form.AnyCase);
        }

        return new HunspellDictionary(forms, "");
    }

    /// <summary>True when the dictionary accepts <paramref name="word"/> as it is written.</summary>
    public bool Check(string word)
    {
        if (_forms.TryGetValue(word, out var exact))
        {
            if (exact.HasFlag(Form.Forbidden))
            {
                return false;
            }

            if (exact.HasFlag(Form.Exact))
            {
                return true;
            }
        }

        return WordCases.Of(word) switch
        {
            WordCase.Capitalised => AcceptsAnyCase(WordCases.LowerFirst(word)),
            WordCase.Upper => AcceptsAnyCase(word.ToLowerInvariant()) || AcceptsAnyCase(WordCases.Capitalise(word)),
            _ => false,
        };
    }

    private bool AcceptsAnyCase(string form) =>
        _forms.TryGetValue(form, out var found) && found.HasFlag(Form.AnyCase) && !found.HasFlag(Form.Forbidden);

    private static void Add(Dictionary<string, Form> forms, string form, AffixExpander.Kind kind) =>
        Add(forms, form, kind switch
        {
            AffixExpander.Kind.Forbidden => Form.Forbidden,
            AffixExpander.Kind.KeepCase => Form.Exact,
            _ => Form.Exact | Form.AnyCase,
        });

    private static void Add(Dictionary<string, Form> forms, string form, Form flags)
    {
        forms.TryGetValue(form, out var existing);
        forms[form] = existing | flags;
    }

    // "word/flags morphology": Hunspell lets a word hold a slash written as \/.
    private static (string Word, string? Flags) Entry(string line)
    {
        int end = line.IndexOfAny([' ', '\t']);
        string field = (end < 0 ? line : line[..end]).Trim();
        for (int i = 0; i < field.Length; i++)
        {
            if (field[i] == '/' && (i == 0 || field[i - 1] != '\\'))
            {
                return (field[..i].Replace("\\/", "/", StringComparison.Ordinal), i + 1 < field.Length ? field[(i + 1)..] : null);
            }
        }

        return (field.Replace("\\/", "/", StringComparison.Ordinal), null);
    }

    private static string Shorten(string text) => text.Length > 30 ? text[..27] + "…" : text;

    private static byte[] ReadBytes(string path)
    {
        try
        {
            return Readers.RegularFile.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot be read ({e.Message})", e);
        }
    }
}
