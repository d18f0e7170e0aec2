using System.Text;
using PaperLint.Cli.Lsp;

namespace PaperLint.Tests.Lsp;

/// <summary>An open document's text under an editor's changes, and the base protocol's framing.</summary>
public sealed class OpenDocumentTests
{
    [Fact]
    public void An_edit_replaces_its_range_counted_in_UTF_16_on_lines_ended_either_way()
    {
        var document = new OpenDocument("file:///p.md", "/p.md", "A 📚 first line\r\nA movement lead by them.\nEnd", 1);

        document.Edit(0, 5, 0, 10, "FIRST", 2);
        document.Edit(1, 13, 1, 14, "", 3);
        document.Edit(2, 3, 2, 3, ".", 4);

        Assert.Equal("A 📚 FIRST line\r\nA movement led by them.\nEnd.", document.Text);
        Assert.Equal(4, document.Version);
    }

    [Fact]
    public void A_position_past_its_line_or_the_text_stands_at_their_end()
    {
        var document = new OpenDocument("file:///p.md", "/p.md", "ab\r\ncd\n", 1);

        Assert.Equal(2, document.OffsetOf(0, 99));
        Assert.Equal(6, document.OffsetOf(1, int.MaxValue));
        Assert.Equal(7, document.OffsetOf(9, 0));
    }

    [Fact]
    public async Task A_message_is_read_by_its_Content_Length_and_the_end_of_the_input_is_null()
    {
        string body = "{\"jsonrpc\":\"2.0\",\"method\":\"x\",\"params\":{\"text\":\"é\"}}";
        byte[] bytes = Encoding.UTF8.GetBytes($"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}");
        var connection = new LspConnection(new MemoryStream(bytes), Stream.Null);

        using var message = await connection.ReadAsync(CancellationToken.None);

        Assert.Equal("é", message!.RootElement.GetProperty("params").GetProperty("text").GetString());
        Assert.Null(await connection.ReadAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("Content-Length: lots\r\n\r\n{}")]
    [InlineData("X-Other: 1\r\n\r\n{}")]
    public async Task A_malformed_header_is_refused(string input)
    {
        var connection = new LspConnection(new MemoryStream(Encoding.ASCII.GetBytes(input)), Stream.Null);

        await Assert.ThrowsAsync<InvalidDataException>(() => connection.ReadAsync(CancellationToken.None));
    }
}
