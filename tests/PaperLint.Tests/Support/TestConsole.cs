using McMaster.Extensions.CommandLineUtils;

namespace PaperLint.Tests.Support;

/// <summary>A console whose output the test reads; it is "redirected", as a pipe or CI log is.</summary>
public sealed class TestConsole : IConsole
{
    private readonly StringWriter _out = new() { NewLine = "\n" };
    private readonly StringWriter _error = new() { NewLine = "\n" };

#pragma warning disable CS0067 // The event is part of the interface; a test console is never cancelled.
    public event ConsoleCancelEventHandler? CancelKeyPress;
#pragma warning restore CS0067

    public TextWriter Out => _out;

    public TextWriter Error => _error;

    /// <summary>Standard input: empty unless a test gives it.</summary>
    public TextReader In { get; init; } = TextReader.Null;

    public bool IsInputRedirected => true;

    public bool IsOutputRedirected { get; init; } = true;

    public bool IsErrorRedirected { get; init; } = true;

    public ConsoleColor ForegroundColor { get; set; }

    public ConsoleColor BackgroundColor { get; set; }

    public string Output => _out.ToString();

    public string Errors => _error.ToString();

    public void ResetColor()
    {
    }
}
