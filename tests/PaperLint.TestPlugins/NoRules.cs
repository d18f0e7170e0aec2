namespace PaperLint.TestPlugins;

/// <summary>An assembly with a public class and no rule.</summary>
public sealed class NoRules
{
    public string Name => "not a rule";
}
