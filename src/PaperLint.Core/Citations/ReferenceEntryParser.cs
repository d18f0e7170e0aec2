using System.Text.RegularExpressions;
using PaperLint.Core.Model;

namespace PaperLint.Core.Citations;

/// <summary>
/// Reads one entry of a references list in the common shapes: APA <c>Serge, V. (1974). Title.</c>,
/// Harvard <c>Serge, V. (1974) Title.</c>, Chicago author-date <c>Serge, Victor. 1974. Title.</c> and MLA
/// <c>Serge, Victor. Title. Publisher, 1974.</c>, into surnames, year and title.
/// </summary>
internal static partial class ReferenceEntryParser
{
    private const int MaxAuthorsLength = 400;

    /// <summary>Reads <paramref name="text"/>[start..end]; offsets in the result are offsets in <paramref name="text"/>. Null when it is not an entry.</summary>
    public static ReferenceEntry? Parse(string text, int start, int end, IReadOnlyList<InlineSpan>? spans = null, IReadOnlyList<string>? previousAuthors = null)
    {
        int s = SkipBullet(text, start, end);
        if (s >= end)
        {
            return null;
        }

        string entry = text[s..end];
        // The two patterns that read a year straight after the authors (Chicago's, and Harvard's without brackets) need
        // the year's first character before the text's first bracket: most prose has none there, and is not searched.
        bool yearAfterAuthors = MayHoldYear(entry);
        var chicago = yearAfterAuthors ? ChicagoYear().Match(entry) : Match.Empty;
        if (chicago.Success && chicago.Groups["authors"].Value.TrimEnd().EndsWith('.'))
        {
            var year = chicago.Groups["year"];
            var built = Build(text, s, end, chicago.Groups["authors"].Value, year.Index, year.Value, s + chicago.Index + chicago.Length, ReferenceStyle.ChicagoAuthorDate, spans, previousAuthors);
            if (built is not null)
            {
                return built;
            }
        }

        var apa = ApaYear().Match(entry);
        if (apa.Success && apa.Index <= MaxAuthorsLength && apa.Index > 0)
        {
            var year = apa.Groups["year"];
            int after = apa.Index + apa.Length;
            var style = after < entry.Length && entry[after] == '.' ? ReferenceStyle.Apa : ReferenceStyle.Harvard;
            var built = Build(text, s, end, entry[..apa.Index], year.Index, year.Value, s + after, style, spans, previousAuthors);
            if (built is not null)
            {
                return built;
            }
        }

        // Harvard without brackets, as the Australian style writes it: "Drayton, A 2006, ‘Title’, Journal".
        var bare = yearAfterAuthors ? BareHarvardYear().Match(entry) : Match.Empty;
        if (bare.Success && !HasSentenceStop(bare.Groups["authors"].Value) && !NameWords.IsNotName(bare.Groups["authors"].Value.Split(' ')[0]))
        {
            var year = bare.Groups["year"];
            var built = Build(text, s, end, bare.Groups["authors"].Value, year.Index, year.Value, s + bare.Index + bare.Length, ReferenceStyle.Harvard, spans, previousAuthors);
            if (built is not null)
            {
                return built;
            }
        }

        return ParseMla(text, s, end, spans, previousAuthors);
    }

    /// <summary>
    /// False when neither <see cref="ChicagoYear"/> nor <see cref="BareHarvardYear"/> can match <paramref name="entry"/>: both
    /// read authors without brackets from its start and then a year, which opens with the digit 1 or 2 or is "n.d."
    /// ("n. d."), so one of those stands before its first bracket. Asked of every paragraph that may be an entry.
    /// </summary>
    internal static bool MayHoldYear(ReadOnlySpan<char> entry)
    {
        int bracket = entry.IndexOfAny('(', ')');
        var head = bracket < 0 ? entry : entry[..bracket];
        return head.IndexOfAny('1', '2') >= 0 || head.Contains("n.", StringComparison.Ordinal);
    }

    /// <summary>True when either year pattern that <see cref="MayHoldYear"/> gates matches <paramref name="entry"/>.</summary>
    internal static bool YearAfterAuthorsMatches(string entry) => ChicagoYear().IsMatch(entry) || BareHarvardYear().IsMatch(entry);

