using Markdig;
using PaperLint.Core.Model;
using PaperLint.Core.Readers.Markdown;

namespace PaperLint.Core.Readers;

/// <summary>
/// Reads Markdown with Markdig: prose blocks in reading order with their text mapped character by character
/// back to the source, and every footnote marker and note body as written, mistakes included.
/// </summary>
public sealed partial class MarkdownReader : IDocumentReader
{
    /// <summary>Built once: building a pipeline costs more than parsing a paper, and start-up time matters.</summary>
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UseFootnotes()
        .UsePipeTables()
        .UseEmphasisExtras()
        .UseAutoLinks()
        .UseListExtras()
        .Build();

    public SourceFormat Format => SourceFormat.Markdown;

    /// <summary>Reads a file's text; the document holds its source in the file's bytes where they are UTF-8 (<see cref="TextDecoding.ReadDocument"/>).</summary>
    public Document Read(string displayPath, Stream content) => TextDecoding.ReadDocument(displayPath, content, Parse);

    public static Document Parse(string displayPath, string source) => Parse(displayPath, source, MarkdownSections.DefaultLength);

    /// <summary>Reads <paramref name="source"/> in sections of about <paramref name="sectionLength"/> characters (<see cref="MarkdownSections"/>); <see cref="int.MaxValue"/> reads it whole.</summary>
    internal static Document Parse(string displayPath, string source, int sectionLength) => Parse(displayPath, source, sectionLength, null);

    /// <summary>
    /// Reads <paramref name="source"/> as <see cref="Parse(string, string, int)"/> does, taking the tree of each section
    /// that an earlier version held from <paramref name="memory"/> (an editor's server: <see cref="Linting.LintMemory.Trees"/>).
    /// </summary>
    internal static Document Parse(string displayPath, string source, int sectionLength, Linting.LintMemory? memory)
    {
        try
        {
            return Build(displayPath, source, sectionLength, memory);
        }
        catch (TooDeepException)
        {
            throw new InputException($"{displayPath}: the Markdown is nested too deeply to read (lists, block quotes, brackets or emphasis inside one another past the parser's limit); flatten the nesting, or check that the file is Markdown");
        }
    }

    private static Document Build(string displayPath, string source, int sectionLength, Linting.LintMemory? memory)
    {
        // One index of the source's lines serves the reader and, through the document, the rules.
        var lines = new LineIndex(source);
        var labels = new LiteralFootnoteLabels(source);
        // A section's tree may come from the last version's memory; the whole source's never does (an edit changes it).
        Func<string, Markdig.Syntax.MarkdownDocument> parse = memory is null
            ? ParseMarkdown
            : text => ReferenceEquals(text, source) ? ParseMarkdown(text) : memory.Trees.Get(text, 0, static (section, _) => ParseMarkdown(section));
        bool keep = memory is not null;
        var (read, facts, commentLines) = ReadSections(source, lines, labels, new MarkdownSections(source, labels, parse, sectionLength), keep);
        if (read is null)
        {
            // The sections did not read as the whole: read it whole, which is always exact.
            (read, facts, commentLines) = ReadSections(source, lines, labels, MarkdownSections.Whole(source, labels, ParseMarkdown), keep);
        }

        var model = read ?? throw new InvalidOperationException("A source read whole reads exactly.");

        // A section's blocks kept from the last version have their line breaks; the model keeps its own for the next.
        SoftLineBreaks.Record(model.Built, source);
        model.KeepSections();
        var metadata = PandocMetadata.Read(source, facts.FrontMatter, lines);
        var keyCitations = PandocCitationScanner.Find(source, facts.NotCitations, lines, commentLines);
        if (metadata is { Citations.Count: > 0 })
        {
            keyCitations = [.. metadata.Citations, .. keyCitations];
        }

        return new Document(displayPath, SourceFormat.Markdown, model.Blocks, source)
        {
            Lines = lines,
            KeyCitations = keyCitations,
            Metadata = metadata,
            Language = FrontMatterLanguage(facts.FrontMatterLines),
            FootnoteRefs = model.FootnoteRefs,
            FootnoteDefs = model.FootnoteDefs,
            Suppressions = MarkdownSuppressions.Find(source, facts.Code, lines),
            CodeBlocks = facts.CodeBlocks,
            AltTexts = model.AltTexts,
        };
    }

