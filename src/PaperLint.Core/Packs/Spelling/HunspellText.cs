using System.Text;

namespace PaperLint.Core.Packs.Spelling;

/// <summary>Decodes a dictionary's .aff and .dic files in the encoding its <c>SET</c> names.</summary>
internal static class HunspellText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The encoding the .aff's <c>SET</c> line names, or null when it has none.</summary>
    /// <exception cref="Readers.InputException">SET names an encoding .NET does not know.</exception>
    public static Encoding? Declared(byte[] aff, string affPath)
    {
        // SET is ASCII, and so are the encodings' names; Latin-1 reads any bytes.
        string[] lines = Encoding.Latin1.GetString(aff).Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string[] fields = lines[i].Trim().TrimStart('\uFEFF', 'ï', '»', '¿').Split((char[])[' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 2 && fields[0] == "SET")
            {
                return Named(fields[1]) ?? throw new Readers.InputException($"{affPath}:{i + 1}: SET names an encoding PaperLint does not know: '{fields[1]}'");
            }
        }

        return null;
    }

    /// <summary>
    /// The text of a file: in the declared encoding, or, without SET, in UTF-8 when the bytes are valid UTF-8 and
    /// Hunspell's default ISO 8859-1 otherwise (Hunspell compares bytes, so an undeclared UTF-8 file works there).
    /// </summary>
    public static string Decode(byte[] bytes, Encoding? declared)
    {
        string text;
        if (declared is not null)
        {
            text = declared.GetString(bytes);
        }
        else
        {
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                text = Encoding.Latin1.GetString(bytes);
            }
        }

        return text.TrimStart('\uFEFF');
    }

    private static Encoding? Named(string name)
    {
        string upper = name.ToUpperInvariant();
        if (upper is "UTF-8" or "UTF8")
        {
            return Encoding.UTF8;
        }

        if (upper is "ISO8859-1" or "ISO-8859-1")
        {
            return Encoding.Latin1;
        }

        // Hunspell writes ISO8859-15, KOI8-R, microsoft-cp1251: the names .NET knows are iso-8859-15, koi8-r, windows-1251.
        string dotnet = upper.StartsWith("ISO8859-", StringComparison.Ordinal) ? "iso-8859-" + upper[8..]
            : upper.StartsWith("MICROSOFT-CP", StringComparison.Ordinal) ? "windows-" + upper[12..]
            : name;
        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(dotnet) ?? Encoding.GetEncoding(dotnet);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
