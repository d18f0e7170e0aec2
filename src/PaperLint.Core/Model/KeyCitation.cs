namespace PaperLint.Core.Model;

/// <summary>
/// A pandoc citation of a bibliography key in a Markdown document, <c>[@smith2020, p. 4]</c> or <c>@smith2020</c>,
/// wherever pandoc reads one: in the text, in notes, in figure captions, and in the front matter's fields.
/// Code, raw HTML, comments and link targets hold none.
/// </summary>
/// <param name="Key">The key as written, without <c>@</c> or braces.</param>
/// <param name="Location">The place of <c>@key</c> in the source.</param>
/// <param name="Bracketed">True inside brackets, <c>[@key]</c>; false for a citation in the sentence, <c>@key</c>.</param>
/// <param name="InFrontMatter">True for a citation in a field of the YAML front matter (an abstract, a title).</param>
public sealed record KeyCitation(string Key, TextLocation Location, bool Bracketed, bool InFrontMatter);
