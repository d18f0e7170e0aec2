namespace PaperLint.Cli;

/// <summary>A document to lint: its full path, the path to show, and its content when it does not come from the file (a staged version).</summary>
public sealed record InputFile(string Full, string Display, byte[]? Content = null);
