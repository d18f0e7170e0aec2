using System.Text.RegularExpressions;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Packs;

/// <summary>
/// A rule written as data in a pack (one YAML file). The kinds in <c>Packs/Kinds</c> say how a rule
/// matches; this base holds what they share: id, level, message, link, and where a match may be reported.
/// </summary>
public abstract partial class PackRule : IRule
{
    private readonly PackRuleSettings _settings;

    private protected PackRule(PackRuleSettings settings)
    {
        _settings = settings;
    }

    public string Id => _settings.Id;

    public Severity DefaultSeverity => _settings.Level;

    public string Description => _settings.Description;

    /// <summary>The kind named by <c>extends</c>: existence, substitution, repetition, consistency, occurrence, conditional, capitalization, metric or spelling.</summary>
    public abstract string Kind { get; }

    /// <summary>The message template, with Vale's <c>%s</c> placeholders.</summary>
    public string Message => _settings.Message;

    public string? Link => _settings.Link;

    /// <summary>The file the rule was read from, as shown in messages.</summary>
    public string DisplayPath => _settings.DisplayPath;

    private protected PackRuleSettings Settings => _settings;

    /// <summary>True for a rule of a style a <c>.vale.ini</c> brought in: it matches as Vale does, vocabularies included.</summary>
    internal bool IsVale => _settings.Vale;

    public IEnumerable<Finding> Check(LintContext context)
    {
        var document = context.Document;
        var findings = new List<Finding>();
        try
        {
            Collect(document, context, findings);
        }
        catch (RegexMatchTimeoutException e)
        {
            // The text the pattern ran on is a block's: name where it stands, and the pattern.
            var block = document.Blocks.FirstOrDefault(b => ReferenceEquals(b.Text, e.Input)) ?? document.Blocks.FirstOrDefault(b => b.Text == e.Input);
            string where = block is null ? document.Path : TextLocationOf(document, block);
            string pattern = e.Pattern.Length > 60 ? e.Pattern[..57] + "…" : e.Pattern;
            string took = $"{DisplayPath}: the pattern {pattern} of rule {Id} took over {PatternCompiler.MatchTimeout.TotalSeconds:0} s on {where}";

            // A search reads on to its paragraph's end when nothing matches: over millions of characters (a long text
            // written on one line) a pattern that is not slow may take that long by the length alone.
            throw new InputException(
                e.Input.Length >= LongParagraph
                    ? $"{took}, a paragraph of {e.Input.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} characters, which a search reads whole; break the text into paragraphs, or turn the rule off for this file (rules: {Id}: off)"
                    : $"{took}; simplify it (nested repeats such as (a+)+ are the usual cause)",
                e);
        }

        if (_settings.Limit > 0 && findings.Count > _settings.Limit)
        {
            findings.RemoveRange(_settings.Limit, findings.Count - _settings.Limit);
        }

        return findings;
    }

    // From how many characters on a paragraph alone may make a search take seconds.
    private const int LongParagraph = 1_000_000;

    public override string ToString() => $"{Id} ({Kind}, {DefaultSeverity.ToName()})";

    // "paper.md:12:1", or "paper.docx ¶4": where a block begins.
    private static string TextLocationOf(Document document, Block block) =>
        Finding.At(document, block, 0, 0, "", Severity.Error, "").Location switch
        {
            TextLocation text => $"{document.Path}:{text.Line}:{text.Column}",
            var other => $"{document.Path} {other}",
        };

    /// <summary>Adds the rule's findings for <paramref name="document"/>, in document order.</summary>
    private protected abstract void Collect(Document document, LintContext context, List<Finding> findings);

    /// <summary>
    /// True when a match is where the rule looks: the author's own prose, or also quotations when the rule says
    /// <c>quotations: true</c> (the same door as <c>quotations: check</c> in the configuration), in a block of
    /// one of the rule's languages when it names them.
    /// </summary>
    private protected bool InScope(LintContext context, Block block, int start, int length) =>
        _settings.Scope.Matches(block) && InLanguage(context, block) && context.IsAuthorsProse(block, start, length, includeQuotations: _settings.Quotations);

    /// <summary>True when the rule checks text in the language of <paramref name="block"/> (<c>language:</c>; a block of unknown language is checked).</summary>
    private protected bool InLanguage(LintContext context, Block block) =>
        _settings.Languages.Count == 0 || context.LanguageOf(block) is not { } language || _settings.Languages.Contains(language, StringComparer.Ordinal);

    /// <summary>The pattern sets whose terms the run's one pass looks for (see <see cref="Terms.TermIndex"/>).</summary>
    internal abstract IEnumerable<PatternSet> PatternSets { get; }

