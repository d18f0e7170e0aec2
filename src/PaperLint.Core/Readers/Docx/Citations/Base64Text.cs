using System.Text;

namespace PaperLint.Core.Readers.Docx.Citations;

/// <summary>Text that managers store in base64 (Mendeley Cite's tags, EndNote's <c>w:fldData</c>, Citavi's placeholders).</summary>
internal static class Base64Text
{
    /// <summary>The text the base64 holds (UTF-8, or UTF-16 where it says so with its byte order mark); null when it is not base64.</summary>
    public static string? Decode(string? base64) => base64 is null ? null : Decode([base64]);

    /// <summary>
    /// The text of several chunks of base64, each padded on its own (EndNote splits a long citation's data so): each
    /// decoded, the bytes joined in order, the NUL bytes that pad the end left out. Null when a chunk is not base64.
    /// </summary>
    public static string? Decode(IReadOnlyList<string> chunks)
    {
        var bytes = new List<byte>();
        foreach (string chunk in chunks)
        {
            if (Bytes(chunk) is not { } decoded)
            {
                return null;
            }

            bytes.AddRange(decoded);
        }

        int length = bytes.Count;
        while (length > 0 && bytes[length - 1] == 0)
        {
            length--;
        }

        if (length == 0)
        {
            return null;
        }

        byte[] all = bytes.GetRange(0, length).ToArray();
        if (all.Length >= 2 && all[0] == 0xFF && all[1] == 0xFE)
        {
            return Encoding.Unicode.GetString(all, 2, all.Length - 2);
        }

        int skip = all.Length >= 3 && all[0] == 0xEF && all[1] == 0xBB && all[2] == 0xBF ? 3 : 0;
        return Encoding.UTF8.GetString(all, skip, all.Length - skip);
    }

    private static byte[]? Bytes(string base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }

        var compact = new StringBuilder(base64.Length);
        foreach (char c in base64)
        {
            if (!char.IsWhiteSpace(c))
            {
                compact.Append(c);
            }
        }

        // Some writers leave the padding off.
        while (compact.Length % 4 != 0)
        {
            compact.Append('=');
        }

        try
        {
            return Convert.FromBase64String(compact.ToString());
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
