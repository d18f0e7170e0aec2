namespace PaperLint.Ecosystem;

/// <summary>
/// One judged finding: which document, rule, place and matched text (the finding's identity), the verdict and
/// a one-line reason. Nothing of the document beyond the matched text is kept.
/// </summary>
public sealed record Judgement(string File, string Rule, string Place, string Match, Verdict Verdict, string Reason)
{
    public FindingKey Key => new(File, Rule, Place, Match);
}

/// <summary>How a finding is recognised from one run to the next.</summary>
public readonly record struct FindingKey(string File, string Rule, string Place, string Match);
