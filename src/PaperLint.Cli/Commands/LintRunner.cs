using System.Collections.Concurrent;
using PaperLint.Core.Config;
using PaperLint.Core.Linting;
using PaperLint.Core.Model;
using PaperLint.Core.Packs;
using PaperLint.Core.Readers;
using PaperLint.Core.Reporting;

namespace PaperLint.Cli.Commands;

/// <summary>
/// Lints many files on all cores: each file is read and checked on its own, the configuration and rule
/// set of each folder are built once and shared, and the results come back in the order of the input,
/// so the report is the same however the work was scheduled. Messages about unreadable files are
/// printed in that order too, after the work.
/// </summary>
public static class LintRunner
{
    /// <param name="keep">True to keep each document, its bytes and its plan in the outcome (<see cref="LintOutcome.Kept"/>), for a fix.</param>
    /// <param name="excerpts">False when what is made of the findings shows no excerpt (a JSON report): none is made.</param>
    public static LintOutcome Run(IReadOnlyList<InputFile> files, CheckOptions options, CliContext context, bool keep = false, bool excerpts = true)
    {
        if (keep)
        {
            // fix and annotate come here before they read anything.
            HandOver.IfWritingDocx(files.Select(f => f.Full));
        }
        int jobs = options.Jobs;
        // The jobs the files leave free check one file's rules at once: one file alone gets them all; as many files as
        // jobs, or more, get one each, as the files already keep every job busy.
        int rulesAtOnce = Math.Max(1, jobs / Math.Max(1, Math.Min(files.Count, jobs)));
        var setups = new Setups(options, context);
        var results = new FileResult[files.Count];
        var progress = Progress.For(context, files.Count);
        var timings = options.Timings ? new RuleTimings() : null;

        void LintOne(int i)
        {
            try
            {
                LintFile(i);
            }
            finally
            {
                progress.Advance();
            }
        }

        void LintFile(int i)
        {
            var file = files[i];
            string folder = Path.GetDirectoryName(file.Full) ?? context.WorkingDirectory;
            // A file linted alone (a pre-commit run, an editor's save) is read while its rules are built, on another
            // core: building them (a large rule pack's YAML above all) and reading the file need nothing of each
            // other, but for a Word file, whose reader the configuration bounds.
            bool readMeanwhile = files.Count == 1 && jobs > 1 && DocumentLoader.FormatOfOrNull(file.Display) is not SourceFormat.Docx;
            var building = readMeanwhile ? Task.Run(() => setups.For(folder, file.Full)) : null;
            Loaded? early = readMeanwhile ? Load(file, DocxOptions.Default) : null;
            Setup setup;
            try
            {
                setup = building is null ? setups.For(folder, file.Full) : building.GetAwaiter().GetResult();
            }
            catch (InputException e)
            {
                // A bad configuration stops the run; which one is reported is decided in input order below.
                results[i] = new FileResult(null, null, e);
                return;
            }

            if (setup.Config.IsIgnored(file.Full))
            {
                results[i] = new FileResult(null, null, null, Ignored: true);
                return;
            }

            var loaded = early ?? Load(file, setup.Docx);
            if (loaded.Error is { } error)
            {
                results[i] = new FileResult(null, error, null);
                return;
            }

            try
            {
                results[i] = new FileResult(Linter.Lint(loaded.Document!, setup.Plan, timings, rulesAtOnce), null, null) { Kept = keep ? new KeptDocument(loaded.Document!, loaded.Bytes!, setup.Plan) : null };
            }
            catch (InputException e)
            {
                results[i] = new FileResult(null, e.Message, null);
            }
            catch (Exception e) when (Linter.RanOutOfMemory(e))
            {
                results[i] = new FileResult(null, OutOfMemory(file), null);
            }
        }

        // The document of a file, or the one line that says why it cannot be read.
        Loaded Load(InputFile file, DocxOptions docx)
        {
            try
            {
                long started = System.Diagnostics.Stopwatch.GetTimestamp();
                byte[]? bytes = file.Content;
                var document = bytes is { } content ? DocumentLoader.Load(content, file.Display, docx)
                    : keep ? DocumentLoader.Load(file.Full, file.Display, docx, out bytes)
                    : DocumentLoader.Load(file.Full, file.Display, docx);
                CollectReadingGarbage(document);
                timings?.Add($"(read {document.Format.ToString().ToLowerInvariant()})", started);
                document.Excerpts = excerpts;
                return new Loaded(document, bytes, null);
            }
            catch (InputException e)
            {
                return new Loaded(null, null, e.Message);
            }
            catch (Exception e) when (Linter.RanOutOfMemory(e))
            {
                return new Loaded(null, null, OutOfMemory(file));
            }
        }

        if (files.Count > 1)
        {
            Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, LintOne);
        }
        else if (files.Count == 1)
        {
            LintOne(0);
        }

