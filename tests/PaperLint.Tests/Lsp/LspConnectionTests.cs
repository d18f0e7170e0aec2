using System.Text.Json;
using PaperLint.Cli.Lsp;

namespace PaperLint.Tests.Lsp;

/// <summary>The base protocol's framing: every message goes out whole, however long the one before it was or however it ended.</summary>
public sealed class LspConnectionTests
{
    [Fact]
    public async Task Messages_long_and_short_and_after_a_failed_one_each_arrive_whole()
    {
        var wire = new MemoryStream();
        var writer = new LspConnection(Stream.Null, wire);
        string longText = new('x', LspConnection.KeptBufferBytes + 1000);

        await writer.WriteAsync(json => WriteMessage(json, 1, longText));
        await writer.WriteAsync(json => WriteMessage(json, 2, "short"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.WriteAsync(json =>
        {
            json.WriteStartObject();
            json.WriteString("half", "written");
            throw new InvalidOperationException("a message that fails while it is written");
        }));
        await writer.WriteAsync(json => WriteMessage(json, 3, "after the failed one"));
        await writer.WriteAsync(json => WriteMessage(json, 4, "and again, shorter"));

        wire.Position = 0;
        var reader = new LspConnection(wire, Stream.Null);
        var read = new List<(int, string)>();
        while (await reader.ReadAsync(CancellationToken.None) is { } message)
        {
            using (message)
            {
                read.Add((message.RootElement.GetProperty("id").GetInt32(), message.RootElement.GetProperty("text").GetString()!));
            }
        }

        Assert.Equal([(1, longText), (2, "short"), (3, "after the failed one"), (4, "and again, shorter")], read);
    }

    private static void WriteMessage(Utf8JsonWriter json, int id, string text)
    {
        json.WriteStartObject();
        json.WriteNumber("id", id);
        json.WriteString("text", text);
        json.WriteEndObject();
    }
}
