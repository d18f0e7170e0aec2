namespace PaperLint.Tests.Support;

/// <summary>
/// Checks a gate that lets a pattern be tried only where it can match: wherever the pattern matches, the gate must be
/// open. A gate that shuts on one text the pattern matches loses a finding, or marks one wrongly.
/// </summary>
public static class PatternGate
{
    /// <summary>
    /// Replaces <paramref name="template"/>'s '#' by every UTF-16 unit in turn; fails at the first text the pattern matches
    /// and the gate shuts on, and when the pattern matches none (the template must reach it).
    /// </summary>
    public static void OpenForEveryUnitIn(string template, Func<string, bool> matches, Func<string, bool> gate)
    {
        int matched = 0;
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string text = template.Replace('#', (char)c);
            if (matches(text))
            {
                matched++;
                Assert.True(gate(text), $"U+{c:X4}: the pattern matches '{text}', the gate is shut");
            }
        }

        Assert.True(matched >= 1, $"'{template}' never matched");
    }

    /// <summary>
    /// <paramref name="count"/> texts of up to <paramref name="most"/> of <paramref name="pieces"/> each, drawn with
    /// <paramref name="seed"/>: fails at the first the pattern matches and the gate shuts on, and when the pattern matches
    /// no more than <paramref name="fewest"/> of them.
    /// </summary>
    public static void OpenOnRandomTexts(int seed, string[] pieces, int count, int most, int fewest, Func<string, bool> matches, Func<string, bool> gate)
    {
        var random = new Random(seed);
        int matched = 0;
        for (int n = 0; n < count; n++)
        {
            var text = new System.Text.StringBuilder();
            int length = random.Next(1, most + 1);
            for (int i = 0; i < length; i++)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            string t = text.ToString();
            if (matches(t))
            {
                matched++;
                Assert.True(gate(t), $"the pattern matches '{t}', the gate is shut");
            }
        }

        Assert.True(matched > fewest, $"only {matched} of the random texts matched");
    }

    /// <summary>The names of the Markdown and text samples, in order: for a theory over their lines.</summary>
    public static TheoryData<string> TextSamples() =>
        [.. Directory.EnumerateFiles(RepoPaths.Samples, "*.txt").Concat(Directory.EnumerateFiles(RepoPaths.Samples, "*.md"))
            .Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];
}
