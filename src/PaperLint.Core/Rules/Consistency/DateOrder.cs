namespace PaperLint.Core.Rules.Consistency;

/// <summary>The order of the parts of a date.</summary>
internal enum DateOrder
{
    DayMonth,
    MonthDay,
    Iso,
}
