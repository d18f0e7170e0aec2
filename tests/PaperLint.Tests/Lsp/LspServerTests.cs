using System.Text.Json;
using PaperLint.Tests.Support;

namespace PaperLint.Tests.Lsp;

/// <summary>The language server driven as an editor drives it: what it publishes, the edits it offers, how it ends.</summary>
public sealed class LspServerTests : IDisposable
{
    private const string Paper = "# Notes\n\nA movement lead by the chapels.\n";

    private readonly CliRunner _folder = new();

    public void Dispose() => _folder.Dispose();

    private static List<(string Code, int Line, int Character, int EndLine, int EndCharacter, int Severity)> Found(JsonElement published) =>
        [.. published.GetProperty("diagnostics").EnumerateArray().Select(d =>
        {
            var range = d.GetProperty("range");
            return (d.GetProperty("code").GetString()!, range.GetProperty("start").GetProperty("line").GetInt32(), range.GetProperty("start").GetProperty("character").GetInt32(),
                range.GetProperty("end").GetProperty("line").GetInt32(), range.GetProperty("end").GetProperty("character").GetInt32(), d.GetProperty("severity").GetInt32());
        })];

    [Fact]
    public async Task Initialize_announces_incremental_sync_quick_fixes_and_hovers_in_UTF_16()
    {
        await using var client = new LspClient(_folder.Directory);

        var reply = await client.RequestAsync("initialize", json => { json.WriteStartObject(); json.WriteStartObject("capabilities"); json.WriteEndObject(); json.WriteEndObject(); });

        var capabilities = reply.GetProperty("result").GetProperty("capabilities");
        Assert.Equal("utf-16", capabilities.GetProperty("positionEncoding").GetString());
        Assert.Equal(2, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.True(capabilities.GetProperty("textDocumentSync").GetProperty("openClose").GetBoolean());
        Assert.Equal("quickfix", capabilities.GetProperty("codeActionProvider").GetProperty("codeActionKinds")[0].GetString());
        Assert.True(capabilities.GetProperty("hoverProvider").GetBoolean());
        Assert.Equal("paperlint", reply.GetProperty("result").GetProperty("serverInfo").GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_opened_document_gets_its_findings_as_diagnostics_at_their_UTF_16_ranges()
    {
        await using var client = new LspClient(_folder.Directory);
        await client.InitializeAsync();
        string path = Path.Combine(_folder.Directory, "paper.md");

        await client.OpenAsync(path, "# Notes 📚\n\n📚 A movement lead by the chapels.\n", version: 3);

        var published = client.NextDiagnostics(path);
        Assert.Equal(3, published.GetProperty("version").GetInt32());
        Assert.Equal([("Typos.LeadBy", 2, 14, 2, 21, 2)], Found(published));
        var diagnostic = published.GetProperty("diagnostics")[0];
        Assert.Equal("paperlint", diagnostic.GetProperty("source").GetString());
        Assert.Equal("Use 'led by' instead of 'lead by': the past participle of 'lead' is 'led'", diagnostic.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Changes_are_applied_incrementally_and_linted_once_after_the_pause()
    {
        await using var client = new LspClient(_folder.Directory, debounceMilliseconds: 300);
        await client.InitializeAsync();
        string path = Path.Combine(_folder.Directory, "paper.md");
        await client.OpenAsync(path, Paper);
        Assert.Single(Found(client.NextDiagnostics(path)));

        // "lead by" → "led by", typed as three quick changes; then a new mistake on a new line.
        await client.ChangeAsync(path, 2, 2, 13, 2, 14, "");
        await client.ChangeAsync(path, 3, 3, 0, 3, 0, "It could of lasted.\n");
        await client.ChangeAsync(path, 4, 3, 9, 3, 11, "of");

        var published = client.NextDiagnostics(path);
        Assert.Equal(4, published.GetProperty("version").GetInt32());
        Assert.Equal([("Typos.Confusables", 3, 3, 3, 11, 2)], Found(published));
        Assert.True(client.Quiet(TimeSpan.FromMilliseconds(600)), "a change linted more than once");
    }

    [Fact]
    public async Task Changes_faster_than_the_lints_are_published_in_the_order_of_their_versions_ending_with_the_last()
    {
        await using var client = new LspClient(_folder.Directory, debounceMilliseconds: 0);
        await client.InitializeAsync();
        string path = Path.Combine(_folder.Directory, "paper.md");
        await client.OpenAsync(path, Paper);
        client.NextDiagnostics(path);

        // Thirty letters typed with no pause: each change asks for a lint while others may still run.
        for (int version = 2; version <= 31; version++)
        {
            await client.ChangeAsync(path, version, 0, 7, 0, 7, "s");
        }

        var versions = new List<int>();
        while (versions.LastOrDefault() != 31)
        {
            versions.Add(client.NextDiagnostics(path).GetProperty("version").GetInt32());
        }

        Assert.Equal(versions.Order(), versions);
        Assert.Equal(versions.Distinct(), versions);
    }

    [Fact]
    public async Task A_change_during_a_lint_stops_it_and_the_last_version_gets_the_same_diagnostics_as_a_fresh_open()
    {
        await using var client = new LspClient(_folder.Directory, debounceMilliseconds: 0);
        await client.InitializeAsync();
        // A long paper, whose lint takes long enough for the next change to come while it runs.
        string paper = string.Concat(Enumerable.Repeat(File.ReadAllText(Path.Combine(RepoPaths.Samples, "paper.md")), 8));
        string path = Path.Combine(_folder.Directory, "paper.md");
        await client.OpenAsync(path, paper);
        client.NextDiagnostics(path);

        // "lead by" typed at the top, a letter a change, with no pause: each change cancels the lint of the one before.
        string typed = "A movement lead by monks.\n\n";
        for (int i = 0; i < typed.Length; i++)
        {
            int line = typed[..i].Count(c => c == '\n');
            int character = i - (typed[..i].LastIndexOf('\n') + 1);
            await client.ChangeAsync(path, i + 2, line, character, line, character, typed[i].ToString());
        }

        int last = typed.Length + 1;
        JsonElement published;
        do
        {
            published = client.NextDiagnostics(path);
        }
        while (published.GetProperty("version").GetInt32() != last);

        string fresh = Path.Combine(_folder.Directory, "fresh.md");
        await client.OpenAsync(fresh, typed + paper);
        var expected = Found(client.NextDiagnostics(fresh));
        Assert.Contains(("Typos.LeadBy", 0, 11, 0, 18, 2), expected);
        Assert.Equal(expected, Found(published));
    }

    [Fact]
    public async Task A_finding_with_a_suggestion_gets_its_edit_and_every_finding_a_disable_comment()
    {
        await using var client = new LspClient(_folder.Directory);
        await client.InitializeAsync();
        string path = Path.Combine(_folder.Directory, "paper.md");
        await client.OpenAsync(path, Paper);
        client.NextDiagnostics(path);

        var reply = await client.CodeActionsAsync(path, 2, 15);

        var actions = reply.GetProperty("result").EnumerateArray().Select(a => (
            a.GetProperty("title").GetString(),
            a.TryGetProperty("isPreferred", out var preferred) && preferred.GetBoolean(),
            Edit(a.GetProperty("edit").GetProperty("changes").GetProperty(LspClient.UriOf(path))[0]))).ToList();
        Assert.Equal(
            [
                ("Replace with 'led by' (Typos.LeadBy)", true, "2:11-2:18 led by"),
                ("Disable Typos.LeadBy for this line", false, "2:0-2:0 <!-- paperlint-disable-next-line Typos.LeadBy -->\n"),
            ],
            actions);
    }

    [Fact]
    public async Task A_disable_comment_in_a_paragraph_goes_at_the_end_of_the_line_before_and_in_text_on_a_line_of_its_own()
    {
        await using var client = new LspClient(_folder.Directory);
        await client.InitializeAsync();
        string markdown = Path.Combine(_folder.Directory, "paper.md"), text = Path.Combine(_folder.Directory, "paper.txt");
        await client.OpenAsync(markdown, "The first line.\nA movement lead by the chapels.\n");
        client.NextDiagnostics(markdown);
        await client.OpenAsync(text, "The first line.\nA movement lead by the chapels.\n");
        client.NextDiagnostics(text);

        string DisableEdit(JsonElement reply) => Edit(reply.GetProperty("result").EnumerateArray().Last().GetProperty("edit").GetProperty("changes").EnumerateObject().First().Value[0]);

        Assert.Equal("0:15-0:15  <!-- paperlint-disable-next-line Typos.LeadBy -->", DisableEdit(await client.CodeActionsAsync(markdown, 1, 12)));
        Assert.Equal("1:0-1:0 paperlint-disable-next-line Typos.LeadBy\n", DisableEdit(await client.CodeActionsAsync(text, 1, 12)));
    }

    private static string Edit(JsonElement edit)
    {
        var range = edit.GetProperty("range");
        return $"{range.GetProperty("start").GetProperty("line").GetInt32()}:{range.GetProperty("start").GetProperty("character").GetInt32()}-{range.GetProperty("end").GetProperty("line").GetInt32()}:{range.GetProperty("end").GetProperty("character").GetInt32()} {edit.GetProperty("newText").GetString()}";
    }

    [Fact]
    public async Task Hover_on_a_diagnostic_names_its_rule_and_what_it_checks()
    {
        await using var client = new LspClient(_folder.Directory);
        await client.InitializeAsync();
        string path = Path.Combine(_folder.Directory, "paper.md");
        await client.OpenAsync(path, Paper);
        client.NextDiagnostics(path);

        Action<Utf8JsonWriter> At(int line, int character) => LspClient.AtDocument(path, json => PaperLint.Cli.Lsp.Diagnostics.WritePosition(json, "position", line, character));
        var hover = await client.RequestAsync("textDocument/hover", At(2, 13));
        var nothing = await client.RequestAsync("textDocument/hover", At(0, 2));

        Assert.StartsWith("**Typos.LeadBy** (warning): 'lead by' where the past participle 'led by' is meant", hover.GetProperty("result").GetProperty("contents").GetProperty("value").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, nothing.GetProperty("result").ValueKind);
    }

    [Fact]
    public async Task A_malformed_configuration_is_one_diagnostic_at_its_line_until_it_is_mended()
    {
        string config = _folder.Write(".paperlint.yml", "root: true\nrules:\n  Typos.LeadBy: [\n");
        await using var client = new LspClient(_folder.Directory);
        await client.InitializeAsync(watchFiles: true);
        string path = Path.Combine(_folder.Directory, "paper.md");

        await client.OpenAsync(path, Paper);
        var bad = client.NextDiagnostics(config);
        var (code, line, _, _, _, severity) = Assert.Single(Found(bad));
        Assert.Equal(("PaperLint.Configuration", 1), (code, severity));
        Assert.InRange(line, 2, 3);

        File.WriteAllText(config, "root: true\nrules:\n  Typos.LeadBy: error\n");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", json =>
        {
            json.WriteStartObject();
            json.WriteStartArray("changes");
            json.WriteStartObject();
            json.WriteString("uri", LspClient.UriOf(config));
            json.WriteNumber("type", 2);
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });

        Assert.Empty(Found(client.NextDiagnostics(config)));
        Assert.Equal([("Typos.LeadBy", 2, 11, 2, 18, 1)], Found(client.NextDiagnostics(path)));
    }

    [Fact]
    public async Task A_Word_document_is_linted_from_disk_and_its_findings_name_their_paragraph()
    {
        string path = _folder.Write("paper.docx", File.ReadAllBytes(Path.Combine(RepoPaths.Samples, "paper.docx")));
        await using var client = new LspClient(_folder.Directory);
        await client.InitializeAsync();

        await client.OpenAsync(path, "");

        var diagnostics = client.NextDiagnostics(path).GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Contains(diagnostics, d => d.GetProperty("code").GetString() == "Typos.LeadBy" && d.GetProperty("message").GetString()!.StartsWith("¶3: Use 'led by'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_document_that_cannot_be_read_is_one_diagnostic_and_the_server_goes_on()
    {
        string broken = _folder.Write("broken.docx", "not a zip at all");
        await using var client = new LspClient(_folder.Directory);
        await client.InitializeAsync();

        await client.OpenAsync(broken, "");
        var (code, _, _, _, _, _) = Assert.Single(Found(client.NextDiagnostics(broken)));
        Assert.Equal("PaperLint.Input", code);

        await client.SendRawAsync("{ this is not json");
        var unknown = await client.RequestAsync("textDocument/unheardOf");
        Assert.Equal(-32601, unknown.GetProperty("error").GetProperty("code").GetInt32());

        string path = Path.Combine(_folder.Directory, "paper.md");
        await client.OpenAsync(path, Paper);
        Assert.Single(Found(client.NextDiagnostics(path)));
        Assert.Equal(0, await client.ShutdownAsync());
    }

    [Fact]
    public async Task Closing_a_document_clears_its_diagnostics()
    {
        await using var client = new LspClient(_folder.Directory);
        await client.InitializeAsync();
        string path = Path.Combine(_folder.Directory, "paper.md");
        await client.OpenAsync(path, Paper);
        client.NextDiagnostics(path);

        await client.NotifyAsync("textDocument/didClose", LspClient.AtDocument(path));

        Assert.Empty(Found(client.NextDiagnostics(path)));
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_exit_code_1()
    {
        await using var client = new LspClient(_folder.Directory);
        await client.InitializeAsync();

        await client.NotifyAsync("exit");

        Assert.Equal(1, await client.Running.WaitAsync(TimeSpan.FromSeconds(20)));
    }
}
