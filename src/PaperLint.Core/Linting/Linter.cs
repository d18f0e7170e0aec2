using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules;

namespace PaperLint.Core.Linting;

/// <summary>
/// Runs the active rules over a document and applies what the configuration (levels, accepted words) and
/// the document itself (its <c>paperlint-disable</c> suppressions) say of their findings.
/// </summary>
public static class Linter
{
    public static FileReport Lint(Document document, LintPlan plan) => Lint(document, plan, null);

    /// <summary>Lints <paramref name="document"/>, adding each rule's time to <paramref name="timings"/> when given.</summary>
    public static FileReport Lint(Document document, LintPlan plan, RuleTimings? timings) => Lint(document, plan, timings, 1);

    /// <summary>
    /// Lints <paramref name="document"/> with up to <paramref name="parallelism"/> rules at once. The report is the
    /// same whatever the number: each rule's findings are kept apart and put together in the plan's order, and a
    /// rule that fails is reported as it would be one rule after another (the first in the plan's order). The facts
    /// the rules share are computed once, by whichever rule asks first (see <see cref="LintContext"/>), so a rule that
    /// needs a fact another rule is computing waits for it. With <paramref name="timings"/> the rules run one after
    /// another, so that each rule's time is its own and not time spent waiting for another.
    /// </summary>
    public static FileReport Lint(Document document, LintPlan plan, RuleTimings? timings, int parallelism) =>
        Lint(document, plan, timings, parallelism, CancellationToken.None);

    /// <summary>
    /// Lints as <see cref="Lint(Document, LintPlan, RuleTimings?, int)"/> does, and gives up with an
    /// <see cref="OperationCanceledException"/> once <paramref name="cancel"/> is cancelled: no rule starts after that, and a
    /// running rule stops at its next finding (or when it ends, if it computes a shared fact first). An editor's server
    /// cancels the lint of a version the writer has already changed, instead of waiting for it before linting the new one.
    /// </summary>
    public static FileReport Lint(Document document, LintPlan plan, RuleTimings? timings, int parallelism, CancellationToken cancel) =>
        Lint(document, plan, timings, parallelism, cancel, null);

    /// <summary>
    /// Lints as <see cref="Lint(Document, LintPlan, RuleTimings?, int, CancellationToken)"/> does, taking what a paragraph's
    /// text alone decides from <paramref name="memory"/> when given, and keeping this lint's answers there for the next
    /// (see <see cref="LintMemory"/>): an editor's server lints each version of a document with the memory of the last.
    /// </summary>
    internal static FileReport Lint(Document document, LintPlan plan, RuleTimings? timings, int parallelism, CancellationToken cancel, LintMemory? memory)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        if (memory is not null && !ReferenceEquals(memory.Plan, plan))
        {
            throw new ArgumentException("the memory is of another plan", nameof(memory));
        }

        cancel.ThrowIfCancellationRequested();
        var config = plan.Config;
        var accepted = new HashSet<string>(config.Accept, StringComparer.OrdinalIgnoreCase);
        var ignored = IgnoredSource.Find(document, config.IgnoredSource, config.ValeScopes);

        // One context per document: the facts the rules share are computed once, on first use.
        var context = LintContext.For(document, plan.Settings, plan.Terms, memory);
        var rules = plan.Rules;
        var found = new List<Finding>[rules.Count];
        var failures = new Exception?[rules.Count];
        var use = new FactUse(rules);

        void Check(int index)
        {
            var active = rules[index];
            // A Vale style's rule takes the vocabulary as Vale does, as exceptions (Vale.Terms reports an accepted
            // term in another case); 'accept:' is PaperLint's own list for its rules.
            bool usesAccept = active.Rule is not Packs.PackRule { IsVale: true };
            long started = timings is null ? 0 : System.Diagnostics.Stopwatch.GetTimestamp();
            var kept = new List<Finding>();
            var words = new Dictionary<string, string>(StringComparer.Ordinal);
            try
            {
                cancel.ThrowIfCancellationRequested();
                foreach (var finding in active.Rule.Check(context.AtLevel(active.Severity)))
                {
                    cancel.ThrowIfCancellationRequested();
                    var f = finding.Severity == active.Severity ? finding : finding with { Severity = active.Severity };
                    if (f.Severity >= config.MinLevel && !(usesAccept && accepted.Contains(f.Match)) && !IsSuppressed(document, f) && !ignored.Covers(document, f.Location))
                    {
                        kept.Add(Sharing(f, words));
                    }
                }
            }
            catch (Exception e)
            {
                failures[index] = e;
            }

            found[index] = kept;
            timings?.Add(active.Rule.Id, started);
            if (use.LastToAskForAttribution(active.Rule))
            {
                // The rules still to run have its room: on a long paper the largest of the facts they share.
                context.LetGoOfAttribution();
            }
        }

