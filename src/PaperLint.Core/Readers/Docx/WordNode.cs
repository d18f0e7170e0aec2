using System.Globalization;

namespace PaperLint.Core.Readers.Docx;

/// <summary>The namespaces the reader tells apart; a Strict document's are read as their Transitional twins.</summary>
internal enum WordNamespace : byte
{
    Other,

    /// <summary>WordprocessingML, <c>w:</c>.</summary>
    Word,

    /// <summary>Office Math, <c>m:</c>.</summary>
    Math,

    /// <summary>Markup compatibility, <c>mc:</c> (alternate content).</summary>
    Compatibility,
}

/// <summary>
/// An element of a Word part as the reader walks it: its name, its WordprocessingML attributes, the text it holds and its
/// child elements, read from the part's XML (<see cref="WordXml"/>), or from a tree the Open XML SDK loaded to be edited,
/// with that element as its <see cref="Source"/>. The walk reads elements by name, not by the SDK's classes: a reading
/// that only lints touches none of the SDK's typed model, which builds what it knows of each kind of element the first time
/// it meets one.
/// </summary>
internal sealed class WordNode(string localName, WordNamespace ns)
{
    private static readonly List<WordNode> None = [];

    private List<WordNode>? _children;
    private List<KeyValuePair<string, string>>? _attributes;

    public string LocalName { get; } = localName;

    public WordNamespace Namespace { get; } = ns;

    /// <summary>The character data directly inside the element (a <c>w:t</c>'s text, a field code); null when it has none.</summary>
    public string? Text { get; set; }

    /// <summary>The SDK's element this node was made from, when the part was loaded to be edited; null when read from the XML.</summary>
    public object? Source { get; init; }

    /// <summary>
    /// The SDK read the element as unknown to its schema (a smart tag and all it holds): what an edit of the loaded tree sees
    /// of it is not the typed element it would change. Never set for a node read from the XML.
    /// </summary>
    public bool Unknown { get; init; }

    public List<WordNode> Children => _children ?? None;

    public bool HasChildren => _children is { Count: > 0 };

    /// <summary>True for the WordprocessingML element of this local name.</summary>
    public bool Is(string localName) => Namespace == WordNamespace.Word && LocalName == localName;

    public void Add(WordNode child) => (_children ??= []).Add(child);

    public void SetAttribute(string localName, string value) => (_attributes ??= []).Add(new(localName, value));

    /// <summary>The value of the WordprocessingML attribute of this local name (<c>w:val</c> is <c>"val"</c>), as written.</summary>
    public string? Attribute(string localName)
    {
        if (_attributes is null)
        {
            return null;
        }

        foreach (var (name, value) in _attributes)
        {
            if (name == localName)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>The first WordprocessingML child of this local name.</summary>
    public WordNode? Child(string localName) => Child(WordNamespace.Word, localName);

    /// <summary>The first child of this namespace and local name.</summary>
    public WordNode? Child(WordNamespace ns, string localName)
    {
        if (_children is null)
        {
            return null;
        }

        foreach (var child in _children)
        {
            if (child.Namespace == ns && child.LocalName == localName)
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>The WordprocessingML children of this local name, in order.</summary>
    public IEnumerable<WordNode> Elements(string localName) => Children.Where(c => c.Is(localName));

    /// <summary>The WordprocessingML descendants of this local name, in document order.</summary>
    public IEnumerable<WordNode> Descendants(string localName)
    {
        var pending = new Stack<WordNode>();
        for (int i = Children.Count - 1; i >= 0; i--)
        {
            pending.Push(Children[i]);
        }

        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node.Is(localName))
            {
                yield return node;
            }

            for (int i = node.Children.Count - 1; i >= 0; i--)
            {
                pending.Push(node.Children[i]);
            }
        }
    }

    /// <summary>The text of the element and of everything inside it, in order.</summary>
    public string InnerText
    {
        get
        {
            if (_children is null)
            {
                return Text ?? "";
            }

            var text = new System.Text.StringBuilder(Text);
            foreach (var child in _children)
            {
                text.Append(child.InnerText);
            }

            return text.ToString();
        }
    }

    /// <summary>The <c>w:val</c> of the child of this local name (<c>w:pStyle w:val="Quote"</c>).</summary>
    public string? ValueOf(string child) => Child(child)?.Attribute("val");

    /// <summary>An attribute read as the number it must be (<c>xsd:int</c>); null when absent or not a number.</summary>
    public int? Int(string attribute) =>
        int.TryParse(Attribute(attribute), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : null;

    /// <summary>An on/off attribute (<c>true</c>, <c>on</c>, <c>1</c> or their opposites); null when absent or none of those.</summary>
    public bool? OnOff(string attribute) => Attribute(attribute)?.Trim() switch
    {
        "true" or "on" or "1" => true,
        "false" or "off" or "0" => false,
        _ => null,
    };

    public override string ToString() => $"{Namespace}:{LocalName}";
}
