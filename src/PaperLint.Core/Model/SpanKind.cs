namespace PaperLint.Core.Model;

/// <summary>What a range of a block's text is, beyond plain prose.</summary>
public enum SpanKind
{
    /// <summary>Inline code. In text formats its text is replaced by <see cref="Block.Placeholder"/>; in DOCX it stays, so offsets remain the paragraph's own.</summary>
    Code,

    /// <summary>A URL or e-mail address; its text is replaced by <see cref="Block.Placeholder"/>.</summary>
    Url,

    /// <summary>Raw HTML or any other non-prose inline; replaced by <see cref="Block.Placeholder"/>.</summary>
    NonProse,

    /// <summary>Italic or emphasised text (titles of works are usually set this way).</summary>
    Emphasis,

    /// <summary>Bold text.</summary>
    Strong,

    /// <summary>Superscript text.</summary>
    Superscript,

    /// <summary>The visible text of a hyperlink.</summary>
    LinkText,
}
