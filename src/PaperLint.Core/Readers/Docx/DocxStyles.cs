using DocumentFormat.OpenXml.Wordprocessing;

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

    private readonly Dictionary<string, Style> _paragraphStyles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Style> _characterStyles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StyleInfo> _resolvedParagraph = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StyleInfo> _resolvedCharacter = new(StringComparer.Ordinal);
    private readonly string? _defaultParagraphStyleId;

    public DocxStyles(Styles? styles)
    {
        if (styles is null)
        {
            return;
        }

        // Word's default language for runs that set none: the document's, as its author's Word declared it.
        DefaultLanguage = styles.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.GetFirstChild<Languages>()?.Val?.Value is { Length: > 0 } tag ? tag : null;

        foreach (var style in styles.Elements<Style>())
        {
            if (style.StyleId?.Value is not { } id)
            {
                continue;
            }

            var type = SafeValue.Of(style.Type);
            if (type == StyleValues.Paragraph)
            {
                _paragraphStyles.TryAdd(id, style);
                if (SafeValue.Of(style.Default) == true)
                {
                    _defaultParagraphStyleId ??= id;
                }
            }
            else if (type == StyleValues.Character)
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

    private static StyleInfo? Resolve(string id, Dictionary<string, Style> styles, Dictionary<string, StyleInfo> resolved, int depth)
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
        string? parentId = style.BasedOn?.Val?.Value;
        StyleInfo? parent = parentId is not null && parentId != id && depth < MaxChainDepth
            ? Resolve(parentId, styles, resolved, depth + 1)
            : null;

        string name = style.StyleName?.Val?.Value ?? id;
        var paragraph = style.StyleParagraphProperties;
        int? outline = SafeValue.Of(paragraph?.OutlineLevel?.Val);
        bool? numbered = NumberedBy(paragraph?.NumberingProperties);
        var indentation = paragraph?.Indentation;
        int? indent = TwipsMeasure.Parse(indentation?.Start?.Value ?? indentation?.Left?.Value);
        var run = RunFormat.From(style.StyleRunProperties);
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
            SafeValue.Of(paragraph?.NumberingProperties?.NumberingId?.Val) ?? parent?.NumberingId,
            SafeValue.Of(paragraph?.NumberingProperties?.NumberingLevelReference?.Val) ?? parent?.NumberingLevel);
        resolved[id] = info;
        return info;
    }

    /// <summary>True when a <c>w:numPr</c> turns numbering on, false when it turns it off (numId 0), null when it says nothing.</summary>
    public static bool? NumberedBy(NumberingProperties? numbering) =>
        SafeValue.Of(numbering?.NumberingId?.Val) is { } numId ? numId != 0 : null;
}
