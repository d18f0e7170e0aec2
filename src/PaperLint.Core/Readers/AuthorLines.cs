using PaperLint.Core.Model;

namespace PaperLint.Core.Readers;

/// <summary>What a paragraph at the head of a paper is to the raised numbers in it.</summary>
internal enum FrontRole
{
    /// <summary>Prose: its raised numbers are note markers as anywhere else.</summary>
    Prose,

    /// <summary>A line of author names, each with the raised numbers of the affiliations it points to.</summary>
    AuthorLine,

    /// <summary>An affiliation (<c>¹ University of …</c>) listed under an author line: not a note's text.</summary>
    Affiliation,
}

/// <summary>
/// The author line at the head of a paper, <c>Ana Ruiz¹², Li Wei²</c>, whose raised numbers point to the
/// affiliations listed under it, not to notes: every author of one institute carries the same number, so read
/// as notes they repeat and leave the body's notes out of sequence. The paragraphs right under it that open with
/// a number are its affiliations. A reader feeds each of its body paragraphs in reading order, with the raised
/// numbers it found there; once a paragraph of running prose has passed, the head of the paper is over and
/// nothing more is taken for an author line.
/// </summary>
internal sealed class AuthorLines
{
    /// <summary>Titles, names, affiliations and addresses are shorter; a paragraph longer than this is the body.</summary>
    private const int LongestHeadParagraph = 40;

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "al", "bin", "da", "das", "de", "del", "della", "der", "di", "do", "dos", "du", "el", "la", "le", "ten", "ter", "van", "von", "y", "zu",
    };

    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "and", "&", "und", "y", "e", "et" };

    private bool _afterAuthorLine;
    private bool _inBody;

    /// <summary>
    /// True once a paragraph of running prose has passed: the head of the paper is over, and every paragraph from here on
    /// is <see cref="FrontRole.Prose"/> (a reader need not find its raised numbers to ask).
    /// </summary>
    public bool InBody => _inBody;

    /// <summary>
    /// All that the classification of the next paragraph turns on, taken and given back whole: an editor's server builds
    /// a section again only when the paragraphs before it leave the same (<see cref="Markdown.MarkdownModelBuilder"/>).
    /// </summary>
    public (bool AfterAuthorLine, bool InBody) State
    {
        get => (_afterAuthorLine, _inBody);
        set => (_afterAuthorLine, _inBody) = value;
    }

    /// <summary>
    /// What the paragraph <paramref name="text"/> is, given where its raised numbers stand (start, length), in the
    /// order they stand. Call once for each body paragraph, notes' paragraphs left out.
    /// </summary>
    public FrontRole Classify(string text, IReadOnlyList<(int Start, int Length)> marks, bool heading)
    {
        var role = FrontRole.Prose;
        if (!_inBody && marks.Count > 0)
        {
            if (_afterAuthorLine && marks[0].Start == FirstNonSpace(text))
            {
                // Each paragraph that opens with a number right under the author line is an affiliation, one
                // that no author points to included: its number is the author line's business, not a note's.
                role = FrontRole.Affiliation;
            }
            else if (IsAuthorLine(text, marks, heading))
            {
                role = FrontRole.AuthorLine;
                _afterAuthorLine = true;
            }
        }

        if (role == FrontRole.Prose && !string.IsNullOrWhiteSpace(text))
        {
            // The list of affiliations ends at the first paragraph that is not one.
            _afterAuthorLine = false;
            // Counted until the body begins, not in every paragraph after it.
            _inBody = _inBody || InlineQuotations.CountWords(text) > LongestHeadParagraph;
        }

        return role;
    }

    /// <summary>
    /// Names separated by commas or "and", each a few capitalised words (initials and particles such as "van"
    /// allowed), with the raised numbers after them. A heading must name two people at least, so that a title
    /// in capitals with a note on it is not taken for one author.
    /// </summary>
    private static bool IsAuthorLine(string text, IReadOnlyList<(int Start, int Length)> marks, bool heading)
    {
        var chars = text.ToCharArray();
        foreach (var (start, length) in marks)
        {
            // A raised number ends the name before it, like a comma.
            Array.Fill(chars, ',', start, length);
        }

        int names = 0;
        var tokens = new List<string>();
        foreach (string part in new string(chars).Split([',', ';'], StringSplitOptions.None))
        {
            foreach (string word in part.Split((char[])[' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))
            {
                string token = word.Trim('*', '\u2020', '\u2021', '\u00A7', '#');
                if (token.Length == 0)
                {
                    continue;
                }

                if (Conjunctions.Contains(token))
                {
                    if (!EndName(tokens, ref names))
                    {
                        return false;
                    }

                    continue;
                }

                tokens.Add(token);
            }

            if (!EndName(tokens, ref names))
            {
                return false;
            }
        }

        return names >= (heading ? 2 : 1);
    }

    /// <summary>Closes the name whose words are <paramref name="tokens"/>; false when they are not a name.</summary>
    private static bool EndName(List<string> tokens, ref int names)
    {
        if (tokens.Count == 0)
        {
            return true;
        }

        bool isName = tokens.Count is >= 2 and <= 5
            && tokens.All(t => IsCapitalised(t) || IsInitial(t) || NameParticles.Contains(t))
            && tokens.Any(t => IsCapitalised(t) && !t.EndsWith('.'));
        tokens.Clear();
        if (isName)
        {
            names++;
        }

        return isName;
    }

    private static bool IsCapitalised(string token) =>
        token.Length >= 2 && char.IsUpper(token[0]) && token.Skip(1).All(c => char.IsLetter(c) || c is '-' or '\'' or '\u2019' or '.');

    /// <summary>"J.", "J.R.", "J.-P.".</summary>
    private static bool IsInitial(string token) =>
        token.EndsWith('.') && token.Length <= 5 && char.IsUpper(token[0]) && token.All(c => char.IsUpper(c) || c is '.' or '-');

    private static int FirstNonSpace(string text)
    {
        int i = 0;
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
