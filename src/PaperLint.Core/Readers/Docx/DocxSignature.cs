using System.Text;

namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// Tells from the first bytes what a file named .docx really is, so that the common mistakes get a
/// message that says what to do: a .docx is a zip archive (PK\x03\x04); an OLE compound file
/// (D0 CF 11 E0 A1 B1 1A E1) is either an encrypted .docx (it holds an EncryptionInfo stream) or an old
/// Word 97-2003 .doc under a new name.
/// </summary>
internal static class DocxSignature
{
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] EmptyZip = [0x50, 0x4B, 0x05, 0x06];
    private static readonly byte[] CompoundFile = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    // Stream names in a compound file's directory are UTF-16LE.
    private static readonly byte[] EncryptionInfo = Encoding.Unicode.GetBytes("EncryptionInfo");

    /// <exception cref="InputException">The bytes are not a zip archive.</exception>
    public static void Check(string displayPath, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Zip))
        {
            return;
        }

        if (bytes.StartsWith(EmptyZip))
        {
            throw new InputException($"{displayPath}: a zip archive but not a Word document (no word/document.xml)");
        }

        if (bytes.StartsWith(CompoundFile))
        {
            throw bytes.IndexOf(EncryptionInfo) >= 0
                ? new InputException($"{displayPath}: the document is password-protected; remove the password in Word and lint again")
                : new InputException($"{displayPath}: a Word 97-2003 document saved with a .docx name; save it as .docx");
        }

        throw new InputException($"{displayPath}: not a Word document (zip header missing)");
    }
}
