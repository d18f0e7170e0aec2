namespace PaperLint.Core.Readers;

/// <summary>
/// A document, rule pack or configuration file that cannot be used. The message is the one line the
/// user sees (the CLI prefixes nothing and exits with code 2), so it names the file and what is wrong.
/// </summary>
public sealed class InputException : Exception
{
    public InputException(string message)
        : base(message)
    {
    }

    public InputException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
