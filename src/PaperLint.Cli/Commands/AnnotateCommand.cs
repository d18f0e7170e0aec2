using McMaster.Extensions.CommandLineUtils;
using PaperLint.Core.Fixes;
using PaperLint.Core.Linting;
using PaperLint.Core.Model;
using PaperLint.Core.Reporting;

namespace PaperLint.Cli.Commands;

/// <summary>
/// <c>paperlint annotate paper.docx</c>: a copy of a Word document with a comment at each finding (rule, message,
/// suggestion), for the writer or editor to work through in Word. The original is never changed.
/// </summary>
public static class AnnotateCommand
{
    public const string ReviewedSuffix = ".reviewed";

    public static void Configure(CommandLineApplication command, CliContext context)
    {
        command.Description = "Write a copy of each .docx with a Word comment at every finding (NAME.reviewed.docx).";
        var paths = command.Argument("PATH", "Word documents, folders or globs (only .docx files are annotated).", multipleValues: true);
        var output = command.Option("-o|--output <FILE>", "Write the annotated copy to FILE (one document only; default NAME.reviewed.docx).", CommandOptionType.SingleValue);
        var baseline = command.Option("--baseline <FILE>", "Comment only on findings the baseline FILE does not record.", CommandOptionType.SingleValue);
        var options = new CheckOptions(command);
        command.OnExecute(() =>
        {
            App.RejectUnexpected(command);
            var given = paths.Values.Where(v => v is not null).Select(v => v!).ToList();
            given.AddRange(context.SeparatedPaths);
            return Run(given, options, context, output.Value(), baseline.Value());
        });
    }

    public static int Run(IReadOnlyList<string> paths, CheckOptions options, CliContext context, string? output = null, string? baselinePath = null)
    {
        if (paths.Count == 0)
        {
            throw new UsageException("no document given; usage: paperlint annotate paper.docx [-o paper.reviewed.docx]");
        }

        if (paths.Contains("-"))
        {
            throw new UsageException("annotate writes a copy of a Word document; it cannot annotate standard input ('-')");
        }

        var (files, errors) = InputFiles.Expand(paths, context.WorkingDirectory);
        var notWord = files.FirstOrDefault(f => !f.Full.EndsWith(".docx", StringComparison.OrdinalIgnoreCase));
        if (notWord is not null)
        {
            throw new UsageException($"{notWord.Display}: annotate writes comments into Word documents (.docx); for Markdown and text, 'paperlint check' shows the findings at their lines");
        }

        if (output is not null && files.Count + errors.Count != 1)
        {
            throw new UsageException($"--output names one annotated copy, but {files.Count} documents were given");
        }

        var baseline = baselinePath is null ? null : Baseline.Load(context.FullPath(baselinePath));
        var outcome = LintRunner.Run(files, options, context, keep: true);
        foreach (var error in errors)
        {
            context.Error.WriteLine(error);
        }

        var reports = new List<FileReport>();
        foreach (var (full, report) in outcome.Files)
        {
            var kept = outcome.Kept[full];
            var findings = baseline is null ? report : baseline.Filter(full, report).Report;
            reports.Add(findings);
            if (kept.Document.Format != SourceFormat.Docx || kept.Bytes.Length == 0)
            {
                continue;
            }

            var result = DocxAnnotator.Annotate(kept.Document, kept.Bytes, findings.Findings, DocxAuthor.PaperLint());
            string target = output is { } given
                ? context.FullPath(given)
                : Path.Combine(Path.GetDirectoryName(full) ?? context.WorkingDirectory, Path.GetFileNameWithoutExtension(full) + ReviewedSuffix + ".docx");
            AtomicFile.Write(target, result.Content);
            string where = result.OnParagraph == 0 ? "" : $" ({result.OnText} on their text, {result.OnParagraph} on their paragraph)";
            context.Out.WriteLine($"{report.Path}: {FixCommand.Count(result.Comments, "comment")}{where} written to {context.Relative(target)}");
        }

        return ExitCodes.From(RunSummary.Of(reports, outcome.Unreadable), errors.Count);
    }
}
