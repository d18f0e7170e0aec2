using McMaster.Extensions.CommandLineUtils;

namespace PaperLint.Cli;

/// <summary>The world a command runs in: console, working folder and environment, so tests can give their own.</summary>
public sealed record CliContext(IConsole Console, string WorkingDirectory, Func<string, string?> Environment)
{
    /// <summary>The arguments after "--": paths, whatever they look like.</summary>
    public IReadOnlyList<string> SeparatedPaths { get; init; } = [];

    public TextWriter Out => Console.Out;

    public TextWriter Error => Console.Error;

    /// <summary>
    /// Whether <c>--color auto</c> colours: on a terminal, never when NO_COLOR is set (https://no-color.org); FORCE_COLOR
    /// (set, and not 0 or false) turns it on where the output is no terminal, as in a CI log.
    /// </summary>
    public bool ColorByDefault =>
        string.IsNullOrEmpty(Environment("NO_COLOR"))
        && (ForceColor || (!Console.IsOutputRedirected && Environment("TERM") != "dumb"));

    private bool ForceColor => Environment("FORCE_COLOR") is { Length: > 0 } force && force is not ("0" or "false");

    /// <summary>True when standard error is a terminal (progress is shown there, never in a pipe or a log).</summary>
    public bool ErrorIsTerminal => !Console.IsErrorRedirected && Environment("TERM") != "dumb";

    public string FullPath(string path) => Path.GetFullPath(Path.Combine(WorkingDirectory, path));

    /// <summary>A full path as the user would write it from the working folder.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(WorkingDirectory, fullPath);

    /// <summary>All of standard input, as bytes (a document given as '-').</summary>
    public byte[] ReadInput()
    {
        if (Console is ProcessConsole)
        {
            return ProcessConsole.ReadAllInput();
        }

        return System.Text.Encoding.UTF8.GetBytes(Console.In.ReadToEnd());
    }
}
