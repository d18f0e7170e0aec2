using DocumentFormat.OpenXml;

namespace PaperLint.Core.Readers.Docx;

/// <summary>
/// <see cref="WordNode"/>s over a tree the Open XML SDK loaded, each with its element as <see cref="WordNode.Source"/>:
/// how an edit walks the stories it changes with the walk that reads them.
/// </summary>
internal static class SdkNodes
{
    public static WordNode From(OpenXmlElement element, int depth = 0)
    {
        if (depth > WordXml.MaxDepth)
        {
            throw new TooDeepException();
        }

        var node = new WordNode(element.LocalName, WordXml.NamespaceOf(element.NamespaceUri))
        {
            Source = element,
            Unknown = element is OpenXmlUnknownElement,
        };
        foreach (var attribute in element.GetAttributes())
        {
            if (WordXml.NamespaceOf(attribute.NamespaceUri) == WordNamespace.Word && attribute.Value is { } value)
            {
                node.SetAttribute(attribute.LocalName, value);
            }
        }

        switch (element)
        {
            case OpenXmlLeafTextElement leaf:
                node.Text = leaf.Text;
                break;
            case OpenXmlUnknownElement when !element.HasChildren:
                node.Text = element.InnerText is { Length: > 0 } text ? text : null;
                break;
        }

        foreach (var child in element.ChildElements)
        {
            if (child is not OpenXmlMiscNode)
            {
                node.Add(From(child, depth + 1));
            }
        }

        return node;
    }
}
