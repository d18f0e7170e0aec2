using System.Text.Json;
using PaperLint.Cli;
using PaperLint.Core.Linting;
using PaperLint.Core.Model;
using PaperLint.Core.Readers;
using PaperLint.Core.Reporting;
using PaperLint.Core.Rules;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Reporting;

public sealed class SarifReporterTests
{
    private const string SchemaName = "sarif-schema-2.1.0.json";

    private static readonly Document Markdown = MarkdownReader.Parse("papers/paper.md", "# Title\n\nThe party lead by him won.\n");

    private static readonly Block NoteBlock = new(BlockKind.FootnoteBody, "See the the source.") { Docx = new DocxAnchor("word/footnotes.xml", 4, NoteKind.Footnote, 3, 1) };

    private static readonly Document Word = new("papers/paper.docx", SourceFormat.Docx, [NoteBlock]);

    private static readonly RuleDescriptor[] Rules =
    [
        new("Typos.LeadBy", "'lead by' where 'led by' is meant", Severity.Warning, "https://example.org/rules/lead-by"),
        new("Typos.RepeatedWords", "A word written twice", Severity.Error),
        new("Names.Diacritics", "Names without their diacritics", Severity.Suggestion),
    ];

    [SharedSchemaFact(SchemaName)]
    public void A_shard_of_the_samples_names_itself_and_validates_against_the_SARIF_2_1_0_schema()
    {
        string schemaPath = SharedSchemas.Require(SchemaName);
        var console = new TestConsole();
        App.Run(["--format", "sarif", "--shard", "2/3", "samples"], console, RepoPaths.Root, _ => null);

        using var schema = JsonDocument.Parse(File.ReadAllBytes(schemaPath));
        using var log = JsonDocument.Parse(console.Output);
        Assert.Empty(new JsonSchemaValidator(schema.RootElement).Validate(log.RootElement));
        Assert.Equal("paperlint/shard-2-of-3", log.RootElement.GetProperty("runs")[0].GetProperty("automationDetails").GetProperty("id").GetString());
    }

    [SharedSchemaFact(SchemaName)]
    public void Sarif_report_of_the_samples_validates_against_the_SARIF_2_1_0_schema()
    {
        string schemaPath = SharedSchemas.Require(SchemaName);
        var console = new TestConsole();
        int code = App.Run(["--format", "sarif", "samples"], console, RepoPaths.Root, _ => null);

        Assert.Equal(1, code);
        using var schema = JsonDocument.Parse(File.ReadAllBytes(schemaPath));
        using var log = JsonDocument.Parse(console.Output);
        Assert.Empty(new JsonSchemaValidator(schema.RootElement).Validate(log.RootElement));
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Contains(results, r => Uri(r) == "samples/paper.docx");
        Assert.Contains(results, r => Uri(r) == "samples/paper.md");
        Assert.Contains(results, r => Uri(r) == "samples/paper.txt");

        // The fix 'paperlint fix' makes, where the file has lines: the matched region and its replacement.
        var leadBy = results.Single(r => Uri(r) == "samples/paper.md" && r.GetProperty("ruleId").GetString() == "Typos.LeadBy");
        var replacement = leadBy.GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
        Assert.Equal("led by", replacement.GetProperty("insertedContent").GetProperty("text").GetString());
        Assert.Equal((7, 54, 7, 61), (replacement.GetProperty("deletedRegion").GetProperty("startLine").GetInt32(), replacement.GetProperty("deletedRegion").GetProperty("startColumn").GetInt32(), replacement.GetProperty("deletedRegion").GetProperty("endLine").GetInt32(), replacement.GetProperty("deletedRegion").GetProperty("endColumn").GetInt32()));
        Assert.DoesNotContain(results, r => Uri(r) == "samples/paper.docx" && r.TryGetProperty("fixes", out _));
        Assert.DoesNotContain(results, r => r.GetProperty("ruleId").GetString() == "Typos.Placeholders" && r.TryGetProperty("fixes", out _));
    }

    [SharedSchemaFact(SchemaName)]
    public void Schema_validator_reports_what_the_SARIF_schema_forbids()
    {
        using var schema = JsonDocument.Parse(File.ReadAllBytes(SharedSchemas.Require(SchemaName)));
        using var broken = JsonDocument.Parse("""
            {"version":"2.1.0","runs":[{"tool":{"driver":{"name":"PaperLint","rules":[{"id":"A.B","shortDescription":{}}]}},
              "results":[{"ruleId":"A.B","level":"suggestion","message":{"text":"x"},
                "locations":[{"physicalLocation":{"artifactLocation":{"uri":"a b.md"},"region":{"snippet":{"text":"x"}}}}],"colour":1}]}]}
            """);

        var errors = new JsonSchemaValidator(schema.RootElement).Validate(broken.RootElement);

        Assert.Equal(5, errors.Count);
        Assert.Contains("$.runs[0].results[0]: property 'colour' is not allowed", errors);
        Assert.Contains("$.runs[0].results[0].level: \"suggestion\" is not one of [ \"none\", \"note\", \"warning\", \"error\" ]", errors);
        Assert.Contains("$.runs[0].results[0].locations[0].physicalLocation.region: matches none of anyOf", errors);
        Assert.Contains("$.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri: 'a b.md' is not a uri-reference", errors);
        Assert.Contains("$.runs[0].tool.driver.rules[0].shortDescription: required property 'text' is missing", errors);
    }

