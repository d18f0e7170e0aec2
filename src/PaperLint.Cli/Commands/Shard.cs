using System.Globalization;

namespace PaperLint.Cli.Commands;

/// <summary>
/// <c>--shard I/N</c>: the I-th of N shares of the files, for a CI matrix that splits a large repository. Files are
/// dealt out in input order (the first to shard 1, the second to shard 2, …), so every file is in exactly one shard and
/// the shares differ by one file at most, whatever the folders hold.
/// </summary>
public sealed record Shard(int Index, int Count)
{
    /// <summary>The SARIF run id of this shard: <c>paperlint/shard-2-of-4</c>.</summary>
    public string AutomationId => $"paperlint/shard-{Index}-of-{Count}";

    public static Shard? Parse(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var parts = value.Split('/');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            && count >= 1 && index >= 1 && index <= count
            ? new Shard(index, count)
            : throw new UsageException($"--shard: '{value}' is not a shard; give I/N with 1 ≤ I ≤ N, such as 2/4");
    }

    public List<InputFile> Of(List<InputFile> files) => files.Where((_, i) => i % Count == Index - 1).ToList();
}
