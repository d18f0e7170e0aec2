namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// The numbers Word prints before the paragraphs of its numbered lists (<c>w:numPr</c>), which are not in the
/// paragraphs' text: counted here as Word counts them, item by item in reading order, from the numbering part's
/// definitions (where each level starts, and whether it counts in digits at all). A list instance that restarts
/// (<c>w:startOverride</c>) counts on its own; instances of one definition without one continue each other, as in Word.
/// </summary>
internal sealed class ListNumbering
{
    private const int Levels = 9;

    private readonly Dictionary<int, int> _abstractOf = [];
    private readonly Dictionary<(int Num, int Level), int> _startOverrides = [];
    private readonly Dictionary<(int Abstract, int Level), (bool Digits, int Start)> _levels = [];
    private readonly Dictionary<string, int?[]> _counters = new(StringComparer.Ordinal);

    public ListNumbering(WordNode? numbering)
    {
        if (numbering is null)
        {
            return;
        }

        foreach (var definition in numbering.Elements("abstractNum"))
        {
            if (definition.Int("abstractNumId") is not { } id)
            {
                continue;
            }

            foreach (var level in definition.Elements("lvl"))
            {
                if (level.Int("ilvl") is { } index)
                {
                    _levels.TryAdd((id, index), (CountsInDigits(level), level.Child("start")?.Int("val") ?? 1));
                }
            }
        }

        foreach (var instance in numbering.Elements("num"))
        {
            if (instance.Int("numId") is not { } num || instance.Child("abstractNumId")?.Int("val") is not { } abstractId)
            {
                continue;
            }

            _abstractOf.TryAdd(num, abstractId);
            foreach (var over in instance.Elements("lvlOverride"))
            {
                if (over.Int("ilvl") is { } index && over.Child("startOverride")?.Int("val") is { } start)
                {
                    _startOverrides.TryAdd((num, index), start);
                }
            }
        }
    }

    /// <summary>
    /// Counts the next item of list <paramref name="num"/> at <paramref name="level"/> (0-based) and returns the number
    /// Word prints before it, or null when that level is not counted in digits (bullets, letters, roman numerals) or the
    /// list is not defined.
    /// </summary>
    public int? Next(int num, int level)
    {
        if (num == 0 || level is < 0 or >= Levels || !_abstractOf.TryGetValue(num, out int abstractId))
        {
            return null;
        }

        bool restarts = Enumerable.Range(0, Levels).Any(l => _startOverrides.ContainsKey((num, l)));
        string key = restarts ? $"num {num}" : $"abstract {abstractId}";
        if (!_counters.TryGetValue(key, out var counters))
        {
            _counters[key] = counters = new int?[Levels];
        }

        var (digits, start) = _levels.GetValueOrDefault((abstractId, level), (false, 1));
        if (_startOverrides.TryGetValue((num, level), out int overridden))
        {
            start = overridden;
        }

        int value = counters[level] is { } last ? last + 1 : start;
        counters[level] = value;

        // An item of a level begins the count of every deeper level anew.
        for (int deeper = level + 1; deeper < Levels; deeper++)
        {
            counters[deeper] = null;
        }

        return digits ? value : null;
    }

    private static bool CountsInDigits(WordNode level) => level.ValueOf("numFmt") switch
    {
        // An unknown format, as no format, is Word's default: decimal.
        null => true,
        "decimal" or "decimalZero" or "decimalEnclosedParen" or "decimalEnclosedFullstop" or "decimalFullWidth" or "decimalHalfWidth" => true,
        var format => !NumberFormats.Contains(format),
    };

    /// <summary>The number formats of <c>w:numFmt</c> (ECMA-376, ST_NumberFormat), as Word writes them.</summary>
    internal static readonly HashSet<string> NumberFormats = new(StringComparer.Ordinal)
    {
        "decimal", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "ordinal", "cardinalText", "ordinalText", "hex",
        "chicago", "ideographDigital", "japaneseCounting", "aiueo", "iroha", "decimalFullWidth", "decimalHalfWidth",
        "japaneseLegal", "japaneseDigitalTenThousand", "decimalEnclosedCircle", "decimalFullWidth2", "aiueoFullWidth",
        "irohaFullWidth", "decimalZero", "bullet", "ganada", "chosung", "decimalEnclosedFullstop", "decimalEnclosedParen",
        "decimalEnclosedCircleChinese", "ideographEnclosedCircle", "ideographTraditional", "ideographZodiac",
        "ideographZodiacTraditional", "taiwaneseCounting", "ideographLegalTraditional", "taiwaneseCountingThousand",
        "taiwaneseDigital", "chineseCounting", "chineseLegalSimplified", "chineseCountingThousand", "koreanDigital",
        "koreanCounting", "koreanLegal", "koreanDigital2", "vietnameseCounting", "russianLower", "russianUpper", "none",
        "numberInDash", "hebrew1", "hebrew2", "arabicAlpha", "arabicAbjad", "hindiVowels", "hindiConsonants", "hindiNumbers",
        "hindiCounting", "thaiLetters", "thaiNumbers", "thaiCounting", "bahtText", "dollarText", "custom",
    };
}