    [Fact]
    public void Text_format_result_has_rule_level_message_relative_uri_region_and_fingerprint()
    {
        var finding = Finding.At(Markdown, Markdown.Blocks[1], 10, 7, "Typos.LeadBy", Severity.Warning, "Use 'led by'.", ["led by"], "https://example.org/rules/lead-by");

        using var log = Render(new FileReport("papers/paper.md", SourceFormat.Markdown, [finding]));
        var run = log.RootElement.GetProperty("runs")[0];
        var result = run.GetProperty("results")[0];

        Assert.Equal("utf16CodeUnits", run.GetProperty("columnKind").GetString());
        Assert.Equal("Typos.LeadBy", result.GetProperty("ruleId").GetString());
        Assert.Equal("Typos.LeadBy", run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.Equal("warning", result.GetProperty("level").GetString());
        Assert.Equal("Use 'led by'. (suggestion: led by)", result.GetProperty("message").GetProperty("text").GetString());
        var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("papers/paper.md", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("""{"startLine":3,"startColumn":11,"endLine":3,"endColumn":18}""", Compact(physical.GetProperty("region")));
        Assert.Matches("^[0-9a-f]{16}$", result.GetProperty("partialFingerprints").GetProperty(SarifReporter.FingerprintKey).GetString());
    }

    [Fact]
    public void Driver_lists_every_rule_with_description_level_and_help_page()
    {
        using var log = Render();
        var driver = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");

        Assert.Equal("PaperLint", driver.GetProperty("name").GetString());
        Assert.Equal("1.2.3", driver.GetProperty("version").GetString());
        Assert.Equal(SarifReporter.InformationUri, driver.GetProperty("informationUri").GetString());
        Assert.Equal(
            """[{"id":"Names.Diacritics","shortDescription":{"text":"Names without their diacritics"},"defaultConfiguration":{"level":"note"}},"""
            + """{"id":"Typos.LeadBy","shortDescription":{"text":"'lead by' where 'led by' is meant"},"defaultConfiguration":{"level":"warning"},"helpUri":"https://example.org/rules/lead-by"},"""
            + """{"id":"Typos.RepeatedWords","shortDescription":{"text":"A word written twice"},"defaultConfiguration":{"level":"error"}}]""",
            Compact(driver.GetProperty("rules")));
    }

    [Fact]
    public void Docx_result_carries_the_part_and_paragraph_as_a_logical_location_and_the_excerpt_as_snippet()
    {
        var finding = Finding.At(Word, NoteBlock, 8, 3, "Typos.RepeatedWords", Severity.Error, "'the' is repeated.", [""]);

        using var log = Render(new FileReport("papers/paper.docx", SourceFormat.Docx, [finding]));
        var result = log.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        var location = result.GetProperty("locations")[0];

        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal("footnote 3, ¶1: 'the' is repeated. (suggestion: delete)", result.GetProperty("message").GetProperty("text").GetString());
        Assert.Equal(
            """{"startLine":1,"snippet":{"text":"See the the source."},"message":{"text":"footnote 3, ¶1"}}""",
            Compact(location.GetProperty("physicalLocation").GetProperty("region")));
        Assert.Equal(
            """[{"name":"footnote 3, ¶1","fullyQualifiedName":"word/footnotes.xml/footnote 3/¶1","kind":"paragraph"}]""",
            Compact(location.GetProperty("logicalLocations")));
        Assert.Equal("""{"part":"word/footnotes.xml","paragraph":4,"offset":8,"length":3}""", Compact(location.GetProperty("properties")));
    }

    [Fact]
    public void Uri_of_a_file_outside_the_working_folder_is_absolute_and_spaces_are_escaped()
    {
        string working = Path.Combine(Path.GetTempPath(), "work");

        Assert.Equal("my%20papers/a%20paper.md", ArtifactPaths.Uri(working, "my papers/a paper.md"));
        Assert.Equal(new Uri(Path.Combine(Path.GetTempPath(), "elsewhere.md")).AbsoluteUri, ArtifactPaths.Uri(working, "../elsewhere.md"));
    }

    [Fact]
    public void Fingerprint_survives_edits_elsewhere_in_the_file_and_tells_identical_findings_apart()
    {
        const string paper = "The party lead by him won.\n\nA later line.\n\nThe party lead by him won.\n";
        var before = Fingerprints(paper);
        var after = Fingerprints("A new first paragraph.\n\nAnd another.\n\n" + paper.Replace("A later line.", "A later line, now longer.", StringComparison.Ordinal));

        Assert.Equal(2, before.Count);
        Assert.NotEqual(before[0], before[1]);
        Assert.Equal(before, after);
    }

    private static List<string> Fingerprints(string text)
    {
        var document = PlainTextReader.Parse("paper.txt", text);
        var findings = document.Blocks
            .Select(b => (Block: b, At: b.Text.IndexOf("lead by", StringComparison.Ordinal)))
            .Where(x => x.At >= 0)
            .Select(x => Finding.At(document, x.Block, x.At, 7, "Typos.LeadBy", Severity.Warning, "Use 'led by'."))
            .ToList();
        return [.. FindingFingerprints.Of(new FileReport("paper.txt", SourceFormat.PlainText, findings))];
    }

    private static JsonDocument Render(params FileReport[] reports)
    {
        var output = new StringWriter();
        new SarifReporter(Path.GetTempPath(), "1.2.3", Rules).Write(output, reports, RunSummary.Of(reports, 0));
        return JsonDocument.Parse(output.ToString());
    }

    private static string Uri(JsonElement result) =>
        result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!;

    private static string Compact(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            element.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
