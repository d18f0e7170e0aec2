using PaperLint.Core.Model;
using PaperLint.Core.Rules;

namespace PaperLint.Tests.Support;

/// <summary>What a test expects a rule to report: the matched text, and optionally the suggestion and 1-based line:column (text formats).</summary>
public sealed record Expected(string Match, string? Suggestion = null, int? Line = null, int? Column = null);

/// <summary>
/// Runs a rule over texts in the habit of textlint's tester: valid texts must pass untouched, invalid texts
/// must produce exactly the listed findings, and the empty text is always valid. Each text is written in
/// every format given (all three by default) and read back by the real readers.
/// </summary>
public static class RuleTester
{
    public static void Valid(IRule rule, params string[] texts) => Valid(rule, TestDocuments.AllFormats, texts);

    public static void Valid(IRule rule, SourceFormat[] formats, params string[] texts)
    {
        foreach (var format in formats)
        {
            foreach (var text in texts.Append(string.Empty))
            {
                if (text.Length == 0 && format != SourceFormat.Docx)
                {
                    // An empty text file is bad input for the loader; the rule must cope with an empty model.
                    var empty = new Document("empty", format, [], string.Empty);
                    Assert.Empty(rule.Check(LintContext.For(empty)));
                    continue;
                }

                var document = TestDocuments.From(format, text);
                var findings = rule.Check(LintContext.For(document)).ToList();
                Assert.True(findings.Count == 0, $"{format}: expected no finding for \"{text}\", got: {Describe(findings)}");
            }
        }
    }

    public static void Invalid(IRule rule, string text, params Expected[] expected) => Invalid(rule, TestDocuments.AllFormats, text, expected);

    public static void Invalid(IRule rule, SourceFormat[] formats, string text, params Expected[] expected)
    {
        foreach (var format in formats)
        {
            var document = TestDocuments.From(format, text);
            var findings = rule.Check(LintContext.For(document)).ToList();
            Assert.True(
                findings.Count == expected.Length,
                $"{format}: expected {expected.Length} finding(s) for \"{text}\", got: {Describe(findings)}");
            for (int i = 0; i < expected.Length; i++)
            {
                var want = expected[i];
                var got = findings[i];
                Assert.Equal(rule.Id, got.RuleId);
                Assert.Equal(want.Match, got.Match);
                if (want.Suggestion is not null)
                {
                    Assert.Equal(want.Suggestion, Assert.Single(got.Suggestions));
                }

                if (want.Line is { } line && got.Location is TextLocation text1)
                {
                    Assert.Equal(line, text1.Line);
                    Assert.Equal(want.Column, text1.Column);
                }
            }
        }
    }

    private static string Describe(List<Finding> findings) =>
        findings.Count == 0 ? "none" : string.Join("; ", findings.Select(f => $"{f.RuleId} '{f.Match}' at {f.Location}: {f.Message}"));
}
