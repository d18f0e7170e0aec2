using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PaperLint.Core.Config;

/// <summary>
/// Loads a YAML text whose every fault is a <see cref="YamlException"/> with its place: YamlDotNet's scanner throws
/// <see cref="InvalidOperationException"/> or <see cref="ArgumentException"/> instead for some damaged texts (an unclosed
/// <c>{</c> or <c>[</c> before the end, <c>: {</c> and a word on the next line), which would otherwise end a run with a
/// stack trace.
/// </summary>
internal static class YamlText
{
    public const string Unclosed = "not valid YAML here (an unclosed '[' or '{'?)";

    /// <exception cref="YamlException">The text is not valid YAML.</exception>
    public static YamlStream Load(string text)
    {
        var parser = new Parser(new StringReader(text));
        var stream = new YamlStream();
        try
        {
            stream.Load(parser);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            var at = parser.Current?.Start ?? Mark.Empty;
            throw new YamlException(at, at, Unclosed, e);
        }

        return stream;
    }
}