    /// <summary>The first of two characters in text[from..], or -1; asked of every paragraph, so no array of them is made.</summary>
    private static int IndexOfEither(string text, int from, char a, char b)
    {
        int found = text.AsSpan(from).IndexOfAny(a, b);
        return found < 0 ? -1 : from + found;
    }

    /// <summary>
    /// The number that opens an entry of a numbered list, <c>12.</c>, <c>[12]</c>, <c>12)</c> or <c>(12)</c>, at
    /// text[start..end] after white space: its value, where it is, and where the entry's words begin (after the
    /// space or the dash that follows it). Null when the entry does not open with one.
    /// </summary>
    public static (int Number, int Start, int Length, int Body)? NumberLabel(string text, int start, int end)
    {
        int s = start;
        while (s < end && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        // A label opens with a bracket or a digit; where none stands, the rest of the entry is not searched for one.
        if (s >= end || !(text[s] is '[' or '(' || char.IsDigit(text[s])))
        {
            return null;
        }

        var label = Label().Match(text, s, end - s);
        if (!label.Success || label.Index != s || !int.TryParse(label.Groups["n"].ValueSpan, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number) || number == 0)
        {
            return null;
        }

        int body = s + label.Length;
        while (body < end && (char.IsWhiteSpace(text[body]) || text[body] is '-' or '\u2013' or '\u2014'))
        {
            body++;
        }

        return body < end ? (number, s, label.Groups["label"].Length, body) : null;
    }

    /// <summary>
    /// An entry of a numbered list that none of the author-date shapes reads: the authors as Vancouver
    /// (<c>Serge V, Rose J. Title.</c>), IEEE (<c>V. Serge and J. Rose, “Title,”</c>) or MDPI (<c>Serge, V.; Rose, J. Title.</c>)
    /// write them, when they can be read, and the last year. Its number makes it an entry even when its authors cannot be
    /// read (a web page, a standard, a work by its title): then it has none.
    /// </summary>
    public static ReferenceEntry ParseNumbered(string text, int start, int end, IReadOnlyList<InlineSpan>? spans = null) =>
        ParseNumbered(text, start, end, spans, strict: false)!;

    /// <summary>
    /// An entry whose authors are written as Vancouver, IEEE or MDPI write them (which the author-date shapes misread:
    /// "Okafor N. Signals at dusk." is no institution); null when they are not.
    /// </summary>
    public static ReferenceEntry? ParseNumberedShape(string text, int start, int end, IReadOnlyList<InlineSpan>? spans = null) =>
        ParseNumbered(text, start, end, spans, strict: true);

    private static ReferenceEntry? ParseNumbered(string text, int start, int end, IReadOnlyList<InlineSpan>? spans, bool strict)
    {
        string entry = text[start..end];
        int authorsEnd = NumberedAuthors(entry, strict, out var authors, out bool etAl, out string? firstGiven);
        if (strict && authors is null)
        {
            return null;
        }

        int titleFrom = start + authorsEnd;
        string? title = null;
        int quote = IndexOfEither(entry, authorsEnd, '\u201C', '"');
        if (authors is not null && quote >= 0 && quote <= authorsEnd + 3)
        {
            int close = IndexOfEither(entry, quote + 1, '\u201D', '"');
            if (close > quote)
            {
                title = entry[(quote + 1)..close].Trim().TrimEnd(',', '.').Trim();
            }
        }

        string? plainTitle = title ?? FirstSentence(text, titleFrom, end);
        var years = AnyYear().Matches(entry, authorsEnd).Where(y => !IsAccessDate(entry, y.Index) && !IsPartOfNumber(entry, y.Index, y.Length)).ToList();
        var year = years.Count > 0 ? years[^1] : null;
        return new ReferenceEntry
        {
            Authors = authors ?? [],
            EtAl = etAl,
            FirstGiven = firstGiven,
            Year = year?.Value,
            Title = plainTitle,
            PlainTitle = plainTitle,
            Style = ReferenceStyle.Numbered,
            Start = start,
            AuthorsLength = authors is null ? 0 : entry[..authorsEnd].TrimEnd().TrimEnd('.', ',', ';').Length,
            YearStart = year is null ? -1 : start + year.Index,
            YearLength = year?.Length ?? 0,
        };
    }

    /// <summary>The authors of a numbered entry and where they end in it; null authors (and 0) when they cannot be read.</summary>
    private static int NumberedAuthors(string entry, bool strict, out IReadOnlyList<string>? authors, out bool etAl, out string? firstGiven)
    {
        authors = null;
        etAl = false;
        firstGiven = null;

        // MDPI and ACS: "Serge, V.; Rose, J.M. Title." The last author's initials end the authors.
        if (entry.IndexOf(';') is > 0 and var semicolon && semicolon < MaxAuthorsLength)
        {
            var last = MdpiLastAuthor().Match(entry);
            if (last.Success && !entry[..last.Index].Contains(". ", StringComparison.Ordinal))
            {
                int stop = last.Index + last.Length;
                var names = entry[..stop].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                var surnames = new List<string>();
                foreach (string name in names)
                {
                    if (EtAl().IsMatch(name) && name.TrimStart(',', ' ').StartsWith("et", StringComparison.Ordinal))
                    {
                        etAl = true;
                        continue;
                    }

                    int comma = name.IndexOf(',');
                    string surname = comma > 0 ? name[..comma].Trim() : "";
                    if (surname.Length == 0 || !IsSurname(surname, institution: false))
                    {
                        surnames.Clear();
                        break;
                    }

                    surnames.Add(surname);
                    if (surnames.Count == 1)
                    {
                        firstGiven = name[(comma + 1)..].Trim();
                    }
                }

                if (surnames.Count > 0)
                {
                    authors = surnames;
                    return stop;
                }

                firstGiven = null;
            }
        }

        // IEEE: "V. Serge, J. Rose, and K. Marx, “Title,”" The authors end before the quoted title.
        int quote = entry.AsSpan().IndexOfAny('\u201C', '"');
        if (quote > 0 && quote < MaxAuthorsLength)
        {
            var chunks = AndJoin().Replace(entry[..quote].Trim().TrimEnd(','), ", ").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            if (chunks.Count > 0 && EtAl().IsMatch(chunks[^1]))
            {
                etAl = true;
                chunks[^1] = EtAl().Replace(chunks[^1], "").Trim();
                chunks.RemoveAll(c => c.Length == 0);
            }

            if (chunks.Count > 0 && chunks.All(OpensWithInitials))
            {
                authors = chunks.Select(c => SurnameInNaturalOrder(c, afterInitials: true)!).ToList();
                firstGiven = chunks[0][..chunks[0].LastIndexOf(authors[0], StringComparison.Ordinal)].Trim();
                return quote;
            }

            etAl = false;
        }

        // Vancouver: "Okafor N, Brandt EJ, et al. Title." Surnames and initials without stops, a full stop after the last.
        var vancouver = VancouverAuthors().Match(entry);
        if (vancouver.Success && ReadAuthors(vancouver.Groups["authors"].Value, null, out etAl, out firstGiven) is { } listed)
        {
            authors = listed;
            return vancouver.Groups["authors"].Length + 1;
        }

        etAl = false;
        firstGiven = null;
        if (strict)
        {
            return 0;
        }

        // The other shapes: the authors up to the first full stop that does not close an initial.
        int end = SentenceStop(entry);
        if (end > 0 && ReadAuthors(entry[..end], null, out etAl, out firstGiven) is { } read)
        {
            authors = read;
            return end + 1;
        }

        etAl = false;
        firstGiven = null;
        return 0;
    }

    /// <summary>The first full stop followed by a space that does not close an initial ("Serge V. Title": the one after "V"); -1 when none.</summary>
    private static int SentenceStop(string entry)
    {
        for (int i = 1; i < entry.Length - 1 && i <= MaxAuthorsLength; i++)
        {
            if (entry[i] != '.' || !char.IsWhiteSpace(entry[i + 1]))
            {
                continue;
            }

            int wordStart = i;
            while (wordStart > 0 && !char.IsWhiteSpace(entry[wordStart - 1]) && entry[wordStart - 1] != ',')
            {
                wordStart--;
            }

            string word = entry[wordStart..(i + 1)];
            if (!NameWords.IsInitial(word))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>MLA: the authors up to the first full stop that does not close an initial, the year last.</summary>
    private static ReferenceEntry? ParseMla(string text, int s, int end, IReadOnlyList<InlineSpan>? spans, IReadOnlyList<string>? previousAuthors)
    {
        string entry = text[s..end];
        int stop = -1;
        for (int i = 1; i < entry.Length - 1 && i <= MaxAuthorsLength; i++)
        {
            if (entry[i] != '.' || !char.IsWhiteSpace(entry[i + 1]))
            {
                continue;
            }

            int wordStart = i;
            while (wordStart > 0 && !char.IsWhiteSpace(entry[wordStart - 1]) && entry[wordStart - 1] != ',')
            {
                wordStart--;
            }

            string word = entry[wordStart..(i + 1)];
            if (NameWords.IsInitial(word) || word is "Jr." or "Sr." or "St.")
            {
                continue;
            }

            stop = i;
            break;
        }

        if (stop < 0 || !entry[..stop].Contains(','))
        {
            return null;
        }

        // The year of publication is the last year, but not the date the page was read ("Accessed 9 December
        // 2023") nor a number that only looks like a year ("arXiv:1610.02357").
        var all = AnyYear().Matches(entry, stop);
        var years = all.Where(y => !IsAccessDate(entry, y.Index) && !IsPartOfNumber(entry, y.Index, y.Length)).ToList();
        if (years.Count == 0)
        {
            // A web page with no date but the day it was read is an entry without a year.
            return all.Any(y => IsAccessDate(entry, y.Index))
                ? Build(text, s, end, entry[..stop], -1, null, s + stop + 1, ReferenceStyle.Mla, spans, previousAuthors)
                : null;
        }

        var last = years[^1];
        return Build(text, s, end, entry[..stop], last.Index, last.Value, s + stop + 1, ReferenceStyle.Mla, spans, previousAuthors);
    }

    /// <summary>True when the text has a full stop that ends a sentence, not an initial's: "Radley. Language Models".</summary>
    private static bool HasSentenceStop(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Take(words.Length - 1).Any(w => w.EndsWith('.') && !NameWords.IsInitial(w) && !NameWords.IsInitial(w.TrimEnd(',')));
    }

    /// <summary>True when the year at <paramref name="at"/> is part of the date a web page was read: "Accessed December 9, 2023".</summary>
    private static bool IsAccessDate(string entry, int at) => AccessDate().IsMatch(entry[Math.Max(0, at - 30)..at]);

    /// <summary>
    /// True when the digits are part of a longer number or of an address: "1610.02357", "arXiv:1901.08162",
    /// "designishistory.com/1960/first-things-first"; not the year of a date written "19/12/2016".
    /// </summary>
    private static bool IsPartOfNumber(string entry, int at, int length)
    {
        int end = at + length;
        bool decimalAfter = end + 1 < entry.Length && entry[end] == '.' && char.IsAsciiDigit(entry[end + 1]);
        bool numberBefore = at >= 2 && entry[at - 1] is '.' or ':' && char.IsAsciiDigit(entry[at - 2]);
        bool path = (end < entry.Length && entry[end] == '/') || (at >= 2 && entry[at - 1] == '/' && !char.IsAsciiDigit(entry[at - 2]));
        bool identifier = at >= 6 && entry[(at - 6)..at].EndsWith("arXiv:", StringComparison.OrdinalIgnoreCase);
        return decimalAfter || numberBefore || path || identifier;
    }

    private static ReferenceEntry? Build(
        string text,
        int s,
        int end,
        string authorsText,
        int yearIndex,
        string? year,
        int titleFrom,
        ReferenceStyle style,
        IReadOnlyList<InlineSpan>? spans,
        IReadOnlyList<string>? previousAuthors)
    {
        var authors = ReadAuthors(authorsText, previousAuthors, out bool etAl, out string? firstGiven);
        if (authors is null)
        {
            return null;
        }

        string? normalizedYear = year?.Replace(" ", "", StringComparison.Ordinal);
        int slash = normalizedYear?.IndexOf('/') ?? -1;
        if (slash > 0)
        {
            normalizedYear = normalizedYear![..slash];
        }

        string? plainTitle = FirstSentence(text, titleFrom, end);
        string? title = plainTitle;
        if (spans is not null)
        {
            var italic = spans.FirstOrDefault(sp => sp.Kind == SpanKind.Emphasis && sp.Start >= s + authorsText.Length && sp.End <= end && sp.Length > 1);
            if (italic.Length > 0)
            {
                title = text.Substring(italic.Start, italic.Length).Trim().TrimEnd('.');
            }
        }

        return new ReferenceEntry
        {
            Authors = authors,
            EtAl = etAl,
            FirstGiven = firstGiven,
            Year = normalizedYear,
            Title = title,
            PlainTitle = plainTitle,
            Style = style,
            Start = s,
            AuthorsLength = authorsText.TrimEnd().TrimEnd('.', ',').Length,
            YearStart = year is null ? -1 : s + yearIndex,
            YearLength = year?.Length ?? 0,
        };
    }

    /// <summary>Surnames of all authors: <c>Woods, A., &amp; Grant, T.</c>, <c>Woods, Alan, and Ted Grant</c>, <c>Board of Education</c>.</summary>
    public static IReadOnlyList<string>? ReadAuthors(string authorsText, IReadOnlyList<string>? previousAuthors, out bool etAl) =>
        ReadAuthors(authorsText, previousAuthors, out etAl, out _);

    /// <summary>
    /// Surnames of all authors, and the given names or initials of the first as written ("Victor", "S. W. J.", "VC"),
    /// null when the entry gives none. Reads <c>Woods, A., &amp; Grant, T.</c>, <c>Woods, Alan, and Ted Grant</c>,
    /// <c>Kowalski, S. W. J., and B. S. Bellow</c>, Vancouver's <c>Tanaka Y, Tsuneoka M</c> and <c>Board of Education</c>.
    /// </summary>
    internal static IReadOnlyList<string>? ReadAuthors(string authorsText, IReadOnlyList<string>? previousAuthors, out bool etAl, out string? firstGiven)
    {
        etAl = false;
        firstGiven = null;
        string a = EditorMark().Replace(authorsText, "").Trim().TrimEnd('.', ',', ' ');
        if (a.Length == 0)
        {
            return null;
        }

        // Chicago and MLA repeat an author with a dash: "———. 1975."
        if (a.All(c => c is '-' or '\u2014' or '\u2013' or '_' or ' '))
        {
            return previousAuthors;
        }

        var etAlMatch = EtAl().Match(a);
        if (etAlMatch.Success)
        {
            etAl = true;
            a = a[..etAlMatch.Index].TrimEnd(',', ' ');
        }

        if (a.Length == 0 || a.Any(c => char.IsDigit(c) || c is '(' or ')' or ':' or '"' or '\u201C' or '\u201D'))
        {
            return null;
        }

        a = AndJoin().Replace(a, ", ");
        var chunks = a.Split(',').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
        if (chunks.Count == 0)
        {
            return null;
        }

        if (ReadVancouver(chunks, out firstGiven) is { } vancouver)
        {
            return vancouver;
        }

        firstGiven = null;

        var surnames = new List<string>();
        if (!IsSurname(chunks[0], institution: chunks.Count == 1))
        {
            return null;
        }

        surnames.Add(chunks[0]);
        int i = 1;
        bool initialsStyle = true;
        if (i < chunks.Count && IsGiven(chunks[i]))
        {
            initialsStyle = IsInitials(chunks[i]);
            firstGiven = chunks[i];
            i++;
        }

        while (i < chunks.Count)
        {
            string chunk = chunks[i];
            if (initialsStyle)
            {
                // After the first author the others may stand in natural order: "Bayes, S. M., and H. Wickes".
                if (OpensWithInitials(chunk) && SurnameInNaturalOrder(chunk, afterInitials: true) is { } natural)
                {
                    surnames.Add(natural);
                    i++;
                    continue;
                }

                if (!IsSurname(chunk, institution: false))
                {
                    return null;
                }

                surnames.Add(chunk);
                i += i + 1 < chunks.Count && IsInitials(chunks[i + 1]) ? 2 : 1;
            }
            else
            {
                string? surname = SurnameInNaturalOrder(chunk);
                if (surname is null)
                {
                    return null;
                }

                surnames.Add(surname);
                i++;
            }
        }

        return surnames;
    }

    /// <summary>
    /// Vancouver and Springer lists write each author as a surname and initials without stops: "Ferreira VC,
    /// Macleod JJ", "Linden F von", "Groot LC de". The surnames, particles before them ("von Linden"); null when the
    /// first author is not written so.
    /// </summary>
    private static List<string>? ReadVancouver(List<string> chunks, out string? firstGiven)
    {
        firstGiven = null;
        var surnames = new List<string>();
        foreach (var chunk in chunks)
        {
            var words = chunk.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int last = words.Length - 1;
            while (last > 0 && NameWords.IsParticle(words[last]))
            {
                last--;
            }

            bool written = last >= 1 && IsBareInitials(words[last]) && words[..last].All(w => NameWords.IsNameWord(w) || NameWords.IsParticle(w)) && words[..last].Any(NameWords.IsNameWord);
            if (!written)
            {
                if (surnames.Count == 0 || !IsSurname(chunk, institution: false))
                {
                    return null;
                }

                surnames.Add(chunk);
                continue;
            }

            var particles = words[(last + 1)..];
            surnames.Add(string.Join(' ', particles.Concat(words[..last])));
            firstGiven ??= words[last];
        }

        return surnames;
    }

    /// <summary>Initials without stops as Vancouver writes them: "Y", "VC", "JCB", "A-K".</summary>
    private static bool IsBareInitials(string word) =>
        word.Length is >= 1 and <= 5 && char.IsUpper(word[0]) && word.All(c => char.IsUpper(c) || c == '-') && word.Count(char.IsUpper) <= 4;

    /// <summary>
    /// A name in natural order that opens with initials: "B. S. Bellow", "H Godwin", "LM Michelle Bellamy", "F. He";
    /// after the initials no more than three words, each spelt as a name or a particle.
    /// </summary>
    private static bool OpensWithInitials(string chunk)
    {
        var words = chunk.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int i = 0;
        while (i < words.Length && (NameWords.IsInitial(words[i]) || (IsBareInitials(words[i]) && words[i].Length <= 2)))
        {
            i++;
        }

        int rest = words.Length - i;
        return i > 0 && rest is >= 1 and <= 3 && words[i..].All(w => NameWords.HasNameShape(w) || NameWords.IsParticle(w));
    }

    private static bool IsSurname(string chunk, bool institution)
    {
        var words = chunk.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > (institution ? 10 : 4))
        {
            return false;
        }

        int i = 0;
        while (i < words.Length - 1 && NameWords.IsParticle(words[i]))
        {
            i++;
        }

        if (!NameWords.IsNameWord(words[i]) && !(institution && words[i].Length > 0 && char.IsUpper(words[i][0])))
        {
            return false;
        }

        return words.Skip(i + 1).All(w => NameWords.IsNameWord(w) || NameWords.IsParticle(w) || (institution && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '\u2019' or '.' or '&')));
    }

    /// <summary>Initials: "S. W. J.", "A", "PJ", and "J.H" when the list's last stop was taken for the end of the authors.</summary>
    private static bool IsInitials(string chunk)
    {
        var words = chunk.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(w => NameWords.IsInitial(w) || NameWords.IsInitial(w + ".") || IsBareInitials(w));
    }

    private static bool IsGiven(string chunk)
    {
        var words = chunk.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is > 0 and <= 4 && words.All(w => NameWords.IsInitial(w) || NameWords.IsInitial(w + ".") || NameWords.IsNameWord(w) || NameWords.IsParticle(w) || (w.Length == 1 && char.IsUpper(w[0])));
    }

    /// <summary>"Ted Grant" → "Grant"; "Simone de Beauvoir" → "de Beauvoir"; after initials any capitalised word ("F. He").</summary>
    private static string? SurnameInNaturalOrder(string chunk, bool afterInitials = false)
    {
        var words = chunk.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        // "D. J. Ziolkowski Jr", "Thomas Walter III": the generation is not the surname.
        if (words.Length > 1 && words[^1].TrimEnd('.') is "Jr" or "Sr" or "II" or "III" or "IV")
        {
            words = words[..^1];
        }

        if (words.Length == 0 || !(afterInitials ? NameWords.HasNameShape(words[^1]) : NameWords.IsNameWord(words[^1])))
        {
            return null;
        }

        int start = words.Length - 1;
        while (start > 0 && NameWords.IsParticle(words[start - 1]))
        {
            start--;
        }

        return string.Join(' ', words[start..]);
    }

    private static string? FirstSentence(string text, int from, int end)
    {
        int s = from;
        while (s < end && (char.IsWhiteSpace(text[s]) || text[s] is '.' or ','))
        {
            s++;
        }

        if (s >= end)
        {
            return null;
        }

        int e = s;
        while (e < end)
        {
            char c = text[e];
            if (c is '.' or '?' or '!' && (e + 1 == end || char.IsWhiteSpace(text[e + 1]) || text[e + 1] is '\u201D' or '"'))
            {
                int wordStart = e;
                while (wordStart > s && !char.IsWhiteSpace(text[wordStart - 1]))
                {
                    wordStart--;
                }

                // "Vol. 2" or an initial does not end the title.
                string word = text[wordStart..e];
                if (!(word.Length == 1 && char.IsUpper(word[0])) && word is not ("Vol" or "vol" or "No" or "no" or "St" or "Mr" or "Dr"))
                {
                    if (c is '?' or '!')
                    {
                        e++;
                    }

                    break;
                }
            }

            e++;
        }

        string title = text[s..Math.Min(e, end)].Trim().Trim('\u201C', '\u201D', '"', '*', '_').Trim();
        return title.Length == 0 ? null : title;
    }

    private static int SkipBullet(string text, int start, int end)
    {
        int s = start;
        while (s < end && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        var bullet = Bullet().Match(text, s, end - s);
        return bullet.Success && bullet.Index == s ? s + bullet.Length : s;
    }

    // The year ends with a stop; "n.d." is often written without a second one ("Ehrlich, Corinna Ada. n.d. “Title.”").
    [GeneratedRegex(@"^(?<authors>[^()]{1,400}?)\s+(?:(?<year>(?:1[4-9]|20)\d\d[a-z]?)\.|(?<year>n\.\s?d\.)\.?)(?:\s|$)")]
    private static partial Regex ChicagoYear();

    [GeneratedRegex(@"^(?<authors>[^()\d]{1,400}?),?\s+(?<year>(?:1[4-9]|20)\d\d[a-z]?|n\.\s?d\.),\s")]
    private static partial Regex BareHarvardYear();

    [GeneratedRegex(@"\b(?:accessed|retrieved|viewed|consulté|abgerufen|zugriff)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AccessDate();

    [GeneratedRegex(@"\((?<year>(?:1[4-9]|20)\d\d[a-z]?(?:/\d{2,4}[a-z]?)?|n\.\s?d\.(?:-[a-z])?|in press|forthcoming)(?:,[^)]*)?\)")]
    private static partial Regex ApaYear();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:1[4-9]|20)\d\d(?![\p{L}\p{N}])")]
    private static partial Regex AnyYear();

    [GeneratedRegex(@"\s*\((?:[Ee]ds?|[Hh]rsg|[Tt]rans|[Cc]omp)\.?\)|,\s*(?:eds?|trans)\.$")]
    private static partial Regex EditorMark();

    [GeneratedRegex(@",?\s*(?:et\s+al\.?|(?:and|&)\s+others)$")]
    private static partial Regex EtAl();

    [GeneratedRegex(@",?\s*(?:&|\band\b)\s*")]
    private static partial Regex AndJoin();

    [GeneratedRegex(@"(?:[-*•–]\s+|\d{1,3}[.)]\s+|\[\d{1,3}\]\s*)")]
    private static partial Regex Bullet();

    // Vancouver's authors: surnames (of one or more words) each with up to four initials without stops, "et al." at the end.
    [GeneratedRegex(@"^(?<authors>(?:\p{Lu}[\p{L}'\u2019\-]*(?: [\p{L}'\u2019\-]+){0,3} \p{Lu}{1,4}(?:-\p{Lu})?, )*\p{Lu}[\p{L}'\u2019\-]*(?: [\p{L}'\u2019\-]+){0,3} \p{Lu}{1,4}(?:-\p{Lu})?(?:,? et al)?)\.\s")]
    private static partial Regex VancouverAuthors();

    // "12.", "[12]", "12)", "(12)": the label of an entry of a numbered list, followed by a space (or, after a bracket, by the entry).
    [GeneratedRegex(@"(?<label>\[(?<n>\d{1,3})\]|\((?<n>\d{1,3})\)|(?<n>\d{1,3})[.)])(?:\s+|(?<=\])(?=\S))")]
    private static partial Regex Label();

    // The last author of an MDPI list, "…; Catalano, S.A." or "Serge, V.", before the title: surname, comma, initials, a space.
    [GeneratedRegex(@"(?<=^|;\s?)(?:[^;,.]{1,60},\s?\p{Lu}\p{Ll}?\.(?:\s?-?\p{Lu}\p{Ll}?\.)*|et al\.)(?=\s+[^;\s])")]
    private static partial Regex MdpiLastAuthor();
}
