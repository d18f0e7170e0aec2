using System.ComponentModel;
using System.Diagnostics;

namespace PaperLint.Cli;

/// <summary>Runs the git client; the hook, the staged mode and .gitignore handling ask git rather than imitate it.</summary>
public static class Git
{
    /// <summary>What a git command printed and how it ended.</summary>
    public sealed record Result(int ExitCode, byte[] Output, string Error)
    {
        public bool Succeeded => ExitCode == 0;

        public string Text => System.Text.Encoding.UTF8.GetString(Output).TrimEnd('\n', '\r');
    }

    /// <summary>Runs <c>git</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>; null when git cannot be started.</summary>
    public static Result? Run(string workingDirectory, IReadOnlyList<string> arguments, byte[]? input = null)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new Win32Exception("git did not start");
        }
        catch (Win32Exception)
        {
            return null;
        }

        using (process)
        {
            // Output is read while input is written, so neither pipe can fill up and stall the other side.
            var output = new MemoryStream();
            var reading = process.StandardOutput.BaseStream.CopyToAsync(output);
            var error = process.StandardError.ReadToEndAsync();
            if (input is not null)
            {
                process.StandardInput.BaseStream.Write(input);
            }

            process.StandardInput.Close();
            reading.GetAwaiter().GetResult();
            string errorText = error.GetAwaiter().GetResult();
            process.WaitForExit();
            return new Result(process.ExitCode, output.ToArray(), errorText.Trim());
        }
    }

    /// <summary>True when <paramref name="folder"/> or a folder above it holds a <c>.git</c> folder or file.</summary>
    public static bool InsideWorkTree(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(candidate) || File.Exists(candidate))
            {
                return true;
            }
        }

        return false;
    }
}
