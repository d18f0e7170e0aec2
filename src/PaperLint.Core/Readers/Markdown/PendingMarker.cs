using PaperLint.Core.Model;

namespace PaperLint.Core.Readers.Markdown;

/// <summary>
/// A note marker met while a block's text is built, before the block exists: where it sits in the text
/// (<see cref="Length"/> is 0 for a <c>[^label]</c>, which adds no characters), and its source range.
/// </summary>
internal sealed record PendingMarker(MarkerStyle Style, int Offset, int Length, string Label, int SourceStart, int SourceEnd, string Display);
