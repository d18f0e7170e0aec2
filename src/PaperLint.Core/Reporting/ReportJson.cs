using System.Text.Encodings.Web;
using System.Text.Json;

namespace PaperLint.Core.Reporting;

/// <summary>How the machine-readable reports are written: indented, with non-ASCII text (Žižek, ¶) left readable.</summary>
internal static class ReportJson
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
