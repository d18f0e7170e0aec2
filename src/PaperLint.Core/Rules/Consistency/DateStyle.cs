using System.Globalization;

namespace PaperLint.Core.Rules.Consistency;

/// <summary>How a full date (day, month and year) is written: its order, an ordinal day, "of", a comma before the year.</summary>
internal readonly record struct DateStyle(DateOrder Order, bool Ordinal = false, bool Of = false, bool Comma = false)
{
    public static readonly string[] Months =
    [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ];

    /// <summary>How a message names the style: "day month year", "month day, year", …</summary>
    public string Describe() => Order switch
    {
        DateOrder.Iso => "year-month-day",
        DateOrder.DayMonth => $"{(Ordinal ? "ordinal day" : "day")}{(Of ? " of month" : " month")}{(Comma ? ", year" : " year")}",
        _ => $"month {(Ordinal ? "ordinal day" : "day")}{(Comma ? ", year" : " year without a comma")}",
    };

    /// <summary>The date written in this style.</summary>
    public string Write(int day, int month, int year)
    {
        string d = day.ToString(CultureInfo.InvariantCulture) + (Ordinal ? Suffix(day) : "");
        string y = year.ToString(CultureInfo.InvariantCulture);
        string name = Months[month - 1];
        return Order switch
        {
            DateOrder.Iso => string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}"),
            DateOrder.DayMonth => $"{d} {(Of ? "of " : "")}{name}{(Comma ? "," : "")} {y}",
            _ => $"{name} {d}{(Comma ? "," : "")} {y}",
        };
    }

    private static string Suffix(int day) => (day % 100) switch
    {
        11 or 12 or 13 => "th",
        _ => (day % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        },
    };
}
