using PaperLint.Core.Model;

namespace PaperLint.Core.Reporting;

internal static class FormatNames
{
    public static string ToName(this SourceFormat format) => format switch
    {
        SourceFormat.Markdown => "markdown",
        SourceFormat.Docx => "docx",
        _ => "text",
    };
}
