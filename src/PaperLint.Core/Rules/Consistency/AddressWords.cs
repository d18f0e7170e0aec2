using System.Text.RegularExpressions;
using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Consistency;

/// <summary>
/// Words that are pieces of an address, a handle or a key rather than words of prose: a web address written
/// without its scheme (<c>ind.ie/ethical-design/</c>), a citation key (<c>@gelmanhill07:dataanalysis</c>), a
/// name joined by a sign (<c>E!online</c>), and a site's name taken from its address (<c>traum-deutung:</c> before
/// <c>https://traum-deutung.de/…</c>). They are spelled as the address is, whatever the paper does elsewhere.
/// </summary>
internal static partial class AddressWords
{
    // Signs that join a word to the next without a space in addresses and keys, never in prose.
    private const string Joiners = "@#_\\=+~^|$%&:!.";

    /// <summary>True when text[start..start+length] is joined to what stands before or after it by a sign of an address or key.</summary>
    public static bool IsEmbedded(string text, int start, int length)
    {
        int end = start + length;
        if (start > 0 && Joiners.Contains(text[start - 1], StringComparison.Ordinal)
            && !(text[start - 1] is '.' or ':' or '!' && (start < 2 || char.IsWhiteSpace(text[start - 2]))))
        {
            return true;
        }

        if (end < text.Length && Joiners.Contains(text[end], StringComparison.Ordinal) && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))
        {
            return true;
        }

        // The run of text between spaces that holds the word: an address when it has a host and a path. The words of
        // one run share the answer, which is kept: a run of thousands of words without a space (markup pasted as text)
        // would otherwise be scanned again for each of them.
        var last = _lastRun ??= new Run();
        if (ReferenceEquals(last.Text, text) && start >= last.Start && end <= last.End)
        {
            return last.IsAddress;
        }

        int tokenStart = start, tokenEnd = end;
        while (tokenStart > 0 && !char.IsWhiteSpace(text[tokenStart - 1]))
        {
            tokenStart--;
        }

        while (tokenEnd < text.Length && !char.IsWhiteSpace(text[tokenEnd]))
        {
            tokenEnd++;
        }

        // An address has a dot before a slash; most runs have neither, and are not searched.
        var token = text.AsSpan(tokenStart, tokenEnd - tokenStart);
        int dot = token.IndexOf('.');
        bool isAddress = dot >= 0 && token[dot..].Contains('/') && WebAddress().IsMatch(token);
        (last.Text, last.Start, last.End, last.IsAddress) = (text, tokenStart, tokenEnd, isAddress);
        return isAddress;
    }

    // The last run of text looked at, per thread (rules of one document may run on different threads), one object
    // a thread reused for every run.
    [ThreadStatic]
    private static Run? _lastRun;

    private sealed class Run
    {
        public string? Text;
        public int Start;
        public int End;
        public bool IsAddress;
    }

    /// <summary>
    /// The keys (<see cref="TextFold.Key"/>) of the labels of the hosts the block's addresses name (<c>traum-deutung</c>
    /// and <c>de</c> for <c>https://traum-deutung.de/…</c>), against which a word of the block is looked up: a word that
    /// names the site of an address in its own paragraph is spelled as the address is. Null when the block has no
    /// address. Made once per paragraph, not once per word: a paragraph of many addresses was read again for each of its
    /// words, and its time grew with their product.
    /// </summary>
    public static HashSet<string>? SiteKeys(Block block)
    {
        if (!HasUrl(block))
        {
            return null;
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var span in block.Spans)
        {
            if (span.Kind != SpanKind.Url || span.End > block.Text.Length)
            {
                continue;
            }

            var host = Host().Match(block.Text, span.Start, span.Length);
            if (host.Success)
            {
                foreach (string label in host.Groups["host"].Value.Split('.'))
                {
                    keys.Add(TextFold.Key(label));
                }
            }
        }

        return keys;
    }

    private static bool HasUrl(Block block)
    {
        var spans = block.Spans;
        for (int i = 0; i < spans.Count; i++)
        {
            if (spans[i].Kind == SpanKind.Url)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="text"/> holds a web address without its scheme (host.domain/path).</summary>
    public static bool HasWebAddress(string text) => WebAddress().IsMatch(text);

    [GeneratedRegex(@"(?<![\p{L}\p{N}@])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/\S*", RegexOptions.CultureInvariant)]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"^(?:[a-z]+://)?(?:www\.)?(?<host>[\p{L}\p{N}.-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Host();
}
