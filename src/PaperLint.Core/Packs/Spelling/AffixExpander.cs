namespace PaperLint.Core.Packs.Spelling;

/// <summary>
/// Makes the forms of one .dic entry: the stem (unless <c>NEEDAFFIX</c>), each suffix and prefix its flags name,
/// a second suffix where a suffix's continuation flags name one, and prefix + suffix where both classes say
/// <c>Y</c> (or the prefix's continuation names the suffix). An <c>ONLYINCOMPOUND</c> entry makes nothing, as
/// PaperLint forms no compounds; a <c>FORBIDDENWORD</c> entry's forms are refused.
/// </summary>
internal sealed class AffixExpander(AffixFile aff, Action<string, AffixExpander.Kind> add)
{
    public enum Kind
    {
        Normal,
        KeepCase,
        Forbidden,
    }

    public void Expand(string stem, int[] flags)
    {
        if (Has(flags, aff.OnlyInCompound))
        {
            return;
        }

        var kind = Has(flags, aff.Forbidden) ? Kind.Forbidden : Has(flags, aff.KeepCase) ? Kind.KeepCase : Kind.Normal;
        if (!Has(flags, aff.NeedAffix))
        {
            add(stem, kind);
        }

        if (flags.Length == 0)
        {
            return;
        }

        // Suffixed forms that may still take a prefix.
        var crossSuffixed = new List<string>();
        foreach (var (suffixes, entry, form) in Applied(stem, flags, prefix: false))
        {
            if (Usable(entry, kind))
            {
                add(form, kind);
            }

            foreach (var (_, _, twice) in Applied(form, entry.Continuation, prefix: false))
            {
                add(twice, kind);
            }

            if (suffixes.CrossProduct)
            {
                crossSuffixed.Add(form);
            }
        }

        foreach (var (prefixes, entry, form) in Applied(stem, flags, prefix: true))
        {
            if (Usable(entry, kind))
            {
                add(form, kind);
            }

            if (prefixes.CrossProduct)
            {
                foreach (string suffixed in crossSuffixed)
                {
                    if (entry.TryApply(suffixed, out string both))
                    {
                        add(both, kind);
                    }
                }
            }

            // A suffix named by the prefix's own flags.
            foreach (var (_, _, suffixed) in Applied(stem, entry.Continuation, prefix: false))
            {
                if (entry.TryApply(suffixed, out string both))
                {
                    add(both, kind);
                }
            }
        }
    }

    // A form made with an affix that itself says NEEDAFFIX needs a further affix to be a word.
    private bool Usable(AffixEntry entry, Kind kind) => !Has(entry.Continuation, aff.NeedAffix) || kind == Kind.Forbidden;

    private IEnumerable<(AffixClass Class, AffixEntry Entry, string Form)> Applied(string stem, int[] flags, bool prefix)
    {
        foreach (int flag in flags)
        {
            if (aff.Classes.TryGetValue(flag, out var affixes) && affixes.IsPrefix == prefix)
            {
                foreach (var entry in affixes.Entries)
                {
                    if (entry.TryApply(stem, out string form))
                    {
                        yield return (affixes, entry, form);
                    }
                }
            }
        }
    }

    private static bool Has(int[] flags, int? flag) => flag is { } f && Array.IndexOf(flags, f) >= 0;
}
