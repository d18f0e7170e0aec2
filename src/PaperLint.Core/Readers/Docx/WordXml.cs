using System.Xml;

namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// Reads the elements of a Word part from its XML into <see cref="WordNode"/>s: a whole small part (styles, numbering,
/// comments), or the body and the notes one story element at a time, each let go once walked (<see cref="Children"/>).
/// Comments and processing instructions are left out; a Strict document's namespaces are read as the Transitional ones.
/// </summary>
internal static class WordXml
{
    public const string WordUri = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const string StrictWordUri = "http://purl.oclc.org/ooxml/wordprocessingml/main";
    private const string MathUri = "http://schemas.openxmlformats.org/officeDocument/2006/math";
    private const string StrictMathUri = "http://purl.oclc.org/ooxml/officeDocument/math";
    private const string CompatibilityUri = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /// <summary>How deep elements may nest in a part: a bound far above what a word processor writes (see <see cref="DocxReader"/>'s check of each part's depth first).</summary>
    public const int MaxDepth = 2 * StoryWalker.MaxDepth;

    public static WordNamespace NamespaceOf(string uri) => uri switch
    {
        WordUri or StrictWordUri => WordNamespace.Word,
        MathUri or StrictMathUri => WordNamespace.Math,
        CompatibilityUri => WordNamespace.Compatibility,
        _ => WordNamespace.Other,
    };

    public static XmlReader Reader(Stream content) => XmlReader.Create(content, new XmlReaderSettings
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    });

    /// <summary>The part's root element and all it holds; null when the part has no element at all.</summary>
    public static WordNode? ReadRoot(Stream content)
    {
        using var reader = Reader(content);
        if (reader.MoveToContent() != XmlNodeType.Element)
        {
            return null;
        }

        var root = ReadElement(reader);
        while (reader.Read())
        {
            // To the end: XML broken after the root is damage too.
        }

        return root;
    }

    /// <summary>
    /// The element the reader is on and everything inside it; the reader is left on its end (or on the element, when it is
    /// empty). Built without recursion, so that nesting costs no stack.
    /// </summary>
    public static WordNode ReadElement(XmlReader reader)
    {
        var root = Start(reader, out bool empty);
        if (empty)
        {
            return root;
        }

        var open = new List<WordNode> { root };

        // Whether each open element holds text other than white space between elements (xml:space="preserve" keeps it).
        var holdsText = new List<bool> { false };
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var node = Start(reader, out bool isEmpty);
                    open[^1].Add(node);
                    if (!isEmpty)
                    {
                        if (open.Count >= MaxDepth)
                        {
                            throw new TooDeepException();
                        }

                        open.Add(node);
                        holdsText.Add(false);
                    }

                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    // An element's text is its first piece of character data: in a damaged w:t, text after a child element
                    // is not read, as the SDK does not read it.
                    var parent = open[^1];
                    if (parent.Text is null)
                    {
                        parent.Text = reader.Value;
                        holdsText[^1] = reader.NodeType != XmlNodeType.Whitespace;
                    }

                    break;
                case XmlNodeType.EndElement:
                    var done = open[^1];
                    open.RemoveAt(open.Count - 1);
                    if (done.HasChildren && !holdsText[^1])
                    {
                        // White space between elements, not text.
                        done.Text = null;
                    }

                    holdsText.RemoveAt(holdsText.Count - 1);

                    if (open.Count == 0)
                    {
                        return root;
                    }

                    break;
            }
        }

        throw new XmlException("Unexpected end of file.");
    }

    private static WordNode Start(XmlReader reader, out bool empty)
    {
        empty = reader.IsEmptyElement;
        var node = new WordNode(reader.LocalName, NamespaceOf(reader.NamespaceURI));
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (NamespaceOf(reader.NamespaceURI) == WordNamespace.Word)
                {
                    node.SetAttribute(reader.LocalName, reader.Value);
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        return node;
    }
}
