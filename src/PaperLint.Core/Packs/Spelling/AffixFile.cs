using System.Globalization;
using PaperLint.Core.Readers;

namespace PaperLint.Core.Packs.Spelling;

/// <summary>
/// The part of a Hunspell .aff file that real dictionaries need to say which words exist: <c>FLAG</c>, <c>AF</c>
/// aliases, <c>TRY</c>, the <c>PFX</c>/<c>SFX</c> classes, and the flags <c>NEEDAFFIX</c> (or <c>PSEUDOROOT</c>),
/// <c>FORBIDDENWORD</c>, <c>KEEPCASE</c> and <c>ONLYINCOMPOUND</c>. Compounding (<c>COMPOUND*</c>), conversion
/// (<c>ICONV</c>, <c>OCONV</c>), suggestion tables and morphology are not read: Hunspell, too, ignores lines it
/// does not know.
/// </summary>
internal sealed class AffixFile
{
    private readonly List<int[]> _aliases = [];

    private AffixFile()
    {
    }

    public FlagMode Mode { get; private set; } = FlagMode.Char;

    /// <summary>The characters suggestions try, most frequent first (<c>TRY</c>).</summary>
    public string Try { get; private set; } = "";

    public int? NeedAffix { get; private set; }

    public int? Forbidden { get; private set; }

    public int? KeepCase { get; private set; }

    public int? OnlyInCompound { get; private set; }

    public Dictionary<int, AffixClass> Classes { get; } = [];

    public static readonly AffixFile Empty = new();

    /// <summary>Reads an .aff file's text; <paramref name="path"/> names it in errors (<c>en_US.aff:12: …</c>).</summary>
    /// <exception cref="InputException">A line Hunspell would refuse.</exception>
    public static AffixFile Parse(string text, string path)
    {
        var aff = new AffixFile();
        string[] lines = text.ReplaceLineEndings("\n").Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string[] fields = Fields(lines[i]);
            if (fields.Length == 0)
            {
                continue;
            }

            try
            {
                i = aff.Read(fields, lines, i);
            }
            catch (FormatException e)
            {
                throw new InputException($"{path}:{i + 1}: {e.Message}");
            }
            catch (EntryException e)
            {
                throw new InputException($"{path}:{e.Line + 1}: {e.Message}");
            }
        }

        return aff;
    }

    /// <summary>The flags of a .dic entry or an affix's continuation: a number when <c>AF</c> aliases are defined, otherwise flags in the file's mode.</summary>
    public int[] FlagsOf(string text)
    {
        if (_aliases.Count == 0)
        {
            return Flags.Parse(text, Mode);
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int index) && index >= 1 && index <= _aliases.Count
            ? _aliases[index - 1]
            : throw new FormatException($"'{text}' is not an AF alias (the .aff defines {_aliases.Count}, numbered from 1)");
    }

    private static string[] Fields(string line)
    {
        // A comment line; Hunspell also allows comments after a directive's fields, which are extra fields here.
        string trimmed = line.Trim().TrimStart('\uFEFF');
        return trimmed.StartsWith('#') ? [] : trimmed.Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
    }

    // Reads the directive on lines[i] (and the lines that belong to it); returns the index of its last line.
    private int Read(string[] fields, string[] lines, int i)
    {
        switch (fields[0])
        {
            case "FLAG":
                Mode = Flags.ModeNamed(Argument(fields));
                return i;
            case "TRY":
                Try = Argument(fields);
                return i;
            case "NEEDAFFIX" or "PSEUDOROOT":
                NeedAffix = Flags.ParseOne(Argument(fields), Mode);
                return i;
            case "FORBIDDENWORD":
                Forbidden = Flags.ParseOne(Argument(fields), Mode);
                return i;
            case "KEEPCASE":
                KeepCase = Flags.ParseOne(Argument(fields), Mode);
                return i;
            case "ONLYINCOMPOUND":
                OnlyInCompound = Flags.ParseOne(Argument(fields), Mode);
                return i;
            case "AF":
                return ReadAliases(fields, lines, i);
            case "PFX" or "SFX":
                return ReadClass(fields, lines, i);
            default:
                return i;
        }
    }

    private static string Argument(string[] fields) =>
        fields.Length >= 2 ? fields[1] : throw new FormatException($"{fields[0]} needs a value");

    private int ReadAliases(string[] fields, string[] lines, int i)
    {
        int count = Count(fields, "AF n");
        int line = i;
        for (int n = 0; n < count; n++)
        {
            string[] entry = NextEntry(lines, ref line, "AF", "AF", count, n, i);
            _aliases.Add(entry.Length >= 2 ? Flags.Parse(entry[1], Mode) : []);
        }

        return line;
    }

    private int ReadClass(string[] fields, string[] lines, int i)
    {
        string tag = fields[0];
        if (fields.Length < 4)
        {
            throw new FormatException($"{tag} needs a header '{tag} flag Y|N count' before its entries");
        }

        int flag = Flags.ParseOne(fields[1], Mode);
        bool cross = fields[2] switch
        {
            "Y" => true,
            "N" => false,
            _ => throw new FormatException($"{tag} {fields[1]}: the cross product must be Y or N, not '{fields[2]}'"),
        };
        int count = Count([tag, fields[3]], $"{tag} flag Y|N count");
        var entries = new List<AffixEntry>(count);
        int line = i;
        for (int n = 0; n < count; n++)
        {
            string label = $"{tag} {fields[1]}";
            string[] entry = NextEntry(lines, ref line, tag, label, count, n, i);
            if (entry.Length < 4 || entry[1] != fields[1])
            {
                throw new EntryException(line, $"expected entry {n + 1} of the {count} that {label} announces ('{label} strip add condition'), not '{string.Join(' ', entry)}'");
            }

            try
            {
                string add = entry[3];
                int[] continuation = [];
                int slash = add.IndexOf('/', StringComparison.Ordinal);
                if (slash >= 0)
                {
                    continuation = FlagsOf(add[(slash + 1)..]);
                    add = add[..slash];
                }

                entries.Add(new AffixEntry(
                    tag == "PFX",
                    entry[2] == "0" ? "" : entry[2],
                    add == "0" ? "" : add,
                    entry.Length > 4 ? AffixCondition.Parse(entry[4]) : AffixCondition.Any,
                    continuation));
            }
            catch (FormatException e)
            {
                throw new EntryException(line, e.Message);
            }
        }

        if (Classes.TryGetValue(flag, out var existing))
        {
            // Hunspell allows a flag's entries in more than one block.
            existing.Entries.AddRange(entries);
        }
        else
        {
            Classes[flag] = new AffixClass(tag == "PFX", cross, entries);
        }

        return line;
    }

    private static int Count(string[] fields, string form) =>
        fields.Length >= 2 && int.TryParse(fields[^1], NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            ? count
            : throw new FormatException($"expected '{form}', with a number of entries, not '{string.Join(' ', fields)}'");

    // The next non-blank, non-comment line after `line`, which must start with `tag`; `label` and `header` name the
    // directive that announced `count` of them.
    private static string[] NextEntry(string[] lines, ref int line, string tag, string label, int count, int n, int header)
    {
        while (++line < lines.Length)
        {
            string[] fields = Fields(lines[line]);
            if (fields.Length == 0)
            {
                continue;
            }

            return fields[0] == tag ? fields : throw new EntryException(line, $"expected entry {n + 1} of the {count} that {label} announces, not a {fields[0]} line");
        }

        throw new EntryException(header, $"{label} announces {count} entries, but the file ends after {n}");
    }

    private sealed class EntryException(int line, string message) : Exception(message)
    {
        public int Line { get; } = line;
    }
}
