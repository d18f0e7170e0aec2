using System.Globalization;

namespace PaperLint.Cli;

/// <summary>
/// A one-line count of files linted, on standard error, for runs over many files on a terminal; it is
/// rewritten in place and erased at the end, so nothing of it is left in the report or in a log.
/// </summary>
public sealed class Progress
{
    /// <summary>From this many files on, a run shows its progress.</summary>
    public const int MinFiles = 6;

    private readonly TextWriter? _error;
    private readonly int _total;
    private readonly Lock _lock = new();
    private int _done;
    private int _shownLength;

    private Progress(TextWriter? error, int total)
    {
        _error = error;
        _total = total;
    }

    /// <summary>A progress line when standard error is a terminal and the run has many files; otherwise one that prints nothing.</summary>
    public static Progress For(CliContext context, int total) =>
        new(context.ErrorIsTerminal && total >= MinFiles ? context.Error : null, total);

    public void Advance()
    {
        if (_error is null)
        {
            return;
        }

        lock (_lock)
        {
            _done++;
            string line = string.Create(CultureInfo.InvariantCulture, $"Linting {_done}/{_total} files…");
            _error.Write("\r" + line);
            _shownLength = line.Length;
            _error.Flush();
        }
    }

    public void Finish()
    {
        if (_error is null || _shownLength == 0)
        {
            return;
        }

        lock (_lock)
        {
            _error.Write("\r" + new string(' ', _shownLength) + "\r");
            _error.Flush();
            _shownLength = 0;
        }
    }
}
