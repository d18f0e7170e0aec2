namespace PaperLint.Core.Readers.Suppressions;

internal enum SuppressionKind
{
    /// <summary>From here on, until a matching enable or the end.</summary>
    Disable,

    /// <summary>Ends a disable.</summary>
    Enable,

    /// <summary>The line after the directive only.</summary>
    DisableNextLine,
}
