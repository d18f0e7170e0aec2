using PaperLint.Core.Config;

namespace PaperLint.Core.Readers.Docx;

/// <summary><c>docx:</c> <c>maxPartMegabytes</c>.</summary>
internal sealed class DocxSection : ConfigSection<DocxOptions>
{
    public override string Key => "docx";

    public override DocxOptions Default => DocxOptions.Default;

    public override DocxOptions Read(ConfigNode node, DocxOptions inherited)
    {
        var options = inherited;
        foreach (var (name, value) in node.Entries())
        {
            options = name switch
            {
                "maxPartMegabytes" => options with { MaxPartMegabytes = value.AsPositiveInt() },
                _ => throw value.UnknownKey("maxPartMegabytes"),
            };
        }

        return options;
    }
}
