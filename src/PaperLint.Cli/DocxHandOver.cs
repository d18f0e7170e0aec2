using System.Diagnostics;
using System.Runtime.InteropServices;
using McMaster.Extensions.CommandLineUtils;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;

namespace PaperLint.Cli;

/// <summary>
/// The native package's two executables: <c>paperlint</c>, built without Word files (<see cref="DocxSupport"/>), starts
/// in a third of the time and memory of a build with them, and <c>paperlint-docx</c> beside it is the whole tool. A run
/// that would read or write a .docx, or the language server (an editor may open one), is handed over to
/// <c>paperlint-docx</c> with the same arguments before anything is read or written: on Unix the process becomes it
/// (<c>execv</c>), so standard input, output, signals and the exit code are its own; on Windows it runs as a child.
/// Every other build reads Word files itself and never hands over.
/// </summary>
public static partial class DocxHandOver
{
    /// <summary>The whole tool's executable name, beside the front's.</summary>
    public static string ExecutableName => OperatingSystem.IsWindows() ? "paperlint-docx.exe" : "paperlint-docx";

    /// <summary>True when a build without Word files must hand a run over that touches any of <paramref name="paths"/>.</summary>
    public static bool Needed(IEnumerable<string> paths, bool docxAvailable) =>
        !docxAvailable && paths.Any(p => DocumentLoader.FormatOfOrNull(p) == SourceFormat.Docx);

    /// <summary>Hands the run over (see <see cref="App"/>) when this build reads no Word files and one of <paramref name="paths"/> is one.</summary>
    /// <exception cref="Requested">This build reads no Word files and the run touches one.</exception>
    public static void IfNeeded(IEnumerable<string> paths)
    {
        if (Needed(paths, DocxSupport.IsAvailable))
        {
            throw new Requested();
        }
    }

    /// <summary>
    /// Hands the run over whatever it touches (the language server), when this build reads no Word files, with
    /// <paramref name="environment"/> added to the environment where the user's environment does not set the name.
    /// </summary>
    public static void Always(params IReadOnlyList<KeyValuePair<string, string>> environment)
    {
        if (!DocxSupport.IsAvailable)
        {
            throw new Requested(environment);
        }
    }

    /// <summary>
    /// Runs <paramref name="args"/> (the command line as given) with <c>paperlint-docx</c> and gives its exit code. On
    /// Unix this returns only when the executable could not be started.
    /// </summary>
    public static int Run(string[] args, IConsole console) => Run(args, [], console);

    /// <summary>As <see cref="Run(string[], IConsole)"/>, with <paramref name="environment"/> added where the environment does not set the name.</summary>
    public static int Run(string[] args, IReadOnlyList<KeyValuePair<string, string>> environment, IConsole console)
    {
        string executable = Path.Combine(AppContext.BaseDirectory, ExecutableName);
        if (!File.Exists(executable))
        {
            console.Error.WriteLine($"paperlint: this run reads or writes a Word file, which the paperlint executable leaves to {ExecutableName}, and there is no {executable}; reinstall PaperLint");
            return ExitCodes.BadInput;
        }

        console.Out.Flush();
        console.Error.Flush();
        if (OperatingSystem.IsWindows())
        {
            var start = new ProcessStartInfo(executable) { UseShellExecute = false };
            foreach (string arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            foreach (var (name, value) in environment)
            {
                start.Environment.TryAdd(name, value);
            }

            using var process = Process.Start(start);
            if (process is null)
            {
                console.Error.WriteLine($"paperlint: could not start {executable}");
                return ExitCodes.BadInput;
            }

            process.WaitForExit();
            return process.ExitCode;
        }

        foreach (var (name, value) in environment)
        {
            // The process's own environment, which execv passes on; an existing value (the user's) is kept.
            if (SetEnv(name, value, overwrite: 0) != 0)
            {
                console.Error.WriteLine($"paperlint: could not set {name} for {executable} ({Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}); going on without it");
            }
        }

        int error = Exec(executable, args);
        console.Error.WriteLine($"paperlint: could not start {executable} ({Marshal.GetPInvokeErrorMessage(error)}); reinstall PaperLint");
        return ExitCodes.BadInput;
    }

    /// <summary>Replaces this process with <paramref name="executable"/>; returns the error number when that fails.</summary>
    private static unsafe int Exec(string executable, string[] args)
    {
        var strings = new nint[args.Length + 2];
        try
        {
            strings[0] = Marshal.StringToCoTaskMemUTF8(executable);
            for (int i = 0; i < args.Length; i++)
            {
                strings[i + 1] = Marshal.StringToCoTaskMemUTF8(args[i]);
            }

            fixed (nint* argv = strings)
            {
                Execv((byte*)strings[0], (byte**)argv);
            }

            return Marshal.GetLastPInvokeError();
        }
        finally
        {
            foreach (nint s in strings)
            {
                Marshal.FreeCoTaskMem(s);
            }
        }
    }

    [LibraryImport("libc", EntryPoint = "execv", SetLastError = true)]
    private static unsafe partial int Execv(byte* path, byte** argv);

    [LibraryImport("libc", EntryPoint = "setenv", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);

    /// <summary>Thrown by a command before it reads anything, and caught by <see cref="App.Run"/>, which hands the run over.</summary>
    public sealed class Requested(IReadOnlyList<KeyValuePair<string, string>>? environment = null) : Exception("this run is for paperlint-docx")
    {
        /// <summary>What the run adds to the environment of <c>paperlint-docx</c>, where the user's does not set the name.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Environment { get; } = environment ?? [];
    }
}
