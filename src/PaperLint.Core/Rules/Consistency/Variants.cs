using System.Text.RegularExpressions;
using PaperLint.Core.Model;
using PaperLint.Core.Prose;

namespace PaperLint.Core.Rules.Consistency;

/// <summary>
/// <c>Consistency.Variants</c>: one word written two ways in one paper, found without a list: forms that differ
/// only by diacritics (<c>Zizek</c>/<c>Žižek</c>), by hyphenation or spacing (<c>e-mail</c>/<c>email</c>,
/// <c>decision-making</c>/<c>decision making</c>), or a phrase with a singular and a plural possessive
/// (<c>worker's state</c>/<c>workers' state</c>). Every form is counted over the whole paper, notes included;
/// each use of a form that loses is reported where it is, with the counts. The form that wins is the one the
/// configuration prefers, else the spelling a Names pack gives the name, else the most used (on a tie, the first).
/// </summary>
/// <remarks>
/// Where a name lacks its diacritics, <c>Names.Diacritics</c> reports it too, at the same place with the same
/// suggestion; the linter shows one of two such findings (see <see cref="Linting.Linter"/>), so this rule
/// need not know whether that one is on.
/// </remarks>
public sealed class Variants : IRule
{
    private const string Word = @"\p{L}[\p{L}\p{M}]*";

    private static readonly Regex Words = new(
        $@"(?<![\p{{L}}\p{{M}}\p{{N}}]){Word}(?:[-\u2010\u2011]{Word})*(?![\p{{L}}\p{{M}}\p{{N}}])",
        RegexOptions.CultureInvariant);

    // A possessive and the word it belongs to: "worker's state", "workers’ state".
    private static readonly Regex Possessives = new(
        $@"(?<![\p{{L}}\p{{M}}\p{{N}}'’])(?<stem>{Word})(?<apostrophe>['’])(?<s>s?)(?![\p{{L}}\p{{M}}\p{{N}}])\s(?<next>{Word})(?![\p{{L}}\p{{M}}\p{{N}}])",
        RegexOptions.CultureInvariant);

    // English words whose accented twin means something else: résumé is not resume, exposé is not expose.
    private static readonly HashSet<string> DistinctWithoutAccents = new(StringComparer.Ordinal)
    {
        "resume", "resumes", "expose", "exposes", "rose", "roses", "pate", "pates", "lame", "sake", "mate", "mates",
        "pique", "cure", "cures", "ole", "pere", "peres", "pore", "sale", "saute",
    };

