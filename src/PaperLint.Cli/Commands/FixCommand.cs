using System.Globalization;
using McMaster.Extensions.CommandLineUtils;
using PaperLint.Core.Fixes;
using PaperLint.Core.Linting;
using PaperLint.Core.Model;
using PaperLint.Core.Reporting;
using PaperLint.Core.Rules;

namespace PaperLint.Cli.Commands;

/// <summary>
/// <c>paperlint fix PATH...</c> (and <c>check --fix</c>): applies each finding whose rule vouches for its one suggestion.
/// Markdown and text files are rewritten in place, atomically, as they were encoded; a Word document gets a copy
/// (<c>NAME.fixed.docx</c>, or <c>-o</c>, or itself with <c>--in-place</c>) in which each fix is a tracked change.
/// <c>--dry-run</c> prints a unified diff (a list of changes for Word) and writes nothing.
/// </summary>
public static class FixCommand
{
    public const string FixedSuffix = ".fixed";

    public static void Configure(CommandLineApplication command, CliContext context)
    {
        command.Description = "Apply the fixes the rules vouch for: in place for .md and .txt, as tracked changes in a copy for .docx.";
        var paths = command.Argument("PATH", "Documents, folders or globs, as for check.", multipleValues: true);
        var dryRun = command.Option("--dry-run", "Print what would change (a unified diff for .md and .txt) and write nothing.", CommandOptionType.NoValue);
        var output = command.Option("-o|--output <FILE>", "Write the fixed document to FILE instead (one document only); for .docx the default is NAME.fixed.docx.", CommandOptionType.SingleValue);
        var inPlace = command.Option("--in-place", "Change a .docx itself (atomically) rather than writing NAME.fixed.docx.", CommandOptionType.NoValue);
        var baseline = command.Option("--baseline <FILE>", "Fix only findings the baseline FILE does not record.", CommandOptionType.SingleValue);
        var options = new CheckOptions(command);
        command.OnExecute(() =>
        {
            App.RejectUnexpected(command);
            var given = paths.Values.Where(v => v is not null).Select(v => v!).ToList();
            given.AddRange(context.SeparatedPaths);
            return Run(given, options, context, new FixOptions(dryRun.HasValue(), output.Value(), inPlace.HasValue(), baseline.Value()));
        });
    }

    /// <summary>What to fix and where the fixed documents go.</summary>
    public sealed record FixOptions(bool DryRun = false, string? Output = null, bool InPlace = false, string? Baseline = null);

    public static int Run(IReadOnlyList<string> paths, CheckOptions options, CliContext context, FixOptions fix)
    {
        if (paths.Count == 0)
        {
            throw new UsageException("no document given; usage: paperlint fix [--dry-run] PATH... (see paperlint fix --help)");
        }

        if (paths.Contains("-"))
        {
            throw new UsageException("fix changes files; it cannot fix standard input ('-')");
        }

        if (fix.Output is not null && fix.InPlace)
        {
            throw new UsageException("--output and --in-place each say where the fixed document goes; give one");
        }

        var baseline = fix.Baseline is null ? null : Baseline.Load(context.FullPath(fix.Baseline));
        var (files, errors) = InputFiles.Expand(paths, context.WorkingDirectory);
        if (fix.Output is not null && files.Count + errors.Count != 1)
        {
            throw new UsageException($"--output names one fixed document, but {files.Count} documents were given");
        }

        var outcome = LintRunner.Run(files, options, context, keep: true);
        foreach (var error in errors)
        {
            context.Error.WriteLine(error);
        }

        var remaining = new List<FileReport>();
        int fixedCount = 0, notFixed = 0;
        foreach (var (full, report) in outcome.Files)
        {
            var findings = baseline is null ? report : baseline.Filter(full, report).Report;
            var (left, made, unmade) = FixOne(full, findings, outcome.Kept[full], fix, context, context.Out);
            remaining.Add(left);
            fixedCount += made;
            notFixed += unmade;
        }

        var summary = RunSummary.Of(remaining, outcome.Unreadable);
        if (!options.Quiet)
        {
            string done = fix.DryRun ? "would be fixed" : "fixed";
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{Count(fixedCount, "finding")} {done} in {Count(outcome.Files.Count, "file")}{(notFixed > 0 ? $" ({notFixed} could not be)" : "")}; {Count(summary.Findings, "finding")} left for you."));
        }

        return ExitCodes.From(summary, errors.Count);
    }