    /// <summary>
    /// The model and the tree facts of <paramref name="source"/> read in <paramref name="sections"/>; a null model when
    /// the sections did not read as the whole does (<see cref="MarkdownSections.Exact"/>).
    /// </summary>
    private static (MarkdownModelBuilder? Model, MarkdownTreeFacts Facts, LatexCommentLines CommentLines) ReadSections(string source, LineIndex lines, LiteralFootnoteLabels labels, MarkdownSections sections, bool keep)
    {
        var facts = new MarkdownTreeFacts(source);
        var commentLines = LatexCommentLines.None;
        bool collected = false;
        if (LatexCommentLines.MayHold(source))
        {
            // Which lines the author commented out turns on where all the code is, and the model needs it from its first
            // block: a first reading finds the code, a second builds the model.
            foreach (var (tree, shift, from, length) in sections.Read())
            {
                facts.Collect(tree, shift, from, length);
            }

            if (!sections.Exact)
            {
                return (null, facts, commentLines);
            }

            commentLines = LatexCommentLines.Find(source, facts.CodeAndHtmlBlocks, lines);
            collected = true;
        }

        // Reads every section into a builder, the tree facts with them at the first reading; false when the sections did
        // not read as the whole does.
        bool ReadInto(MarkdownModelBuilder builder)
        {
            foreach (var (tree, shift, from, length) in sections.Read())
            {
                if (!collected)
                {
                    facts.Collect(tree, shift, from, length);
                }

                builder.Add(tree, shift, from, length);
            }

            collected = true;
            return sections.Exact;
        }

        IReadOnlySet<int>? notesWithoutColon = null;
        if (!keep && MarkdownModelBuilder.MayHoldNotesWithoutColon(source, lines, labels))
        {
            // Which lines are notes written without the colon is known only once every marker and definition is: a first
            // reading finds them and keeps nothing else, and the model is built knowing them. (A whole model built first
            // and then built again, as an editor's server still does, was a long paper's largest garbage: 18 MB of
            // `real-6m.md`'s 6.6, in the collector's oldest generation by the end of the reading.)
            var probe = new MarkdownModelBuilder(source, ParseMarkdown, commentLines: commentLines, lines: lines, literalLabels: labels, probe: true);
            if (!ReadInto(probe))
            {
                return (null, facts, commentLines);
            }

            notesWithoutColon = probe.FindNotesWithoutColon();
        }

        var model = new MarkdownModelBuilder(source, ParseMarkdown, notesWithoutColon, commentLines, lines, labels, keep);
        if (!ReadInto(model))
        {
            return (null, facts, commentLines);
        }

        if (notesWithoutColon is null && model.FindNotesWithoutColon() is { Count: > 0 } found)
        {
            // Which lines are notes is known only once every marker and definition is: read again, knowing (an editor's
            // server, whose readings of the sections an edit left alone are kept, and so cost little).
            model = new MarkdownModelBuilder(source, ParseMarkdown, found, commentLines, lines, labels, keep);
            ReadInto(model);
        }

        return (model, facts, commentLines);
    }

    /// <summary><c>lang:</c> (pandoc's key) or <c>language:</c> in the YAML front matter.</summary>
    private static string? FrontMatterLanguage(IReadOnlyList<string> frontMatter)
    {
        foreach (string line in frontMatter)
        {
            var match = LanguageKey().Match(line);
            if (match.Success)
            {
                return match.Groups["tag"].Value;
            }
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:lang|language)\s*:\s*[""']?(?<tag>[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)[""']?\s*$")]
    private static partial System.Text.RegularExpressions.Regex LanguageKey();

    /// <summary>Markdig's parse alone, with the reader's pipeline: the part of reading that is the parser's, not the model's.</summary>
    internal static Markdig.Syntax.MarkdownDocument ParseMarkdown(string markdown)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException e)
        {
            // Markdig's only refusal of a text: elements nested past its depth limit.
            throw new TooDeepException(e);
        }
    }

    private sealed class TooDeepException(Exception inner) : Exception(inner.Message, inner);
}
