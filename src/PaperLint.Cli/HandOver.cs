using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using McMaster.Extensions.CommandLineUtils;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;

namespace PaperLint.Cli;

/// <summary>
/// A run handed over, before it reads anything, to an executable started with the same arguments: on Unix the process
/// becomes it (<c>execv</c>), so standard input, output, signals and the exit code are its own; on Windows it runs as a
/// child. The native package's <c>paperlint</c>, built without Word edits (<see cref="DocxSupport"/>), starts in
/// about half the time and memory of a build with them and reads Word files itself; a run that writes one (<c>fix</c>,
/// <c>annotate</c>, <c>check --fix</c>) goes to <c>paperlint-docx</c> beside it, the whole tool. And a native language
/// server starts again as itself, with the collector's settings it needs in its environment, which a native executable
/// reads only as it starts (<see cref="Commands.LspCommand"/>). Every other build edits Word files itself and never hands over.
/// </summary>
public static partial class HandOver
{
    /// <summary>The whole tool's executable name, beside the front's.</summary>
    public static string DocxExecutableName => OperatingSystem.IsWindows() ? "paperlint-docx.exe" : "paperlint-docx";

    /// <summary>True when a build without Word edits must hand over a run that writes any of <paramref name="paths"/>.</summary>
    public static bool Needed(IEnumerable<string> paths, bool canEditDocx) =>
        !canEditDocx && paths.Any(p => DocumentLoader.FormatOfOrNull(p) == SourceFormat.Docx);

    /// <summary>Hands a run that writes files over (see <see cref="App"/>) when this build edits no Word files and one of <paramref name="paths"/> is one.</summary>
    /// <exception cref="Requested">This build edits no Word files and the run writes one.</exception>
    public static void IfWritingDocx(IEnumerable<string> paths)
    {
        if (Needed(paths, DocxSupport.CanEdit))
        {
            throw ToDocx();
        }
    }

    /// <summary>The hand-over of a run that writes a Word file to <c>paperlint-docx</c> beside this executable.</summary>
    public static Requested ToDocx() =>
        new(Path.Combine(AppContext.BaseDirectory, DocxExecutableName), $"this run writes a Word file, which the paperlint executable leaves to {DocxExecutableName}", []);

    /// <summary>
    /// Starts this native executable again with <paramref name="environment"/> added where the environment does not set the
    /// name, unless it sets them all already (as it does once started again). A build compiled just in time reads no such
    /// setting from its own start and goes on as it is.
    /// </summary>
    /// <exception cref="Requested">A native build, whose environment lacks one of the names.</exception>
    public static void WithEnvironment(params IReadOnlyList<KeyValuePair<string, string>> environment)
    {
        if (!RuntimeFeature.IsDynamicCodeSupported
            && environment.Any(e => Environment.GetEnvironmentVariable(e.Key) is null)
            && Environment.ProcessPath is { } self)
        {
            throw new Requested(self, "the language server starts again with the collector's settings it needs", environment);
        }
    }

    /// <summary>
    /// Runs <paramref name="args"/> (the command line as given) with the executable <paramref name="request"/> names, its
    /// environment added where the environment does not set the name, and gives its exit code. On Unix this returns only
    /// when the executable could not be started.
    /// </summary>
    public static int Run(string[] args, Requested request, IConsole console)
    {
        string executable = request.Executable;
        var environment = request.Environment;
        if (!File.Exists(executable))
        {
            console.Error.WriteLine($"paperlint: {request.Reason}, and there is no {executable}; reinstall PaperLint");
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
    public sealed class Requested(string executable, string reason, IReadOnlyList<KeyValuePair<string, string>> environment) : Exception($"this run is for {executable}")
    {
        /// <summary>The executable's full path.</summary>
        public string Executable { get; } = executable;

        /// <summary>Why the run goes to it, as the user is told when it is missing.</summary>
        public string Reason { get; } = reason;

        /// <summary>What the run adds to the executable's environment, where the user's does not set the name.</summary>
        public IReadOnlyList<KeyValuePair<string, string>> Environment { get; } = environment;
    }
}