    /// <summary>
    /// Fixes one linted document as <paramref name="fix"/> says, writes it (unless a dry run), and says on
    /// <paramref name="log"/> what was fixed and what was not; returns the findings left and how many were fixed and not.
    /// </summary>
    internal static (FileReport Remaining, int Fixed, int NotFixed) FixOne(string full, FileReport findings, KeptDocument kept, FixOptions fix, CliContext context, TextWriter log)
    {
        var plan = FixPlan.For(kept.Document, kept.Plan, findings.Findings);
        var result = plan.Fixes.Count == 0
            ? new FixResult(null, [], plan.Unapplied)
            : kept.Document.Format == SourceFormat.Docx
                ? DocxFixer.Apply(kept.Document, kept.Bytes, plan, DocxAuthor.PaperLint())
                : TextFixer.Apply(kept.Document, kept.Bytes, plan);

        string path = findings.Path;
        string? target = result.Content is null ? null : TargetOf(full, kept.Document.Format, fix, context);
        if (fix.DryRun && result.Content is { } content && kept.Document.Source is { } before)
        {
            // Labelled from the working folder, so that the diff applies there (git apply, patch -p1).
            UnifiedDiff.Write(context.Out, context.Relative(full), before, Core.Readers.DocumentLoader.Load(content, path).Source ?? "");
        }
        else if (!fix.DryRun && result.Content is { } bytes)
        {
            AtomicFile.Write(target!, bytes);
        }

        string verb = fix.DryRun ? "would fix" : "fixed";
        foreach (var applied in result.Applied)
        {
            log.WriteLine($"{Where(path, applied.Finding)}: {verb} {applied.Finding.RuleId}: '{applied.Finding.Match}' → '{applied.Replacement}'");
        }

        foreach (var left in result.Unapplied)
        {
            log.WriteLine($"{Where(path, left.Finding)}: not fixed {left.Finding.RuleId}: {left.Reason}");
        }

        if (!fix.DryRun && target is not null && kept.Document.Format == SourceFormat.Docx)
        {
            log.WriteLine($"{path}: {Count(result.Applied.Count, "tracked change")} written to {context.Relative(target)}");
        }

        var done = result.Applied.Select(a => a.Finding).ToHashSet(ReferenceEqualityComparer.Instance);
        return (findings with { Findings = [.. findings.Findings.Where(f => !done.Contains(f))] }, result.Applied.Count, result.Unapplied.Count);
    }

    /// <summary>Where a fixed document goes: -o, else a text file itself, a Word document's copy beside it unless --in-place.</summary>
    private static string TargetOf(string full, SourceFormat format, FixOptions fix, CliContext context)
    {
        if (fix.Output is { } output)
        {
            return context.FullPath(output);
        }

        if (format != SourceFormat.Docx || fix.InPlace)
        {
            return full;
        }

        return Path.Combine(Path.GetDirectoryName(full) ?? context.WorkingDirectory, Path.GetFileNameWithoutExtension(full) + FixedSuffix + Path.GetExtension(full));
    }

    /// <summary>"paper.md:7:54" or "paper.docx ¶3": where a finding is, as the report shows it.</summary>
    internal static string Where(string path, Finding finding) => finding.Location switch
    {
        TextLocation { File: null } at => $"{path}:{at.Line}:{at.Column}",
        TextLocation at => at.ToString(),
        var other => $"{path} {other}",
    };

    internal static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