        progress.Finish();
        timings?.Write(context.Error);

        // Rule files skipped and settings not applied: once each, however many folders share them.
        foreach (string warning in setups.Created.SelectMany(s => s.Plan.Warnings).Distinct(StringComparer.Ordinal))
        {
            context.Error.WriteLine("warning: " + warning);
        }

        var reports = new List<(string, FileReport)>();
        var kept = new Dictionary<string, KeptDocument>(StringComparer.Ordinal);
        int unreadable = 0;
        for (int i = 0; i < results.Length; i++)
        {
            var result = results[i];
            if (result.SetupError is { } setupError)
            {
                throw setupError;
            }

            if (result.Report is { } report)
            {
                reports.Add((files[i].Full, report));
                if (result.Kept is { } document)
                {
                    kept[files[i].Full] = document;
                }
            }
            else if (result.ReadError is { } message)
            {
                context.Error.WriteLine(message);
                unreadable++;
            }
        }

        return new LintOutcome(reports, unreadable, Descriptors(setups.Created)) { Kept = kept };
    }

    /// <summary>Every rule that ran in some folder, once, with the level in force where it was first met.</summary>
    private static List<RuleDescriptor> Descriptors(IEnumerable<Setup> setups)
    {
        var byId = new SortedDictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var active in setups.SelectMany(s => s.Plan.Rules))
        {
            byId.TryAdd(active.Rule.Id, new RuleDescriptor(active.Rule.Id, active.Rule.Description, active.Severity, (active.Rule as PackRule)?.Link));
        }

        return [.. byId.Values];
    }

    /// <summary>A file read: its document (and bytes, when kept), or the one line that says why it could not be.</summary>
    private sealed record Loaded(Document? Document, byte[]? Bytes, string? Error);

    /// <summary>How many characters of text make a document long enough to collect its reading's garbage before its lint.</summary>
    private const int LongDocument = 256 * 1024;

    /// <summary>
    /// After a long document is read, one full collection that compacts the large object heap. Reading leaves most of
    /// its garbage there (the file's bytes or the decoded text, the growing arrays of the model), which only a full
    /// collection frees and nothing else compacts; the lint's allocations otherwise grow the heap around it. On 6.6 MB of
    /// real papers (`real-6m.md`, native, the source held compactly, three runs each) the run's peak went from 85–94 to
    /// 74–77 MiB, in the same time (README, "Memory").
    /// </summary>
    private static void CollectReadingGarbage(Document document)
    {
        long characters = 0;
        foreach (var block in document.Blocks)
        {
            characters += block.Text.Length;
            if (characters >= LongDocument)
            {
                System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
                return;
            }
        }
    }

    // What the file held is garbage once this is said, so the other files can still be linted and reported.
    private static string OutOfMemory(InputFile file) =>
        $"{file.Display}: not linted: the run ran out of memory; lint it on its own (--jobs 1) or where more memory is free";

    private sealed record FileResult(FileReport? Report, string? ReadError, InputException? SetupError, bool Ignored = false)
    {
        public KeptDocument? Kept { get; init; }
    }
}

/// <summary>What a file is linted with: its configuration, the rules in force, and the limits of the Word reader.</summary>
public sealed record Setup(PaperLintConfig Config, LintPlan Plan, DocxOptions Docx);

/// <summary>
/// The setups of a run (or of a language server's session): one configuration per folder, one rule set per folder and
/// set of <c>.vale.ini</c> sections that match the file, each built once, on first use, from any thread.
/// </summary>
public sealed class Setups(CheckOptions options, CliContext context)
{
    private readonly IReadOnlyList<string> _extraPacks = options.RulePaths(context);
    private readonly ConcurrentDictionary<string, Lazy<PaperLintConfig>> _folders = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Setup>> _setups = new(StringComparer.Ordinal);

    /// <exception cref="InputException">A configuration file or rule pack is malformed.</exception>
    public Setup For(string folder, string file)
    {
        var folderConfig = _folders.GetOrAdd(folder, f => new Lazy<PaperLintConfig>(() => options.ConfigFor(f, context))).Value;
        return _setups.GetOrAdd(folder + "\0" + folderConfig.KeyFor(file), _ => new Lazy<Setup>(() =>
        {
            var config = folderConfig.ForFile(file);
            var plan = RuleSet.Active(config, _extraPacks);
            // The packs' terms in one index, which every lint with this plan uses: built here, it is built while a file
            // linted alone is read.
            plan.BuildTerms();
            return new Setup(config, plan, plan.Settings.Get<DocxOptions>());
        })).Value;
    }

    /// <summary>The setups built so far.</summary>
    public IEnumerable<Setup> Created => _setups.Values.Where(s => s.IsValueCreated).Select(s => s.Value);
}
