namespace PaperLint.Core.Model;

public enum BlockKind
{
    Paragraph,
    Heading,
    Quote,
    ListItem,
    TableCell,
    FootnoteBody,
    ReferenceEntry,
}
