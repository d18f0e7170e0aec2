namespace PaperLint.Core.Config;

/// <summary>
/// One section of <c>.paperlint.yml</c> (<c>footnotes:</c>, <c>consistency:</c>, …), owned by the family of
/// rules it configures: its settings type, how it is read and validated, and its defaults. The loader knows
/// sections only by registration, so a family or a plug-in adds one without touching the loader.
/// </summary>
/// <typeparam name="TSettings">The immutable settings the section yields; rules read them with <c>LintContext.Settings&lt;TSettings&gt;()</c>.</typeparam>
public abstract class ConfigSection<TSettings> : IConfigSection
    where TSettings : class
{
    /// <summary>The top-level key, such as <c>footnotes</c>.</summary>
    public abstract string Key { get; }

    /// <summary>The settings when no file says anything.</summary>
    public abstract TSettings Default { get; }

    /// <summary>
    /// Reads this section of one file over <paramref name="inherited"/>, what the files farther up (or the
    /// defaults) said: a key the file names replaces or extends the inherited value; a key it leaves out keeps it.
    /// Throw <see cref="ConfigNode.Error"/> for a bad value, so the message names the file and line.
    /// </summary>
    public abstract TSettings Read(ConfigNode node, TSettings inherited);

    Type IConfigSection.SettingsType => typeof(TSettings);

    object IConfigSection.DefaultValue => Default;

    object IConfigSection.Read(ConfigNode node, object inherited) => Read(node, (TSettings)inherited);
}

/// <summary>What the loader needs of any section, whatever its settings type.</summary>
internal interface IConfigSection
{
    string Key { get; }

    Type SettingsType { get; }

    object DefaultValue { get; }

    object Read(ConfigNode node, object inherited);
}
