namespace PaperLint.Core.Model;

/// <summary>How a footnote marker was written in the source.</summary>
public enum MarkerStyle
{
    /// <summary>Markdown <c>[^label]</c>.</summary>
    MarkdownLabel,

    /// <summary>Unicode superscript digits such as ¹²³.</summary>
    UnicodeSuperscript,

    /// <summary>Markdown or HTML <c>&lt;sup&gt;n&lt;/sup&gt;</c>.</summary>
    HtmlSup,

    /// <summary>Markdown (Pandoc) <c>^n^</c>.</summary>
    CaretSup,

    /// <summary>A native Word footnote or endnote reference.</summary>
    DocxNative,

    /// <summary>Digits in a DOCX run with vertical alignment superscript, typed by hand.</summary>
    DocxSuperscriptRun,

    /// <summary>A plain-text note body that begins with a number such as "1." or "[1]".</summary>
    PlainNumber,
}
