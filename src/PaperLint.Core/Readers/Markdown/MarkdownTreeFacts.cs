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
        _own = new Kept(_citations, _directives, 0, 0);
        _into = _own;
    }

    // The facts of the whole source, gathered here or moved here from each tree's.
    private readonly Kept _own;

    /// <summary>The code and raw HTML blocks, front matter included (first and last offset), where a LaTeX comment line is never looked for.</summary>
    public List<(int Start, int End)> CodeAndHtmlBlocks => _own.CodeAndHtmlBlocks;

    /// <summary>Where a pandoc citation is not read (from, up to): code, raw HTML, autolinks, link targets, link definitions, front matter.</summary>
    public List<(int Start, int End)> NotCitations => _own.NotCitations;

    /// <summary>Code blocks and code spans (from, up to), where a directive comment is an example.</summary>
    public List<(int Start, int End)> Code => _own.Code;

    /// <summary>How many code blocks, fenced or indented, the source holds (front matter aside).</summary>
    public int CodeBlocks => _own.CodeBlocks;

    /// <summary>The front matter's first and last offset; null when the document has none.</summary>
    public (int Start, int End)? FrontMatter { get; private set; }

    /// <summary>The front matter's lines as Markdig read them.</summary>
    public IReadOnlyList<string> FrontMatterLines { get; private set; } = [];

    // Where the section's text begins in the tree being collected: what stands before is a stand-in.
    private int _from;

    // What is being collected into: the lists of this reading, or a tree's own (Kept).
    private Kept _into;

    /// <summary>
    /// What a section's tree holds, in places from the start of the tree's text: an editor's server keeps a section's
    /// tree from one version of the document to the next (<see cref="Linting.LintMemory.Trees"/>), where the section may
    /// stand elsewhere (text typed before it), and its facts are then moved there, not gathered from the tree again.
    /// Kept beside the tree, and let go with it.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<MarkdownDocument, Kept> KeptFacts = new();

    /// <summary>What one tree holds (<see cref="KeptFacts"/>), and what it was gathered with.</summary>
    private sealed class Kept(bool citations, bool directives, int from, int length)
    {
        public readonly List<(int Start, int End)> CodeAndHtmlBlocks = [];
        public readonly List<(int Start, int End)> NotCitations = [];
        public readonly List<(int Start, int End)> Code = [];
        public int CodeBlocks;

        public bool GatheredWith(bool citations2, bool directives2, int from2, int length2) =>
            citations == citations2 && directives == directives2 && from == from2 && length == length2;
    }

    /// <summary>
    /// Adds what <paramref name="tree"/> holds from <paramref name="from"/> to <paramref name="length"/>, a section of the
    /// source that begins at <paramref name="shift"/> + <paramref name="from"/>; what stands before and after is no part of
    /// the source (the definitions a section is parsed with, <see cref="MarkdownSections"/>).
    /// </summary>
    public void Collect(MarkdownDocument tree, int shift, int from, int length)
    {
        if (HoldsFrontMatter(tree))
        {
            // The front matter is the document's first section's, read once: gathered as it stands.
            _into = _own;
            Gather(tree, shift, from, length);
            return;
        }

        if (!KeptFacts.TryGetValue(tree, out var kept) || !kept.GatheredWith(_citations, _directives, from, length))
        {
            kept = new Kept(_citations, _directives, from, length);
            _into = kept;
            Gather(tree, shift, from, length);
            Move(kept.CodeAndHtmlBlocks, -shift);
            Move(kept.NotCitations, -shift);
            Move(kept.Code, -shift);
            KeptFacts.AddOrUpdate(tree, kept);
        }

        AddMoved(CodeAndHtmlBlocks, kept.CodeAndHtmlBlocks, shift);
        AddMoved(NotCitations, kept.NotCitations, shift);
        AddMoved(Code, kept.Code, shift);
        _own.CodeBlocks += kept.CodeBlocks;
    }

    private static bool HoldsFrontMatter(MarkdownDocument tree)
    {
        foreach (var block in tree)
        {
            if (block is YamlFrontMatterBlock)
            {
                return true;
            }
        }

        return false;
    }

    private static void Move(List<(int Start, int End)> places, int by)
    {
        var span = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(places);
        for (int i = 0; i < span.Length; i++)
        {
            span[i] = (span[i].Start + by, span[i].End + by);
        }
    }

    private static void AddMoved(List<(int Start, int End)> to, List<(int Start, int End)> places, int by)
    {
        foreach (var (start, end) in places)
        {
            to.Add((start + by, end + by));
        }
    }

    private void Gather(MarkdownDocument tree, int shift, int from, int length)
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
            _into.CodeBlocks++;
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
            _into.CodeAndHtmlBlocks.Add((start, end));
        }

        if (_citations && block is CodeBlock or HtmlBlock or LinkReferenceDefinition)
        {
            _into.NotCitations.Add((start, end + 1));
        }

        if (_directives && block is CodeBlock)
        {
            _into.Code.Add((start, end + 1));
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
                    _into.NotCitations.Add((start, end));
                    break;
                // A link to a definition places its address there: before or past the section's text, a stand-in's (MarkdownSections).
                case LinkInline link when !link.UrlSpan.IsEmpty && link.UrlSpan.Start + (link.Reference is null ? correction : 0) is int url && url < length && url >= _from:
                    int at = link.Reference is null ? correction : 0;
                    _into.NotCitations.Add((link.UrlSpan.Start + at + shift, Math.Min(link.UrlSpan.End + 1 + at, length) + shift));
                    break;
            }
        }

        if (_directives && node is CodeInline && !empty)
        {
            _into.Code.Add((start, end));
        }
    }
}
