namespace PaperLint.Ecosystem;

/// <summary>What an editor would say of a finding: right (wanted flagged), wrong, or debatable.</summary>
public enum Verdict
{
    Right,
    Wrong,
    Debatable,

    /// <summary>
    /// Right, but given up on purpose: a change that removes many false alarms no longer reports it, and the reason
    /// says why no general rule keeps it. Counted as right while it is reported; listed, not failed, when it is not.
    /// </summary>
    Missed,
}
