namespace PaperLint.Cli;

/// <summary>The command line itself is wrong; the message is the one line the user sees.</summary>
public sealed class UsageException(string message) : Exception(message);
