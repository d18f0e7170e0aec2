using System.Runtime.InteropServices;
using System.Text;
using McMaster.Extensions.CommandLineUtils;
using Microsoft.Win32.SafeHandles;

namespace PaperLint.Cli;

/// <summary>
/// The process's standard streams, written without .NET's terminal set-up. On Linux and macOS, the first write through
/// <see cref="Console"/> to a terminal sends the terminal's keypad-transmit sequence (<c>ESC[?1h ESC=</c>), meant for
/// programs that read keys, and never undoes it: it stood in front of every report and left the shell's arrow keys
/// changed. A linter reads no keys, so it writes to the file descriptors directly there, with <c>write(2)</c>: a
/// <see cref="FileStream"/> over a descriptor that is a regular file writes at its own position and leaves the
/// descriptor's offset where it was, so <c>(paperlint a.md; echo done) &gt; log</c> had <c>done</c> overwrite the
/// report. On Windows it uses the console.
/// </summary>
public sealed partial class ProcessConsole : IConsole, IDisposable
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private ProcessConsole(TextWriter output, TextWriter error)
    {
        Out = output;
        Error = error;
    }

    public static ProcessConsole Open() => OperatingSystem.IsWindows()
        ? new ProcessConsole(Console.Out, Console.Error)
        : new ProcessConsole(
            new StreamWriter(new DescriptorWriter(1), Utf8, bufferSize: 64 * 1024),
            new StreamWriter(new DescriptorWriter(2), Utf8, bufferSize: 1024) { AutoFlush = true });

    public TextWriter Out { get; }

    public TextWriter Error { get; }

    public TextReader In => Console.In;

    public bool IsInputRedirected => Console.IsInputRedirected;

    public bool IsOutputRedirected => Console.IsOutputRedirected;

    public bool IsErrorRedirected => Console.IsErrorRedirected;

    public ConsoleColor ForegroundColor { get; set; }

    public ConsoleColor BackgroundColor { get; set; }

    public event ConsoleCancelEventHandler? CancelKeyPress
    {
        add => Console.CancelKeyPress += value;
        remove => Console.CancelKeyPress -= value;
    }

    public void ResetColor()
    {
    }

    /// <summary>All of standard input, as bytes, read from its descriptor (or the console's stream on Windows).</summary>
    public static byte[] ReadAllInput()
    {
        using var input = OperatingSystem.IsWindows() ? Console.OpenStandardInput() : new FileStream(new SafeFileHandle(0, ownsHandle: false), FileAccess.Read, bufferSize: 0);
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        return buffer.ToArray();
    }

    public void Dispose()
    {
        Out.Flush();
        Error.Flush();
    }

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static unsafe partial nint Write(int fd, byte* buffer, nint count);

    /// <summary>
    /// Writes to a descriptor with <c>write(2)</c>, at the descriptor's own offset, as the shell and every other process
    /// do. A pipe whose reader left early (<c>paperlint … | head</c>) fails the write: the rest is dropped, as the console
    /// does, and the run ends with its own exit code instead of a broken-pipe stack trace.
    /// </summary>
    private sealed class DescriptorWriter(int fd) : Core.Reporting.WriteOnlyStream
    {
        private const int Interrupted = 4; // EINTR, the same on Linux and macOS

        private bool _closed;

        public override unsafe void Write(ReadOnlySpan<byte> buffer)
        {
            fixed (byte* start = buffer)
            {
                int done = 0;
                while (done < buffer.Length && !_closed)
                {
                    nint written = ProcessConsole.Write(fd, start + done, buffer.Length - done);
                    if (written >= 0)
                    {
                        done += (int)written;
                    }
                    else if (Marshal.GetLastPInvokeError() != Interrupted)
                    {
                        _closed = true;
                    }
                }
            }
        }

        public override void Flush()
        {
        }
    }
}
