namespace PaperLint.Cli;

/// <summary>Writes a file whole or not at all: into a temporary file beside it, then moved over it.</summary>
public static class AtomicFile
{
    /// <summary>
    /// Writes <paramref name="content"/> to <paramref name="path"/> whole or not at all; a file that is replaced keeps its
    /// permissions (a fixed document is still the user's file, executable bit and all).
    /// </summary>
    public static void Write(string path, byte[] content) => Write(path, writer =>
    {
        writer.Flush();
        writer.BaseStream.Write(content);
    });

    public static void Write(string path, Action<StreamWriter> write)
    {
        string folder = Path.GetDirectoryName(path) ?? ".";
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"{path}: the folder does not exist");
        }

        string temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var writer = new StreamWriter(temporary, append: false, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
            {
                write(writer);
            }

            if (!OperatingSystem.IsWindows() && File.Exists(path))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(path));
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (UnauthorizedAccessException)
        {
            throw new UsageException($"{path}: permission denied");
        }
        catch (IOException e)
        {
            throw new UsageException($"{path}: cannot be written ({e.Message})");
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
