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
}
