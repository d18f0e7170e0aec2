namespace PaperLint.Core.Citations;

/// <summary>The shape a reference entry was read in.</summary>
public enum ReferenceStyle
{
    /// <summary><c>Serge, V. (1974). Title. Publisher.</c></summary>
    Apa,

    /// <summary><c>Serge, V. (1974) Title. Place: Publisher.</c></summary>
    Harvard,

    /// <summary><c>Serge, Victor. 1974. Title. Place: Publisher.</c></summary>
    ChicagoAuthorDate,

    /// <summary><c>Serge, Victor. Title. Publisher, 1974.</c></summary>
    Mla,

    /// <summary>
    /// An entry of a numbered list read by its number, in the shapes of Vancouver, IEEE and MDPI:
    /// <c>1. Serge V. Title. Journal. 1974;3:1–9.</c>, <c>[1] V. Serge, “Title,” …</c>, <c>1. Serge, V.; Rose, J. Title. Journal 1974, 3, 1–9.</c>
    /// </summary>
    Numbered,
}
