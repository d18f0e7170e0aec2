using PaperLint.Core.Model;
using PaperLint.Core.Prose;

namespace PaperLint.Core.Citations;

/// <summary>
/// The citations of a reference manager's field: one per work its data names, with that work's authors and year (or
/// <c>n.d.</c>, as the manager prints a work without a date). Each stands at the part of the shown text that names its
/// first author ("Smith et al., 2013" of "(Boer et al., 2016; Smith et al., 2013)"), else at the whole field.
/// </summary>
internal static class FieldCitations
{
    public static IEnumerable<Citation> Of(CitationField field)
    {
        foreach (var item in field.Items)
        {
            if (item.Authors.Count == 0)
            {
                continue;
            }

            var (start, length) = field.Items.Count == 1 ? (field.Start, field.Length) : PartNaming(field, item.Authors[0]);
            yield return new Citation
            {
                Kind = CitationKind.Parenthetical,
                Authors = item.Authors,
                Year = item.Year ?? "n.d.",
                Locator = item.Locator,
                Start = start,
                Length = length,
                BracketStart = field.Start,
                BracketEnd = field.End,
                Field = field,
                Item = item,
            };
        }
    }

    /// <summary>The part between semicolons of the field's text that names <paramref name="surname"/>, brackets trimmed; else the whole field.</summary>
    private static (int Start, int Length) PartNaming(CitationField field, string surname)
    {
        string text = field.Text;
        string key = Diacritics.Strip(surname.Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? surname);
        int from = 0;
        while (from <= text.Length)
        {
            int to = text.IndexOf(';', from);
            if (to < 0)
            {
                to = text.Length;
            }

            if (key.Length > 0 && Diacritics.Strip(text[from..to]).Contains(key, StringComparison.OrdinalIgnoreCase))
            {
                int start = from, end = to;
                while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is '(' or '['))
                {
                    start++;
                }

                while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ')' or ']'))
                {
                    end--;
                }

                if (end > start)
                {
                    return (field.Start + start, end - start);
                }
            }

            from = to + 1;
        }

        return (field.Start, field.Length);
    }
}
