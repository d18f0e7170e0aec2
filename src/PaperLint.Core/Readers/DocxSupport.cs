using System.Diagnostics.CodeAnalysis;

namespace PaperLint.Core.Readers;

/// <summary>
/// Whether this build writes Word files (<c>fix</c>, <c>annotate</c>). Every build reads them, from the parts' XML, without
/// the Open XML SDK (<see cref="DocxReader"/>); an edit changes the SDK's trees of the parts, and the SDK's typed model of
/// Word's XML is more than half of a native binary, which the runtime sets up before a run reads a line. So the native
/// package's front executable is built without edits, and hands a run that writes a Word file over to a second
/// executable beside it, the whole tool (see the CLI's <c>HandOver</c>).
/// </summary>
/// <remarks>
/// The switch <c>PaperLint.DocxEdits</c> is set to false at publish time only (<c>RuntimeHostConfigurationOption</c> with
/// <c>Trim="true"</c>): the native compiler then takes this property for a constant and leaves out every branch that
/// opens a package with the SDK, and the SDK with them. Everything else, the library included, writes Word files.
/// </remarks>
internal static class DocxSupport
{
    [FeatureSwitchDefinition("PaperLint.DocxEdits")]
    public static bool CanEdit => !AppContext.TryGetSwitch("PaperLint.DocxEdits", out bool on) || on;

    /// <summary>The error for an edit of a Word file in a build without them: only reached where a command forgot to hand the run over.</summary>
    public static InputException Unavailable(string path) =>
        new($"{path}: this paperlint executable writes no Word files; run the paperlint-docx executable beside it, or reinstall PaperLint");
}
