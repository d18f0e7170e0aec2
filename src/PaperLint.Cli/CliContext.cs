using McMaster.Extensions.CommandLineUtils;

namespace PaperLint.Cli;

/// <summary>The world a command runs in: console, working folder and environment, so tests can give their own.</summary>
public sealed record CliContext(IConsole Console, string WorkingDirectory, Func<string, string?> Environment)
{
    public TextWriter Out => Console.Out;

    public TextWriter Error => Console.Error;

    /// <summary>Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org) or --no-color is given.</summary>
    public bool UseColor(bool noColorOption) =>
        !noColorOption
        && string.IsNullOrEmpty(Environment("NO_COLOR"))
        && !Console.IsOutputRedirected
        && Environment("TERM") != "dumb";

    /// <summary>True when standard error is a terminal (progress is shown there, never in a pipe or a log).</summary>
    public bool ErrorIsTerminal => !Console.IsErrorRedirected && Environment("TERM") != "dumb";

    public string FullPath(string path) => Path.GetFullPath(Path.Combine(WorkingDirectory, path));
}
