namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// The styles part, resolved once per style on first use: a paragraph's <c>w:pStyle</c> holds a style
/// id ("Heading1", or "berschrift1" in a German document), while the name ("heading 1") is what tells
/// a heading or a quotation apart, so names, outline levels, numbering, indentation and run formatting
/// are all followed through the based-on chain.
/// </summary>
internal sealed class DocxStyles
{
    // Built-in quotation styles keep their English names in styles.xml whatever the language of Word;
    // the localized names cover documents whose style was created by name in another language.
    private static readonly HashSet<string> QuoteNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Quote", "Intense Quote", "Block Text", "Block Quote", "Block Quotation",
        "Zitat", "Intensives Zitat", "Cita", "Cita destacada", "Citazione", "Citazione intensa", "Citaat", "Duidelijk citaat",
    };

    private static readonly HashSet<string> QuoteIds = new(StringComparer.OrdinalIgnoreCase)
    {
        "Quote", "IntenseQuote", "BlockText", "BlockQuote", "Zitat", "IntensivesZitat", "Cita", "Citadestacada", "Citazione", "Citazioneintensa", "Citaat", "Duidelijkcitaat",
    };

    private const int MaxChainDepth = 32;

    private readonly Dictionary<string, WordNode> _paragraphStyles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WordNode> _characterStyles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StyleInfo> _resolvedParagraph = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StyleInfo> _resolvedCharacter = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyleId;

    public DocxStyles(WordNode? styles)
    {
        if (styles is null)
        {
            return;
        }

        // Word's default language for runs that set none: the document's, as its author's Word declared it.
        DefaultLanguage = styles.Child("docDefaults")?.Child("rPrDefault")?.Child("rPr")?.ValueOf("lang") is { Length: > 0 } tag ? tag : null;

        foreach (var style in styles.Elements("style"))
        {
            if (style.Attribute("styleId") is not { } id)
            {
                continue;
            }

            string? type = style.Attribute("type");
            if (type == "paragraph")
            {
                _paragraphStyles.TryAdd(id, style);
                if (style.OnOff("default") == true)
                {
                    _defaultParagraphStyleId ??= id;
                }
            }
            else if (type == "character")
            {
                _characterStyles.TryAdd(id, style);
            }
        }
    }

    /// <summary>The document's default run language (<c>w:docDefaults</c>), or null.</summary>
    public string? DefaultLanguage { get; }

    /// <summary>The style of a paragraph whose <c>w:pStyle</c> is <paramref name="styleId"/> (or the default style when none).</summary>
    public StyleInfo? Paragraph(string? styleId)
    {
        styleId ??= _defaultParagraphStyleId;
        return styleId is null ? null : Resolve(styleId, _paragraphStyles, _resolvedParagraph, 0);
    }

    public RunFormat Character(string? styleId) =>
        styleId is null ? default : Resolve(styleId, _characterStyles, _resolvedCharacter, 0)?.Run ?? default;

    private static StyleInfo? Resolve(string id, Dictionary<string, WordNode> styles, Dictionary<string, StyleInfo> resolved, int depth)
    {
        if (resolved.TryGetValue(id, out var known))
        {
            return known;
        }

        if (!styles.TryGetValue(id, out var style))
        {
            return null;
        }

        // Guard against a based-on cycle (a style based on itself through others) in a damaged file.
        string? parentId = style.ValueOf("basedOn");
        StyleInfo? parent = parentId is not null && parentId != id && depth < MaxChainDepth
            ? Resolve(parentId, styles, resolved, depth + 1)
            : null;

        string name = style.ValueOf("name") ?? id;
        var paragraph = style.Child("pPr");
        int? outline = paragraph?.Child("outlineLvl")?.Int("val");
        var numbering = paragraph?.Child("numPr");
        bool? numbered = NumberedBy(numbering);
        var indentation = paragraph?.Child("ind");
        int? indent = TwipsMeasure.Parse(indentation?.Attribute("start") ?? indentation?.Attribute("left"));
        var run = RunFormat.From(style.Child("rPr"));
        if (CodeStyles.IsCodeStyle(name))
        {
            run = run with { Code = true };
        }

        var info = new StyleInfo(
            name,
            outline ?? parent?.OutlineLevel,
            numbered ?? parent?.Numbered,
            indent ?? parent?.IndentTwips,
            QuoteNames.Contains(name) || QuoteIds.Contains(id) || parent?.IsQuote == true,
            run.Over(parent?.Run ?? default),
            numbering?.Child("numId")?.Int("val") ?? parent?.NumberingId,
            numbering?.Child("ilvl")?.Int("val") ?? parent?.NumberingLevel);
        resolved[id] = info;
        return info;
    }

    /// <summary>True when a <c>w:numPr</c> turns numbering on, false when it turns it off (numId 0), null when it says nothing.</summary>
    public static bool? NumberedBy(WordNode? numbering) =>
        numbering?.Child("numId")?.Int("val") is { } numId ? numId != 0 : null;
}
