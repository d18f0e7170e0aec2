using PaperLint.Core.Packs;
using PaperLint.Core.Readers;
using PaperLint.Core.Rules.Consistency;

namespace PaperLint.Core.Config;

/// <summary>
/// The settings of every configuration section in force for a document, each of its own type. Immutable;
/// a rule reads its family's with <c>LintContext.Settings&lt;T&gt;()</c>.
/// </summary>
public sealed class LintSettings
{
    private readonly IReadOnlyDictionary<Type, object> _values;

    private LintSettings(IReadOnlyDictionary<Type, object> values)
    {
        _values = values;
    }

    private static readonly Lazy<LintSettings> Defaults = new(() =>
    {
        var settings = Resolve(ConfigSections.BuiltIn, []);
        return settings.With(settings.Get<ConsistencyOptions>() with { Names = NameSpellings.Shipped });
    });

    /// <summary>The defaults of the shipped sections, with the names the shipped packs spell.</summary>
    public static LintSettings Default => Defaults.Value;

    /// <summary>The settings of type <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException">No registered section yields <typeparamref name="T"/>.</exception>
    public T Get<T>()
        where T : class =>
        _values.TryGetValue(typeof(T), out var value)
            ? (T)value
            : throw new InvalidOperationException($"no configuration section yields {typeof(T).Name}; register its ConfigSection");

    /// <summary>A copy with <paramref name="value"/> in place of the settings of its type.</summary>
    public LintSettings With<T>(T value)
        where T : class =>
        new(new Dictionary<Type, object>(_values) { [typeof(T)] = value });

    /// <summary>Folds the sections' layers, farther files first, over each section's defaults.</summary>
    /// <exception cref="InputException">A layer names a section no registered section owns.</exception>
    internal static LintSettings Resolve(IReadOnlyList<IConfigSection> sections, IReadOnlyList<ConfigNode> layers)
    {
        var byKey = sections.ToDictionary(s => s.Key, StringComparer.Ordinal);
        var values = sections.ToDictionary(s => s.SettingsType, s => s.DefaultValue);
        foreach (var layer in layers)
        {
            if (!byKey.TryGetValue(layer.Key, out var section))
            {
                throw ConfigLoader.UnknownTopLevelKey(layer, sections);
            }

            values[section.SettingsType] = section.Read(layer, values[section.SettingsType]);
        }

        return new LintSettings(values);
    }
}