        if (parallelism > 1 && timings is null && rules.Count > 1)
        {
            // Each worker walks the plan from its own place in it, round to the start, and checks each rule no worker has
            // taken yet, one at a time: a worker done with its stretch takes over the rules left in another's, so none is
            // held back behind a long rule. (Parallel.For hands each worker growing runs of rules, and a worker that
            // computes a long shared fact in one rule of such a run keeps the rest of it from a worker left idle.)
            int workers = Math.Min(parallelism, rules.Count);
            var taken = new int[rules.Count];
            Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, worker =>
            {
                int start = worker * rules.Count / workers;
                for (int step = 0; step < rules.Count; step++)
                {
                    int index = (start + step) % rules.Count;
                    if (Interlocked.Exchange(ref taken[index], 1) == 0)
                    {
                        Check(index);
                    }
                }
            });
        }
        else
        {
            for (int i = 0; i < rules.Count; i++)
            {
                Check(i);
                if (failures[i] is not null)
                {
                    break;
                }
            }
        }

        for (int i = 0; i < rules.Count; i++)
        {
            if (failures[i] is { } e)
            {
                if (e is InputException or OperationCanceledException || RanOutOfMemory(e))
                {
                    System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e);
                }

                // A rule that fails (a plug-in's, or a fault of ours) costs this document's report, in one line that
                // names the rule, never the whole run in a stack trace.
                string id = rules[i].Rule.Id;
                string message = e.Message.ReplaceLineEndings(" ").Trim().TrimEnd('.');
                throw new InputException($"{document.Path}: not linted: rule {id} failed ({e.GetType().Name}: {message}); turn it off in .paperlint.yml (rules: {id}: off) and report it to the rule's author");
            }
        }

        var findings = new List<Finding>(found.Sum(f => f?.Count ?? 0));
        foreach (var list in found)
        {
            if (list is not null)
            {
                findings.AddRange(list);
            }
        }

        FindingOrder.Sort(findings);
        memory?.Turn();
        return new FileReport(document.Path, document.Format, WithoutRepeats(findings));
    }

    /// <summary>
    /// The finding with the message and matched text of an earlier finding of its rule when they are the same words. A
    /// rule says the same thing wherever a term recurs (a long paper has thousands of findings and a few hundred messages),
    /// and the findings are held until the report is written: they share one copy of each instead of holding their own.
    /// </summary>
    private static Finding Sharing(Finding finding, Dictionary<string, string> words)
    {
        string message = Shared(words, finding.Message);
        string match = Shared(words, finding.Match);
        return ReferenceEquals(message, finding.Message) && ReferenceEquals(match, finding.Match)
            ? finding
            : finding with { Message = message, Match = match };
    }

    private static string Shared(Dictionary<string, string> words, string text)
    {
        ref string? kept = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(words, text, out bool seen);
        if (!seen)
        {
            kept = text;
        }

        return kept!;
    }

    /// <summary>
    /// Two rules may report the same text at the same place with the same fix (<c>Zizek</c>: Names.Diacritics
    /// says the name lacks its diacritics, Consistency.Variants that the paper also writes it with them). The
    /// user sees one finding there: the one at the higher level, or on a tie the first by rule id.
    /// </summary>
    private static List<Finding> WithoutRepeats(List<Finding> findings)
    {
        var kept = new List<Finding>(findings.Count);
        var at = new Dictionary<(SourceLocation, string, string), int>();
        foreach (var finding in findings)
        {
            if (finding.Suggestions.Count == 0)
            {
                kept.Add(finding);
                continue;
            }

            var key = (finding.Location, finding.Match, string.Join("\u0001", finding.Suggestions));
            if (!at.TryGetValue(key, out int index))
            {
                at[key] = kept.Count;
                kept.Add(finding);
            }
            else if (finding.Severity > kept[index].Severity)
            {
                kept[index] = finding;
            }
        }

        return kept;
    }

    /// <summary>
    /// True when <paramref name="e"/> is, or wraps, running out of memory: a static constructor that ran out fails its
    /// type for the rest of the process with a <see cref="TypeInitializationException"/>, which is no fault of a rule.
    /// </summary>
    internal static bool RanOutOfMemory(Exception e)
    {
        for (Exception? cause = e; cause is not null; cause = cause.InnerException)
        {
            if (cause is OutOfMemoryException)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSuppressed(Document document, Finding finding)
    {
        foreach (var suppression in document.Suppressions)
        {
            if (suppression.Covers(finding.RuleId, finding.Location))
            {
                return true;
            }
        }

        return false;
    }
}
