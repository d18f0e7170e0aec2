namespace PaperLint.Ecosystem;

/// <summary>What an editor would say of a finding: right (wanted flagged), wrong, or debatable.</summary>
public enum Verdict
{
    Right,
    Wrong,
    Debatable,
}
