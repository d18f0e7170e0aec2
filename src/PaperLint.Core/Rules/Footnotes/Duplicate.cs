using PaperLint.Core.Model;

namespace PaperLint.Core.Rules.Footnotes;

/// <summary>
/// <c>Footnotes.Duplicate</c>: one label defined twice, or one Word note referenced from two places (Word
/// gives every reference a note of its own, so a copied reference mark is a broken note).
/// </summary>
public sealed class Duplicate : IRule
{
    public string Id => "Footnotes.Duplicate";

    public Severity DefaultSeverity => Severity.Error;

    public string Description => "A note label may be defined only once, and a Word note may have only one reference.";

    public IEnumerable<Finding> Check(LintContext context)
    {
        var document = context.Document;
        var index = context.Notes;
        var findings = new List<Finding>();
        foreach (var group in index.Defs.GroupBy(d => (index.KeyOf(d), d.Label.ToUpperInvariant())).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var again in group.Skip(1))
            {
                string noun = NoteIndex.Noun(again.Kind);
                findings.Add(index.AtDef(again, this, context, $"{noun} {NoteIndex.Name(again)} is defined twice (first at {first.Location}); merge the two notes or give this one its own number"));
            }
        }

        foreach (var group in index.Refs.Where(r => r.Style == MarkerStyle.DocxNative).GroupBy(r => (r.Kind, r.Label)).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var again in group.Skip(1))
            {
                string noun = NoteIndex.Noun(again.Kind);
                findings.Add(index.AtRef(again, this, context, $"this {noun} reference points to the same note as the one at {first.Location}; Word gives each reference its own note, so insert a new {noun} here"));
            }
        }

        return findings;
    }
}
