using System.Diagnostics.CodeAnalysis;

namespace PaperLint.Core.Readers;

/// <summary>
/// Whether this build reads and writes Word files. It does, but for the native tool's front executable: the Open XML
/// SDK's typed model of Word's XML is two thirds of a native binary, and every run loads all of it before it reads a
/// line, so the native package ships a front without it for Markdown and text, and a second executable with it that
/// the front hands a run over to when the run touches a .docx (see the CLI's <c>DocxHandOver</c>).
/// </summary>
/// <remarks>
/// The switch <c>PaperLint.Docx</c> is set to false at publish time only (<c>RuntimeHostConfigurationOption</c> with
/// <c>Trim="true"</c>): the native compiler then takes this property for a constant and leaves out every branch that
/// reads or writes a Word file, and the SDK with them. Everything else, the library included, has Word files.
/// </remarks>
internal static class DocxSupport
{
    [FeatureSwitchDefinition("PaperLint.Docx")]
    public static bool IsAvailable => !AppContext.TryGetSwitch("PaperLint.Docx", out bool on) || on;

    /// <summary>The error for a Word file in a build without them: only reached where a command forgot to hand the run over.</summary>
    public static InputException Unavailable(string path) =>
        new($"{path}: this paperlint executable reads no Word files; run the paperlint-docx executable beside it, or reinstall PaperLint");
}
