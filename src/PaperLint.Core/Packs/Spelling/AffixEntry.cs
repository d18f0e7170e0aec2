namespace PaperLint.Core.Packs.Spelling;

/// <summary>
/// One line of a <c>PFX</c> or <c>SFX</c> class: strip <see cref="Strip"/> from the stem's start (prefix) or end
/// (suffix), where the stem meets <see cref="Condition"/>, and add <see cref="Add"/>, whose own flags
/// (<c>s/B</c>) allow a further affix or mark the form (<c>NEEDAFFIX</c>).
/// </summary>
internal sealed record AffixEntry(bool IsPrefix, string Strip, string Add, AffixCondition Condition, int[] Continuation)
{
    public bool TryApply(string stem, out string form)
    {
        form = "";
        if (stem.Length <= Strip.Length)
        {
            // Hunspell strips a whole stem only under FULLSTRIP, which real dictionaries rarely set.
            return false;
        }

        if (IsPrefix)
        {
            if (!stem.StartsWith(Strip, StringComparison.Ordinal) || !Condition.MatchesStart(stem))
            {
                return false;
            }

            form = Add + stem[Strip.Length..];
            return true;
        }

        if (!stem.EndsWith(Strip, StringComparison.Ordinal) || !Condition.MatchesEnd(stem))
        {
            return false;
        }

        form = stem[..^Strip.Length] + Add;
        return true;
    }
}

/// <summary>The entries a <c>PFX</c>/<c>SFX</c> flag stands for, and whether they combine with affixes of the other side (<c>Y</c>).</summary>
internal sealed record AffixClass(bool IsPrefix, bool CrossProduct, List<AffixEntry> Entries);
