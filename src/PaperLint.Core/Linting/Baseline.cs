using System.Text.Encodings.Web;
using System.Text.Json;
using PaperLint.Core.Readers;

namespace PaperLint.Core.Linting;

/// <summary>
/// Findings recorded on one day so that later runs report only new ones. The file is JSON (version 1):
/// <c>{"version":1,"findings":[{"path","rule","fingerprint","match"}]}</c>, paths relative to the
/// baseline's folder with forward slashes, so the file can be committed and used from any clone.
/// A finding is baselined when an entry with its path, rule and fingerprint is left: each entry
/// excuses one finding, so a second copy of an old mistake is still reported.
/// </summary>
public sealed class Baseline
{
    internal const int Version = 1;

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Dictionary<(string Path, string Rule, string Fingerprint), int> _entries;

    private Baseline(string folder, Dictionary<(string, string, string), int> entries)
    {
        Folder = folder;
        _entries = entries;
    }

    /// <summary>The folder the paths in the baseline are relative to.</summary>
    public string Folder { get; }

    public int Count => _entries.Values.Sum();

    /// <summary>Reads a baseline file.</summary>
    /// <exception cref="InputException">The file is missing or is not a PaperLint baseline; the message names it.</exception>
    public static Baseline Load(string path)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        byte[] bytes;
        try
        {
            bytes = Readers.RegularFile.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read the baseline ({e.Message})");
        }

        var entries = new Dictionary<(string, string, string), int>();
        try
        {
            using var json = JsonDocument.Parse(bytes);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number
                || !root.TryGetProperty("findings", out var findings) || findings.ValueKind != JsonValueKind.Array)
            {
                throw new InputException($"{path}: not a PaperLint baseline (expected an object with 'version' and 'findings'; write one with 'paperlint baseline write')");
            }

            if (version.GetInt32() != Version)
            {
                throw new InputException($"{path}: baseline version {version.GetInt32()} is not supported (this paperlint reads version {Version})");
            }

            foreach (var entry in findings.EnumerateArray())
            {
                var key = (Text(entry, "path", path), Text(entry, "rule", path), Text(entry, "fingerprint", path));
                entries[key] = entries.TryGetValue(key, out int n) ? n + 1 : 1;
            }
        }
        catch (JsonException e)
        {
            throw new InputException($"{path}: not valid JSON at line {e.LineNumber + 1} (a PaperLint baseline is written by 'paperlint baseline write')");
        }

        return new Baseline(folder, entries);
    }

    /// <summary>Writes today's findings of <paramref name="files"/> (full path and report) to <paramref name="path"/>.</summary>
    public static int Write(string path, IEnumerable<(string FullPath, FileReport Report)> files)
    {
        string folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        int count = 0;
        // Written beside the target and moved over it, so a failed write never leaves half a baseline; written as it is
        // made, a piece at a time, not made whole in memory first.
        string temporary = path + ".tmp";
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write))
            {
                using (var json = new Utf8JsonWriter(stream, WriterOptions))
                {
                    json.WriteStartObject();
                    json.WriteNumber("version", Version);
                    json.WriteStartArray("findings");
                    foreach (var (fullPath, report) in files)
                    {
                        string relative = Relative(folder, fullPath);
                        var fingerprints = FindingFingerprints.Of(report);
                        for (int i = 0; i < report.Findings.Count; i++)
                        {
                            var finding = report.Findings[i];
                            json.WriteStartObject();
                            json.WriteString("path", relative);
                            json.WriteString("rule", finding.RuleId);
                            json.WriteString("fingerprint", fingerprints[i]);
                            json.WriteString("match", finding.Match);
                            json.WriteEndObject();
                            Reporting.JsonTextSink.FlushWhenFull(json);
                            count++;
                        }
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                stream.WriteByte((byte)'\n');
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot write the baseline ({e.Message})");
        }
        finally
        {
            DeleteLeftover(temporary);
        }

        return count;
    }

    // A write that failed leaves no half baseline beside the target, as far as the file system lets it be removed.
    private static void DeleteLeftover(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more can be done: the target itself was not touched.
        }
    }

    /// <summary>The report without the findings this baseline excuses, and how many it excused.</summary>
    public (FileReport Report, int Baselined) Filter(string fullPath, FileReport report)
    {
        string relative = Relative(Folder, fullPath);
        var fingerprints = FindingFingerprints.Of(report);
        var kept = new List<Rules.Finding>(report.Findings.Count);
        int baselined = 0;
        for (int i = 0; i < report.Findings.Count; i++)
        {
            var key = (relative, report.Findings[i].RuleId, fingerprints[i]);
            lock (_entries)
            {
                if (_entries.TryGetValue(key, out int left) && left > 0)
                {
                    _entries[key] = left - 1;
                    baselined++;
                    continue;
                }
            }

            kept.Add(report.Findings[i]);
        }

        return (report with { Findings = kept }, baselined);
    }

    private static string Relative(string folder, string fullPath) => Path.GetRelativePath(folder, fullPath).Replace('\\', '/');

    private static string Text(JsonElement entry, string name, string path) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InputException($"{path}: a baseline entry has no '{name}' (write the baseline again with 'paperlint baseline write')");
}