    /// <summary>Every non-empty match of <paramref name="patterns"/> that is in scope and not covered by an exception.</summary>
    private protected IEnumerable<(Block Block, PatternMatch Match)> Candidates(
        LintContext context,
        PatternSet patterns,
        ExceptionRanges exceptions)
    {
        var blocks = context.Document.Blocks;
        for (int b = 0; b < blocks.Count; b++)
        {
            var block = blocks[b];
            if (_settings.Vale && _settings.Scope.PerSentence)
            {
                foreach (var found in SentenceMatches(context, patterns, block))
                {
                    if (InScope(context, block, found.Index, found.Length) && !exceptions.Cover(block, found.Index, found.Length))
                    {
                        yield return (block, found);
                    }
                }

                continue;
            }

            var matches = patterns.Matches(context, b, block);
            for (int m = 0; m < matches.Count; m++)
            {
                var match = matches[m];
                if (InScope(context, block, match.Index, match.Length)
                    && !exceptions.Cover(block, match.Index, match.Length))
                {
                    yield return (block, match);
                }
            }
        }

        foreach (var alt in ValeAltTexts(context.Document))
        {
            foreach (var match in patterns.MatchesIn(alt.Text))
            {
                if (InScope(context, alt, match.Index, match.Length) && !exceptions.Cover(alt, match.Index, match.Length))
                {
                    yield return (alt, match);
                }
            }
        }
    }

    /// <summary>
    /// The alt text of the document's images, for a Vale style's rule: Vale reads it as a block of its own, which
    /// <c>scope: alt</c> selects and <c>text</c> includes. PaperLint's own rules leave it alone.
    /// </summary>
    private protected IReadOnlyList<Block> ValeAltTexts(Document document) => _settings.Vale ? document.AltTexts : [];

    /// <summary>
    /// For <c>scope: raw</c> in a text format: the matches in the file's source as written (markup, code and all), each
    /// with its text, that no exception is found in. Null when the rule is not raw-scoped or the document has no
    /// source (DOCX), where it reads blocks as usual.
    /// </summary>
    private protected IEnumerable<(int Start, int Length, int Pattern, string Text)>? RawMatches(LintContext context, PatternSet patterns, LazyRegex? exceptions)
    {
        if (!_settings.Scope.Raw || context.Document.Source is not { } source)
        {
            return null;
        }

        return patterns.MatchesIn(source)
            .Select(m => (m.Index, m.Length, m.Pattern, Text: source.Substring(m.Index, m.Length)))
            .Where(m => exceptions is null || !exceptions.Value.IsMatch(m.Text.Trim()));
    }

    /// <summary>A finding at source[start..start+length] of a text format (see <see cref="RawMatches"/>).</summary>
    private protected Finding RawFindingAt(Document document, int start, int length, LintContext context, string message, IReadOnlyList<string>? suggestions = null)
    {
        var location = document.LocateSource(start, length)!;
        return new Finding
        {
            RuleId = Id,
            Severity = context.SeverityFor(this),
            Message = _settings.Vale ? OneSpaced(message) : message,
            Match = document.SourceSlice(start, length),
            Suggestions = suggestions ?? [],
            Location = location,
            Excerpt = document.ExcerptAt(location),
            Link = Link,
        };
    }

    // Each sentence of a block matched on its own, the matches placed back in the block.
    private static IEnumerable<PatternMatch> SentenceMatches(LintContext context, PatternSet patterns, Block block)
    {
        foreach (var (start, end) in context.SentencesOf(block))
        {
            foreach (var m in patterns.MatchesIn(block.Text[start..end]))
            {
                yield return m with { Index = m.Index + start };
            }
        }
    }

    /// <param name="certain">False when the kind cannot vouch for this finding's suggestion, though it could for others.</param>
    private protected Finding FindingAt(Document document, Block block, int start, int length, LintContext context, string message, IReadOnlyList<string>? suggestions = null, bool certain = true) =>
        Finding.At(document, block, start, length, Id, context.SeverityFor(this), _settings.Vale ? OneSpaced(message) : message, suggestions, Link) with
        {
            Fixable = Fixes && certain && suggestions is [var only] && only != block.Text.Substring(start, length),
        };

    /// <summary>True for a kind whose one suggestion replaces the match (a swap, one copy of a repetition, the paper's other spelling).</summary>
    private protected virtual bool Fixes => false;

    // Vale writes a message on one line, each run of spaces as one ('y.  T' is shown as 'y. T').
    private static string OneSpaced(string message) =>
        message.Contains('\n', StringComparison.Ordinal) || message.Contains("  ", StringComparison.Ordinal)
            ? MultipleSpaces().Replace(message.Replace('\n', ' '), " ")
            : message;

    [GeneratedRegex(" {2,}")]
    private static partial Regex MultipleSpaces();
}
