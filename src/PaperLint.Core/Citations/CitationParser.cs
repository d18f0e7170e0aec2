using System.Text.RegularExpressions;
using PaperLint.Core.Model;

namespace PaperLint.Core.Citations;

/// <summary>
/// Finds author-date citations in a block's text: parenthetical <c>(Rogovin, 2009, p. 189)</c>,
/// <c>(Rogovin 2009: 189)</c>, <c>(Woods &amp; Grant, 2007)</c>, <c>(Woods et al., 2007)</c>, <c>(B. Grove 2008)</c>,
/// several in one bracket separated by semicolons or commas, prefixes such as <c>see</c> or <c>cf.</c>; narrative
/// <c>Rogovin (2009, p. 189)</c>, <c>Bellamy and colleagues (2023)</c>; author-page <c>(Rogovin 189)</c>; and a page in brackets that follows an
/// earlier citation of the same paragraph. Not citations: <c>(1903)</c>, <c>(see above)</c>, <c>(p. 4)</c>
/// with nothing before it, <c>(2)</c>, a year after a title.
/// </summary>
internal static partial class CitationParser
{
    private const int MaxBracketLength = 400;

    /// <summary>Every citation in <paramref name="text"/>, in order. <paramref name="spans"/> (optional) marks titles set in italics.</summary>
    public static IReadOnlyList<Citation> Find(string text, IReadOnlyList<InlineSpan>? spans = null)
    {
        var found = new List<Citation>();
        for (int open = text.IndexOf('('); open >= 0; open = text.IndexOf('(', open + 1))
        {
            int close = MatchingClose(text, open);
            if (close < 0)
            {
                continue;
            }

            int before = found.Count;
            ParseBracket(text, open, close, found);
            if (found.Count > before)
            {
                continue;
            }

            if (ParseNarrative(text, open, close, spans) is { } narrative)
            {
                found.AddRange(narrative);
                continue;
            }

            string inner = text[(open + 1)..close].Trim();
            if (found.Count > 0 && IsContinuation(inner))
            {
                var last = found[^1];
                found.Add(last with
                {
                    Kind = CitationKind.Continuation,
                    Locator = inner,
                    Start = open + 1,
                    Length = close - open - 1,
                    BracketStart = open,
                    BracketEnd = close + 1,
                });
            }
        }

        return MarkSecondary(text, found);
    }

    /// <summary>
    /// A work cited through another ("Weber (1922, zit. nach Keller 2003)", "(Smith 1990, as cited in Brown
    /// 2004)"): the citations before the marker are of the original, which the list need not hold.
    /// </summary>
    private static IReadOnlyList<Citation> MarkSecondary(string text, List<Citation> found)
    {
        for (int i = 0; i < found.Count; i++)
        {
            var c = found[i];
            int from = c.BracketStart;
            int to = Math.Min(c.BracketEnd, text.Length);
            if (to <= from)
            {
                continue;
            }

            var marker = SecondaryMarker().Match(text, from, to - from);
            if (marker.Success && c.Start < marker.Index)
            {
                found[i] = c with { Secondary = true };
            }
        }

        return found;
    }

    /// <summary>
    /// True for what a bracket right after a quotation holds when the author was named before it: a page
    /// (<c>p. 4</c>, <c>45</c>, <c>12–14</c>), a year with or without a page (<c>1859, p. 4</c>), or <c>ibid.</c>.
    /// </summary>
    public static bool IsPageOrYear(string inner)
    {
        inner = inner.Trim();
        if (PageOnly().IsMatch(inner) || IsContinuation(inner))
        {
            return true;
        }

        var year = YearPattern().Match(inner);
        return year.Success && year.Index == 0 && TryReadRest(inner[year.Length..], out _, out _);
    }

    private static bool IsContinuation(string inner) => LocatorOnly().IsMatch(inner.Trim());

