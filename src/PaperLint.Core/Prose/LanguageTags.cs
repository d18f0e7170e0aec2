namespace PaperLint.Core.Prose;

/// <summary>BCP 47 language tags as files write them (<c>de-DE</c>, <c>en_GB</c>, <c>fr</c>), reduced to what rules compare.</summary>
public static class LanguageTags
{
    /// <summary>The primary language subtag in lower case (<c>de-CH</c> to <c>de</c>), or null for an empty or malformed tag.</summary>
    public static string? Primary(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        string t = tag.Trim();
        int end = t.IndexOfAny(['-', '_']);
        string primary = end < 0 ? t : t[..end];
        return primary.Length is >= 2 and <= 3 && primary.All(char.IsAsciiLetter) ? primary.ToLowerInvariant() : null;
    }
}
