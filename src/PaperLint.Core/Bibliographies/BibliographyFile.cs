namespace PaperLint.Core.Bibliographies;

/// <summary>A bibliography file named on the command line or in the configuration: where it is, and the name reports give it.</summary>
public sealed record BibliographyFile(string Path, string Display);