    private static int MatchingClose(string text, int open)
    {
        int depth = 0;
        for (int i = open; i < text.Length && i - open <= MaxBracketLength; i++)
        {
            if (text[i] == '(')
            {
                depth++;
            }
            else if (text[i] == ')' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A bracket of one or more citations separated by semicolons.</summary>
    private static void ParseBracket(string text, int open, int close, List<Citation> found)
    {
        int segmentStart = open + 1;
        for (int i = open + 1; i <= close; i++)
        {
            if (i < close && text[i] != ';')
            {
                continue;
            }

            int a = segmentStart;
            int b = i;
            while (a < b && char.IsWhiteSpace(text[a]))
            {
                a++;
            }

            while (b > a && char.IsWhiteSpace(text[b - 1]))
            {
                b--;
            }

            if (b > a)
            {
                ParseSegment(text, a, b, open, close + 1, found);
            }

            segmentStart = i + 1;
        }
    }

    private static void ParseSegment(string text, int a, int b, int bracketStart, int bracketEnd, List<Citation> found)
    {
        string segment = text[a..b];
        var year = YearPattern().Match(segment);
        if (!year.Success)
        {
            ParseAuthorPage(segment, a, bracketStart, bracketEnd, found);
            return;
        }

        if (!TryReadAuthors(segment[..year.Index], allowInstitution: true, out var authors, out bool etAl, out int authorOffset)
            || !TryReadRest(segment[(year.Index + year.Length)..], out var moreYears, out string? locator))
        {
            return;
        }

        // Citations separated by commas rather than semicolons, as some journals print them:
        // "(Frey 2011, Hardy 2011, Lacey and Whyte 2013)". What follows the comma is then no locator.
        int end = b;
        var following = new List<Citation>();
        int comma = locator is null ? -1 : b - locator.Length - 1;
        while (comma > a && text[comma] == ' ')
        {
            comma--;
        }

        if (comma > a && text[comma] == ',')
        {
            ParseSegment(text, b - locator!.Length, b, bracketStart, bracketEnd, following);
            if (following.Count > 0 && following.All(c => c.Kind == CitationKind.Parenthetical))
            {
                locator = null;
                end = comma;
            }
            else
            {
                following.Clear();
            }
        }

        foreach (var y in moreYears.Prepend(YearText(year)))
        {
            found.Add(new Citation
            {
                Kind = CitationKind.Parenthetical,
                Authors = authors,
                EtAl = etAl,
                Year = y,
                Locator = locator,
                Start = a + authorOffset,
                Length = end - a - authorOffset,
                BracketStart = bracketStart,
                BracketEnd = bracketEnd,
            });
        }

        found.AddRange(following);
    }

    /// <summary>MLA's author and page without a year: <c>(Rogovin 189)</c>, <c>(Woods and Grant 45–46)</c>.</summary>
    private static void ParseAuthorPage(string segment, int a, int bracketStart, int bracketEnd, List<Citation> found)
    {
        var match = AuthorPagePattern().Match(segment);
        if (!match.Success
            || !TryReadAuthors(match.Groups["authors"].Value, allowInstitution: false, out var authors, out bool etAl, out int authorOffset))
        {
            return;
        }

        found.Add(new Citation
        {
            Kind = CitationKind.AuthorPage,
            Authors = authors,
            EtAl = etAl,
            Locator = match.Groups["page"].Value,
            Start = a + authorOffset,
            Length = segment.Length - authorOffset,
            BracketStart = bracketStart,
            BracketEnd = bracketEnd,
        });
    }

    /// <summary>What may follow the year: nothing, more years, a page after a comma, colon or "p.", or a comment after a comma.</summary>
    private static bool TryReadRest(string rest, out List<string> moreYears, out string? locator)
    {
        moreYears = [];
        locator = null;
        while (true)
        {
            string r = rest.TrimStart();
            if (r.Length == 0)
            {
                return true;
            }

            if (r[0] == ',')
            {
                string after = r[1..].TrimStart();
                var next = YearPattern().Match(after);
                if (next.Success && next.Index == 0)
                {
                    moreYears.Add(YearText(next));
                    rest = after[next.Length..];
                    continue;
                }

                locator = after.Trim().Length > 0 ? after.Trim() : null;
                return true;
            }

            if (r[0] == ':')
            {
                locator = r[1..].Trim();
                return locator.Length > 0;
            }

            if (PageOnly().IsMatch(r) && !char.IsDigit(r[0]))
            {
                locator = r.Trim();
                return true;
            }

            return false;
        }
    }

    /// <summary>Reads "see Woods &amp; Grant," into names; false when it is not a list of authors.</summary>
    private static bool TryReadAuthors(string raw, bool allowInstitution, out List<string> authors, out bool etAl, out int offset)
    {
        authors = [];
        etAl = false;
        offset = 0;

        // Prefixes: "see", "cf.", "e.g.,", "quoted in", "See also", a reference manager's free prefix.
        var words = Words(raw);
        int first = 0;
        while (first < words.Count)
        {
            string w = words[first].Text;
            string bare = w.TrimEnd(',', ':');
            bool particleBeforeName = NameWords.IsParticle(w) && first + 1 < words.Count && NameWords.IsNameWord(words[first + 1].Text.TrimEnd(','));
            bool prefix = bare is "See" or "Cf." or "Compare" or "E.g." or "Also" or "Quoted" or "Cited" or "As"
                || (char.IsLower(w[0]) && !particleBeforeName && !NameWords.IsNameWord(bare));
            if (!prefix)
            {
                break;
            }

            first++;
        }

        if (first == words.Count)
        {
            return false;
        }

        offset = words[first].Start;
        string names = raw[offset..].Trim().TrimEnd(',').TrimEnd();
        if (names.Length == 0 || names.Length > 150 || names.Any(c => char.IsDigit(c) || c is ':' or '(' or ')' or '"' or '\u201C' or '\u201D' or '[' or ']' or '/' or '='))
        {
            return false;
        }

        var etAlMatch = EtAlSuffix().Match(names);
        if (etAlMatch.Success)
        {
            etAl = true;
            names = names[..etAlMatch.Index].TrimEnd(',', ' ');
        }
        else if (names.EndsWith('.') && !NameWords.IsInitial(names[(names.LastIndexOf(' ') + 1)..]))
        {
            // A body's name that ends with an abbreviation or a stop: "(Northern Moth Survey Assoc. 2009)",
            // "(Coastal Fair Housing and Tenancy Commission. 2018)".
            names = names.TrimEnd('.');
        }

        var pieces = Separators().Split(names).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (pieces.Count == 0)
        {
            return false;
        }

        foreach (var piece in pieces)
        {
            if (!IsAuthorName(piece, allowInstitution && pieces.Count == 1))
            {
                return false;
            }
        }

        authors = pieces;
        return true;
    }

    /// <summary>A surname (with given names or particles), or a body such as "Board of Education" when <paramref name="institution"/>.</summary>
    private static bool IsAuthorName(string piece, bool institution)
    {
        var words = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > (institution ? 8 : 5))
        {
            return false;
        }

        // Particles, and the initials that tell two authors of one surname apart: "(B. Grove 2008)", "(L. Maren Bellamy 2012)".
        int i = 0;
        while (i < words.Length - 1 && (NameWords.IsParticle(words[i]) || NameWords.IsInitial(words[i])))
        {
            i++;
        }

        string head = words[i];
        bool capitalisedThe = head == "The" && i + 1 < words.Length && NameWords.IsNameWord(words[i + 1]);
        if (!NameWords.IsNameWord(head) && !capitalisedThe)
        {
            return false;
        }

        for (int j = i + 1; j < words.Length; j++)
        {
            string w = words[j];
            bool ok = NameWords.IsNameWord(w) || NameWords.IsInitial(w) || NameWords.IsParticle(w)
                || (institution && w.All(c => char.IsLetter(c) || c is '-' or '\'' or '\u2019' or '.'));
            if (!ok)
            {
                return false;
            }
        }

        return !NameWords.IsInitial(words[^1]);
    }

    /// <summary><c>Rogovin (2009, p. 189)</c>, <c>Woods and Grant (2007)</c>, <c>Rose's (2001)</c>; not a year after a title or a thing.</summary>
    private static IReadOnlyList<Citation>? ParseNarrative(string text, int open, int close, IReadOnlyList<InlineSpan>? spans)
    {
        string inner = text[(open + 1)..close];
        int semicolon = inner.IndexOf(';');
        string firstPart = semicolon >= 0 ? inner[..semicolon] : inner;
        string trimmed = firstPart.TrimStart();
        var year = YearPattern().Match(trimmed);
        if (!year.Success || year.Index != 0 || !TryReadRest(trimmed[year.Length..], out var moreYears, out string? locator))
        {
            return null;
        }

        int pos = open;
        while (pos > 0 && pos > open - 2 && text[pos - 1] is ' ' or '\u00A0')
        {
            pos--;
        }

        if (pos == 0)
        {
            return null;
        }

        char before = text[pos - 1];
        bool possessiveApostrophe = before is '\'' or '\u2019' && pos >= 2 && text[pos - 2] == 's';
        if (!char.IsLetter(before) && before != '.' && !possessiveApostrophe)
        {
            // A closing quotation mark, bracket or asterisk: a title or a note, not a name.
            return null;
        }

        var run = NameRunBefore(text, pos);
        bool colleagues = false;
        if (run is null && ColleaguesBefore(text, pos) is { } namesEnd && NameRunBefore(text, namesEnd) is { EtAl: false } lead)
        {
            // "Bellamy and colleagues (2023)" is "Bellamy et al. (2023)".
            run = lead;
            colleagues = true;
        }

        if (run is null)
        {
            return null;
        }

        var (runStart, authors, etAl) = run.Value;
        etAl |= colleagues;
        if (spans is not null && spans.Any(s => s.Kind == SpanKind.Emphasis && s.Overlaps(runStart, pos - runStart)))
        {
            return null;
        }

        if (IsTitleOrThing(text, runStart, authors))
        {
            return null;
        }

        return moreYears.Prepend(YearText(year)).Select(y => new Citation
        {
            Kind = CitationKind.Narrative,
            Authors = authors,
            EtAl = etAl,
            Year = y,
            Locator = locator,
            Start = runStart,
            Length = close + 1 - runStart,
            BracketStart = open,
            BracketEnd = close + 1,
        }).ToList();
    }

    /// <summary>The names that end just before <paramref name="end"/>: "Woods", "Woods and Grant", "Woods, Grant and Sunkara", "Woods et al.", "E. P. Thompson".</summary>
    private static (int Start, List<string> Authors, bool EtAl)? NameRunBefore(string text, int end)
    {
        var tokens = new List<(int Start, string Text)>();
        int cursor = end;
        while (tokens.Count < 14)
        {
            var word = PreviousWord(text, cursor);
            if (word is null)
            {
                break;
            }

            var (start, w) = word.Value;
            string bare = w.TrimEnd(',');
            bool first = tokens.Count == 0;
            string candidate = first ? StripPossessive(bare) : bare;
            bool accepted = NameWords.IsNameWord(candidate) || NameWords.IsInitial(bare) || IsJoin(bare) || bare is "et" or "al." || NameWords.IsParticle(bare);
            if (!accepted || (!first && w.EndsWith(',') && !IsJoin(tokens[^1].Text)
                    && !NameWords.IsNameWord(tokens[^1].Text.TrimEnd(',')) && !NameWords.IsParticle(tokens[^1].Text)))
            {
                break;
            }

            tokens.Add((start, first ? StripPossessive(w) : w));
            cursor = start;
        }

        tokens.Reverse();

        // Drop what cannot open a list of names.
        while (tokens.Count > 0 && (IsJoin(tokens[0].Text) || tokens[0].Text is "et" or "al." || (NameWords.IsParticle(tokens[0].Text) && tokens.Count == 1)))
        {
            tokens.RemoveAt(0);
        }

        if (tokens.Count == 0)
        {
            return null;
        }

        bool etAl = false;
        if (tokens.Count >= 3 && tokens[^1].Text == "al." && tokens[^2].Text == "et")
        {
            etAl = true;
            tokens.RemoveRange(tokens.Count - 2, 2);
        }

        var pieces = new List<(int Start, List<string> Words)>();
        bool joined = false;
        for (int k = 0; k < tokens.Count; k++)
        {
            var (start, t) = tokens[k];

            // Between two names, "and" as the languages of papers write it: "Woods and Grant", "King y Skeldon",
            // "Dupont et Durand", "Rossi e Bianchi", "Weber und Keller".
            bool between = k > 0 && k + 1 < tokens.Count && NameWords.IsNameWord(tokens[k - 1].Text.TrimEnd(',')) && NameWords.IsNameWord(tokens[k + 1].Text.TrimEnd(','));
            if (t is "and" or "&" || (between && (IsJoin(t) || t == "et")))
            {
                joined = true;
                pieces.Add((-1, []));
                continue;
            }

            if (t is "et" or "al.")
            {
                return null;
            }

            if (pieces.Count == 0 || pieces[^1].Start < 0 && pieces[^1].Words.Count == 0)
            {
                if (pieces.Count > 0)
                {
                    pieces.RemoveAt(pieces.Count - 1);
                }

                pieces.Add((start, []));
            }

            pieces[^1].Words.Add(t.TrimEnd(','));
            if (t.EndsWith(','))
            {
                pieces.Add((-1, []));
            }
        }

        pieces.RemoveAll(p => p.Words.Count == 0);
        if (pieces.Count == 0)
        {
            return null;
        }

        // Names joined by commas alone ("In London, Rose (2001)") are not a list; keep the last.
        if (!joined && pieces.Count > 1)
        {
            pieces.RemoveRange(0, pieces.Count - 1);
        }

        foreach (var piece in pieces)
        {
            if (piece.Words.Count > 4 || !NameWords.IsNameWord(piece.Words[^1]) || !piece.Words.Any(NameWords.IsNameWord))
            {
                return null;
            }
        }

        return (pieces[0].Start, pieces.Select(p => string.Join(' ', p.Words)).ToList(), etAl);
    }

    /// <summary>"and" between the names of a citation, in the languages papers are written in (as <see cref="Separators"/> reads them).</summary>
    private static bool IsJoin(string word) => word is "and" or "&" or "y" or "e" or "und" or "u.";

    /// <summary>Where the names end before "and colleagues" (or coworkers, collaborators) that ends at <paramref name="end"/>.</summary>
    private static int? ColleaguesBefore(string text, int end)
    {
        if (PreviousWord(text, end) is not { } group || group.Text is not ("colleagues" or "coworkers" or "co-workers" or "collaborators")
            || PreviousWord(text, group.Start) is not { } and || and.Text is not ("and" or "&"))
        {
            return null;
        }

        return and.Start;
    }

    /// <summary>"the Paris Commune (1871)", "The Souls of Black Folk (1903)", "the Education Act (1870)": not authors.</summary>
    private static bool IsTitleOrThing(string text, int runStart, List<string> authors)
    {
        string last = authors[^1].Split(' ')[^1];
        if (NameWords.IsThingNoun(last))
        {
            return true;
        }

        var previous = PreviousWord(text, runStart);
        if (previous is null)
        {
            return false;
        }

        string word = previous.Value.Text;
        if (word is "the" or "a" or "an" or "The" or "A" or "An" or "this" or "that" or "these" or "those")
        {
            return true;
        }

        // A capitalised word before "of"/"and"/"in" continues a title: "Souls of Black Folk".
        if (word is "of" or "in" or "on" or "for" or "to" or "with" && PreviousWord(text, previous.Value.Start) is { } twoBack)
        {
            string w2 = twoBack.Text.TrimEnd(',');
            return w2.Length > 0 && char.IsUpper(w2[0]) && !NameWords.IsNotName(w2);
        }

        return false;
    }

    private static (int Start, string Text)? PreviousWord(string text, int end)
    {
        int e = end;
        while (e > 0 && text[e - 1] is ' ' or '\u00A0')
        {
            e--;
        }

        if (e == 0 || char.IsWhiteSpace(text[e - 1]))
        {
            return null;
        }

        int s = e;
        while (s > 0 && !char.IsWhiteSpace(text[s - 1]) && text[s - 1] is not '(' and not '\u201C' and not '"' and not '\u2014' and not Block.Placeholder)
        {
            s--;
        }

        return s == e ? null : (s, text[s..e]);
    }

    private static string StripPossessive(string word)
    {
        foreach (var suffix in new[] { "'s", "\u2019s" })
        {
            if (word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word[..^2];
            }
        }

        return word.Length > 2 && word[^1] is '\'' or '\u2019' && word[^2] == 's' ? word[..^1] : word;
    }

    private static List<(int Start, string Text)> Words(string text) =>
        [.. Prose.WhiteSpaceRuns.Of(text).Select(run => (run.Start, text[run.Start..run.End]))];

    private static string YearText(Match year)
    {
        string value = year.Value;
        int slash = value.IndexOf('/');
        if (slash > 0)
        {
            value = value[..slash];
        }

        return value.Replace(" ", "", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?:1[4-9]|20)\d\d[a-rt-z]?(?:/\d{2,4}[a-z]?)?|n\.\s?d\.(?:-[a-z])?|in press|forthcoming)(?![\p{L}\p{N}])")]
    private static partial Regex YearPattern();

    [GeneratedRegex(@"^(?:(?:p|pp|S|page|pages|para|paras|chap|ch|vol|col|fol|l|ll|n|nn|sec|§)\.?\s*[\dIVXLCivxlc]\S*.*|\d{1,4}(?:\s*[–-]\s*\d{1,4})?(?:,\s*\d{1,4}(?:\s*[–-]\s*\d{1,4})?)*)$")]
    private static partial Regex PageOnly();

    [GeneratedRegex(@"^(?:(?:see\s+)?(?:p|pp|S|page|pages|para|chap|ch|vol)\.?\s*[\dIVXLCivxlc]\S*.*|(?:ibid|Ibid|id|Id)\.?(?:,.*)?)$")]
    private static partial Regex LocatorOnly();

    [GeneratedRegex(@"^(?<authors>[^\d]+?),?\s+(?<page>\d{1,4}(?:\s*[–-]\s*\d{1,4})?)$")]
    private static partial Regex AuthorPagePattern();

    // "et al.", "& al." (French), "u. a." (German "und andere").
    [GeneratedRegex(@",?\s*(?:(?:et|&)\s+al\.?|u\.\s?a\.),?$")]
    private static partial Regex EtAlSuffix();

    // Between authors in the languages papers are written in: "and", "&", "und", "u.", "et", "y", "e".
    [GeneratedRegex(@"\s*(?:,|&|\b(?:and|und|et|y|e)\b|\bu\.(?=\s))\s*")]
    private static partial Regex Separators();

    [GeneratedRegex(@"\b(?:(?:as\s+)?(?:cited|quoted)\s+(?:in|by)|zit(?:\.|iert)\s+(?:nach|in|bei)|cit[ée]e?s?\s+(?:par|dans|in|en)|citad[oa]s?\s+(?:por|en)|citat[oa]\s+(?:in|da)|apud)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecondaryMarker();
}