    // Words after a hyphenated compound that show it is not modifying a noun ("decision-making is ..."):
    // before a noun a compound takes its hyphen by rule ("decision-making process"), whatever the paper
    // does elsewhere, so such uses are not compared with the open form.
    private static readonly HashSet<string> NotNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as",
        "than", "that", "which", "who", "whose", "is", "are", "was", "were", "be", "been", "being", "has", "have",
        "had", "it", "its", "this", "these", "those", "into", "onto", "upon", "over", "under", "also", "itself",
        "remains", "remained", "became", "becomes", "seems", "seemed", "alone", "too", "not", "so", "if", "when",
        "while", "where", "because", "after", "before", "among", "between", "through", "during", "without", "within",
        "can", "could", "may", "might", "must", "should", "would", "will", "shall", "did", "does", "do",
    };

    public string Id => "Consistency.Variants";

    public Severity DefaultSeverity => Severity.Warning;

    public string Description => "One word or name written two ways: with and without diacritics (Zizek/Žižek), hyphenated or not (e-mail/email), or a singular and a plural possessive in one phrase.";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var document = context.Document;
        var scope = new CountingScope(context);
        var words = new Dictionary<string, List<Use>>(StringComparer.Ordinal);
        var open = new Dictionary<string, List<Use>>(StringComparer.Ordinal);
        var possessives = new Dictionary<string, List<Use>>(StringComparer.Ordinal);
        int order = 0;
        foreach (var block in document.Blocks.Where(scope.Reads))
        {
            CollectWords(block, scope, words, open, ref order);
            CollectPossessives(block, scope, possessives, ref order);
        }

        // An open form ("decision making") is a variant only of a compound the paper also hyphenates.
        foreach (var (key, uses) in open)
        {
            if (words.TryGetValue(key, out var group) && group.Any(u => u.Form.Contains('-', StringComparison.Ordinal)))
            {
                group.RemoveAll(u => u.Attributive);
                group.AddRange(uses);
            }
        }

        var findings = new List<(int Order, Finding Finding)>();
        foreach (var (key, uses) in words)
        {
            if (IsComparable(key, uses) && !AccentsMakeWords(context, uses))
            {
                Report(document, context, uses, WordChoice(key, context.Settings<ConsistencyOptions>()), findings);
            }
        }

        foreach (var uses in possessives.Values)
        {
            Report(document, context, uses, null, findings);
        }

        return findings.OrderBy(f => f.Order).Select(f => f.Finding).ToList();
    }

    private static void CollectWords(Block block, CountingScope scope, Dictionary<string, List<Use>> words, Dictionary<string, List<Use>> open, ref int order)
    {
        string text = block.Text;
        Match? previous = null;
        foreach (Match m in Words.Matches(text))
        {
            if (!scope.Counts(block, m.Index, m.Length))
            {
                previous = null;
                continue;
            }

            string form = TextFold.Form(m.Value);
            bool hyphenated = form.Contains('-', StringComparison.Ordinal);
            Add(words, TextFold.Key(m.Value), new Use(block, m.Index, m.Length, m.Value, form, order++, hyphenated && ModifiesNextWord(text, m.Index + m.Length)));

            if (previous is not null && !hyphenated && IsOpenPair(text, previous, m))
            {
                string pair = text.Substring(previous.Index, m.Index + m.Length - previous.Index);
                Add(open, TextFold.Key(pair), new Use(block, previous.Index, pair.Length, pair, TextFold.Form(pair), order++, false));
            }

            previous = hyphenated ? null : m;
        }
    }

    private static void CollectPossessives(Block block, CountingScope scope, Dictionary<string, List<Use>> possessives, ref int order)
    {
        foreach (Match m in Possessives.Matches(block.Text))
        {
            string stem = m.Groups["stem"].Value;
            bool singular = m.Groups["s"].Length > 0;
            if (!singular)
            {
                // "workers'" is the plural possessive of "worker"; a bare apostrophe after another letter is not a possessive.
                if (stem.Length < 3 || char.ToLowerInvariant(stem[^1]) != 's')
                {
                    continue;
                }

                stem = stem[..^1];
            }

            if (stem.Length < 2 || !scope.Counts(block, m.Index, m.Length))
            {
                continue;
            }

            string next = m.Groups["next"].Value;
            var possessive = new Possessive(stem, m.Groups["apostrophe"].Value[0], next);
            Add(possessives, TextFold.Key(stem) + "|" + TextFold.Key(next), new Use(block, m.Index, m.Length, m.Value, singular ? "'s" : "s'", order++, false, possessive));
        }
    }

    private static void Add(Dictionary<string, List<Use>> groups, string key, Use use)
    {
        if (!groups.TryGetValue(key, out var list))
        {
            list = groups[key] = [];
        }

        list.Add(use);
    }

    // Two lower-case words parted by one space only: a candidate open form of a compound.
    private static bool IsOpenPair(string text, Match first, Match second)
    {
        int gap = second.Index - (first.Index + first.Length);
        return gap == 1 && text[first.Index + first.Length] == ' ' && char.IsLower(first.Value[0]) && char.IsLower(second.Value[0]);
    }

    private static bool ModifiesNextWord(string text, int end)
    {
        if (end + 1 >= text.Length || text[end] != ' ' || !char.IsLower(text[end + 1]))
        {
            return false;
        }

        var next = Words.Match(text, end + 1);
        return next.Success && next.Index == end + 1 && !NotNouns.Contains(next.Value);
    }

    private static bool IsComparable(string key, List<Use> uses)
    {
        var forms = uses.Select(u => u.Form).Distinct(StringComparer.Ordinal).ToList();
        if (forms.Count < 2 || key.Length < 3)
        {
            return false;
        }

        // "re-form" is not "reform", "re-cover" not "recover"; a co-op is not a coop.
        if (forms.Any(f => f.StartsWith("re-", StringComparison.Ordinal)) || key == "coop")
        {
            return false;
        }

        return !forms.Any(f => DistinctWithoutAccents.Contains(f));
    }

    /// <summary>
    /// In a language that marks words with accents (French, Spanish, German, Portuguese…), two lower-case forms that
    /// differ only by accents are two words as often as a slip (trouve/trouvé, como/cómo, wurde/würde, een/één), and
    /// which is which takes a dictionary: they are left alone. Names (always capitalised) are still compared, except
    /// in German, where every noun is capitalised.
    /// </summary>
    private static bool AccentsMakeWords(LintContext context, List<Use> uses)
    {
        if (uses.Select(u => Diacritics.Remove(u.Form)).Distinct(StringComparer.Ordinal).Count() > 1)
        {
            return false;
        }

        var languages = uses.Select(u => context.LanguageOf(u.Block)).ToList();
        int other = languages.Count(language => language is not null && language != "en");
        if (other * 2 <= uses.Count)
        {
            return false;
        }

        // German writes every noun with a capital (Note/Nöte), so there a capital does not make a name.
        bool german = languages.Count(language => language == "de") * 2 > uses.Count;
        return german || !uses.All(u => char.IsUpper(u.Text[0]));
    }

    private static Choice? WordChoice(string key, ConsistencyOptions options)
    {
        foreach (string preferred in options.Prefer)
        {
            if (TextFold.Key(preferred) == key)
            {
                return new Choice(TextFold.Form(preferred), preferred, " (house style)");
            }
        }

        return options.Names.For(key) is { } name
            ? new Choice(TextFold.Form(name), name, ", the spelling of the name")
            : null;
    }

    private void Report(Document document, LintContext context, List<Use> uses, Choice? choice, List<(int, Finding)> findings)
    {
        var forms = uses.GroupBy(u => u.Form, StringComparer.Ordinal).OrderBy(g => g.Min(u => u.Order)).ToList();
        if (forms.Count < 2)
        {
            return;
        }

        string winner = choice?.Form ?? forms[Tally.Majority([.. forms.Select(f => f.Count())], [.. forms.Select(f => f.Min(u => u.Order))])].Key;

        // A word the paper ever writes in lower case is no name: a capital is the start of a sentence.
        bool name = uses.All(u => char.IsUpper(u.Text[0]));
        foreach (var use in uses.Where(u => u.Form != winner))
        {
            // This form first, as written here; the others as the paper writes them most often.
            var listed = forms
                .OrderBy(f => f.Key == use.Form ? 0 : 1)
                .Select(f => (f.Key == use.Form ? Display(use, use) : AsWord(Display(MostWritten(f), use), name), f.Count()))
                .ToList();
            var winners = forms.FirstOrDefault(f => f.Key == winner);
            string target = winners is not null ? AsWord(Display(MostWritten(winners), use), name) : choice!.Text;
            string suggestion = Casing.LikeMatch(use.Text, target);
            string message = $"{Tally.AreUsed(listed)}; use '{suggestion}'{choice?.Reason ?? ""}";
            findings.Add((use.Order, Finding.At(document, use.Block, use.Start, use.Length, Id, context.SeverityFor(this), message, [suggestion])));
        }
    }

    private static string AsWord(string text, bool name) =>
        name || !char.IsUpper(text[0]) ? text : char.ToLowerInvariant(text[0]) + text[1..];

    // Lower case where the paper ever writes it so (a capital may be only the start of a sentence), then the most used.
    private static Use MostWritten(IEnumerable<Use> uses) =>
        uses.GroupBy(u => u.Text, StringComparer.Ordinal)
            .OrderBy(g => char.IsUpper(g.Key[0]) ? 1 : 0)
            .ThenByDescending(g => g.Count())
            .ThenBy(g => g.Min(u => u.Order))
            .First()
            .First();

    // A possessive is shown with the apostrophe of the place reported, as the apostrophe's shape is Consistency.QuoteMarks' concern.
    private static string Display(Use form, Use at) => form.Possessive is { } p && at.Possessive is { } here
        ? (form.Form == "'s" ? $"{p.Stem}{here.Apostrophe}s {p.Next}" : $"{p.Stem}s{here.Apostrophe} {p.Next}")
        : form.Text;

    private sealed record Possessive(string Stem, char Apostrophe, string Next);

    private sealed record Use(Block Block, int Start, int Length, string Text, string Form, int Order, bool Attributive, Possessive? Possessive = null);

    private sealed record Choice(string Form, string Text, string Reason);
}
