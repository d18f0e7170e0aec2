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

    public Document Read(string displayPath, Stream content) => Parse(displayPath, TextDecoding.Decode(displayPath, content));

    public static Document Parse(string displayPath, string source)
    {
        try
        {
            return Build(displayPath, source);
        }
        catch (TooDeepException)
        {
            throw new InputException($"{displayPath}: the Markdown is nested too deeply to read (lists, block quotes, brackets or emphasis inside one another past the parser's limit); flatten the nesting, or check that the file is Markdown");
        }
    }

    private static Document Build(string displayPath, string source)
    {
        var parsed = ParseMarkdown(source);
        // One index of the source's lines serves the reader and, through the document, the rules.
        var lines = new LineIndex(source);
        var commentLines = LatexCommentLines.Find(source, parsed, lines);
        var model = new MarkdownModelBuilder(source, ParseMarkdown, commentLines: commentLines, lines: lines);
        model.Add(parsed, shift: 0);
        if (model.FindNotesWithoutColon() is { Count: > 0 } notesWithoutColon)
        {
            // Which lines are notes is known only once every marker and definition is: read again, knowing.
            model = new MarkdownModelBuilder(source, ParseMarkdown, notesWithoutColon, commentLines, lines);
            model.Add(parsed, shift: 0);
        }

        SoftLineBreaks.Record(model.Blocks, source);
        var metadata = PandocMetadata.Read(source, parsed, lines);
        var keyCitations = PandocCitationScanner.Find(source, parsed, lines, commentLines);
        if (metadata is { Citations.Count: > 0 })
        {
            keyCitations = [.. metadata.Citations, .. keyCitations];
        }

        return new Document(displayPath, SourceFormat.Markdown, model.Blocks, source)
        {
            Lines = lines,
            KeyCitations = keyCitations,
            Metadata = metadata,
            Language = FrontMatterLanguage(parsed),
            FootnoteRefs = model.FootnoteRefs,
            FootnoteDefs = model.FootnoteDefs,
            Suppressions = MarkdownSuppressions.Find(source, parsed, lines),
            CodeBlocks = Markdig.Syntax.MarkdownObjectExtensions.Descendants<Markdig.Syntax.CodeBlock>(parsed).Count(c => c is not Markdig.Extensions.Yaml.YamlFrontMatterBlock),
            AltTexts = model.AltTexts,
        };
    }


    /// <summary><c>lang:</c> (pandoc's key) or <c>language:</c> in the YAML front matter.</summary>
    private static string? FrontMatterLanguage(Markdig.Syntax.MarkdownDocument parsed)
    {
        if (parsed.OfType<Markdig.Extensions.Yaml.YamlFrontMatterBlock>().FirstOrDefault() is not { } front)
        {
            return null;
        }

        // An empty front matter has no array of lines at all.
        for (int i = 0; i < front.Lines.Count; i++)
        {
            var match = LanguageKey().Match(front.Lines.Lines[i].ToString());
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
