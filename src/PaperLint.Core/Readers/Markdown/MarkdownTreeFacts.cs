using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PaperLint.Core.Readers.Markdown;

/// <summary>
/// What the reader needs of Markdig's trees besides the prose, as places in the source: the code and raw HTML (where
/// no comment line, citation or directive is read), the link targets, the front matter. Gathered one section's tree at
/// a time (<see cref="MarkdownSections"/>), so that no tree outlives its section. What the source shows cannot be
/// there (no <c>@</c>, no directive word) is not gathered.
/// </summary>
internal sealed class MarkdownTreeFacts
{
    private readonly string _source;
    private readonly bool _citations;
    private readonly bool _directives;
    private bool _frontMatterSeen;

    public MarkdownTreeFacts(string source)
    {
        _source = source;
        _citations = source.Contains('@');
        _directives = MarkdownSuppressions.MayHold(source);
    }

    /// <summary>The code and raw HTML blocks, front matter included (first and last offset), where a LaTeX comment line is never looked for.</summary>
    public List<(int Start, int End)> CodeAndHtmlBlocks { get; } = [];

    /// <summary>Where a pandoc citation is not read (from, up to): code, raw HTML, autolinks, link targets, link definitions, front matter.</summary>
    public List<(int Start, int End)> NotCitations { get; } = [];

    /// <summary>Code blocks and code spans (from, up to), where a directive comment is an example.</summary>
    public List<(int Start, int End)> Code { get; } = [];

    /// <summary>How many code blocks, fenced or indented, the source holds (front matter aside).</summary>
    public int CodeBlocks { get; private set; }

    /// <summary>The front matter's first and last offset; null when the document has none.</summary>
    public (int Start, int End)? FrontMatter { get; private set; }

    /// <summary>The front matter's lines as Markdig read them.</summary>
    public IReadOnlyList<string> FrontMatterLines { get; private set; } = [];

    // Where the section's text begins in the tree being collected: what stands before is a stand-in.
    private int _from;

    /// <summary>
    /// Adds what <paramref name="tree"/> holds from <paramref name="from"/> to <paramref name="length"/>, a section of the
    /// source that begins at <paramref name="shift"/> + <paramref name="from"/>; what stands before and after is no part of
    /// the source (the definitions a section is parsed with, <see cref="MarkdownSections"/>).
    /// </summary>
    public void Collect(MarkdownDocument tree, int shift, int from, int length)
    {
        _from = from;
        foreach (var block in tree)
        {
            if (block.Span.Start < from && block is not (FootnoteGroup or LinkReferenceDefinitionGroup))
            {
                continue;
            }

            switch (block)
            {
                case FootnoteGroup:
                    // Markdig keeps here only the notes something refers to, which in a section depends on the others:
                    // every note is read through its definition instead, as the model reads them.
                    break;
                case LinkReferenceDefinitionGroup definitions:
                    foreach (var definition in definitions)
                    {
                        if (definition.Span.Start < from)
                        {
                            continue;
                        }

                        Walk(definition, shift, length);
                        if (definition is FootnoteLinkReferenceDefinition { Footnote: { } note })
                        {
                            Walk(note, shift, length);
                        }
                    }

                    break;
                default:
                    Walk(block, shift, length);
                    break;
            }
        }
    }

    private void Walk(Block block, int shift, int length)
    {
        if (block.Span.Start >= length)
        {
            return;
        }

        if (block is ContainerBlock container)
        {
            for (int i = 0; i < container.Count; i++)
            {
                Walk(container[i], shift, length);
            }

            return;
        }

        var leaf = (LeafBlock)block;
        AddBlock(leaf, shift, length);
        if ((_citations || _directives) && leaf.Inline is { } inline)
        {
            // The inlines hold nothing asked for unless the source has a citation or a directive.
            int correction = leaf is HeadingBlock heading ? HeadingPositions.Correction(heading, _source, shift) : 0;
            foreach (var node in inline.Descendants<Inline>())
            {
                if (node.Span.Start + correction < length)
                {
                    AddInline(node, shift, length, correction);
                }
            }
        }
    }

    // A block or inline that begins in the section ends there too: a block at the section's end may take in the blank
    // lines after it, which belong to no block in the whole reading.
    private void AddBlock(LeafBlock block, int shift, int length)
    {
        if (block is CodeBlock and not YamlFrontMatterBlock)
        {
            CodeBlocks++;
        }

        if (block is YamlFrontMatterBlock front && !_frontMatterSeen)
        {
            _frontMatterSeen = true;
            FrontMatter = front.Span.IsEmpty ? null : (front.Span.Start + shift, Math.Min(front.Span.End, length - 1) + shift);
            var lines = new string[front.Lines.Count];
            for (int i = 0; i < lines.Length; i++)
            {
                lines[i] = front.Lines.Lines[i].ToString();
            }

            FrontMatterLines = lines;
        }

        if (block.Span.IsEmpty)
        {
            return;
        }

        int start = block.Span.Start + shift;
        int end = Math.Min(block.Span.End, length - 1) + shift;
        if (block is CodeBlock or HtmlBlock)
        {
            CodeAndHtmlBlocks.Add((start, end));
        }

        if (_citations && block is CodeBlock or HtmlBlock or LinkReferenceDefinition)
        {
            NotCitations.Add((start, end + 1));
        }

        if (_directives && block is CodeBlock)
        {
            Code.Add((start, end + 1));
        }
    }

    /// <param name="correction">What to add to the inline's own places (<see cref="HeadingPositions"/>); not to the address
    /// of a link to a definition, which is the definition's.</param>
    private void AddInline(MarkdownObject node, int shift, int length, int correction)
    {
        bool empty = node.Span.IsEmpty;
        int start = node.Span.Start + correction + shift;
        int end = Math.Min(node.Span.End + 1 + correction, length) + shift;
        if (_citations)
        {
            switch (node)
            {
                case CodeInline or HtmlInline or AutolinkInline when !empty:
                case LinkInline { IsAutoLink: true } when !empty:
                    NotCitations.Add((start, end));
                    break;
                // A link to a definition places its address there: before or past the section's text, a stand-in's (MarkdownSections).
                case LinkInline link when !link.UrlSpan.IsEmpty && link.UrlSpan.Start + (link.Reference is null ? correction : 0) is int url && url < length && url >= _from:
                    int at = link.Reference is null ? correction : 0;
                    NotCitations.Add((link.UrlSpan.Start + at + shift, Math.Min(link.UrlSpan.End + 1 + at, length) + shift));
                    break;
            }
        }

        if (_directives && node is CodeInline && !empty)
        {
            Code.Add((start, end));
        }
    }
}
