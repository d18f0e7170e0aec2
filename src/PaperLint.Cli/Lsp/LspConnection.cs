using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace PaperLint.Cli.Lsp;

/// <summary>
/// The base protocol of the Language Server Protocol over a pair of streams: each message is a <c>Content-Length</c>
/// header, an empty line, and that many bytes of JSON-RPC. Written by hand over System.Text.Json rather than with
/// StreamJsonRpc: a few dozen lines, no reflection (the native build has none to give), nothing to start up.
/// Writes may come from several threads (replies, and diagnostics published after a debounce); each message goes out whole.
/// </summary>
internal sealed class LspConnection(Stream input, Stream output)
{
    // A message larger than this is refused rather than read into memory (a 1 MB document is about 1 MB of JSON).
    private const int MaxMessageBytes = 256 * 1024 * 1024;

    private readonly SemaphoreSlim _writing = new(1, 1);
    private readonly byte[] _one = new byte[1];
    private readonly Utf8JsonWriter _json = new(Stream.Null, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    private ArrayBufferWriter<byte> _body = new();

    /// <summary>The next message, or null at the end of the input. A message that is not JSON throws <see cref="JsonException"/>.</summary>
    /// <exception cref="InvalidDataException">The header is malformed: the stream cannot be read on.</exception>
    public async Task<JsonDocument?> ReadAsync(CancellationToken cancel)
    {
        int? length = null;
        while (true)
        {
            string? line = await ReadLineAsync(cancel);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[..colon].Trim().Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                length = int.TryParse(line[(colon + 1)..].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n <= MaxMessageBytes
                    ? n
                    : throw new InvalidDataException($"bad Content-Length header '{line}'");
            }
        }

        if (length is not { } size)
        {
            throw new InvalidDataException("a message without a Content-Length header");
        }

        byte[] body = new byte[size];
        await input.ReadExactlyAsync(body, cancel);
        return JsonDocument.Parse(body);
    }

    /// <summary>A header line without its CR LF, or null at the end of the input.</summary>
    private async Task<string?> ReadLineAsync(CancellationToken cancel)
    {
        var line = new StringBuilder();
        while (true)
        {
            if (await input.ReadAsync(_one, cancel) == 0)
            {
                return line.Length == 0 ? null : line.ToString();
            }

            char c = (char)_one[0];
            if (c == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }

            if (line.Length > 1024)
            {
                throw new InvalidDataException("a header line longer than 1 KB");
            }

            line.Append(c);
        }
    }

    /// <summary>Writes one message whose JSON <paramref name="write"/> writes (an object, <c>jsonrpc</c> included by the caller).</summary>
    public async Task WriteAsync(Action<Utf8JsonWriter> write)
    {
        await _writing.WaitAsync();
        try
        {
            // One buffer serves every message: a long paper's diagnostics are megabytes of JSON at each edit, which a
            // buffer of their own would grow to by doubling, copying each time, and leave to the collector.
            _body.ResetWrittenCount();
            _json.Reset(_body);
            write(_json);
            _json.Flush();
            byte[] header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {_body.WrittenCount}\r\n\r\n"));
            await output.WriteAsync(header);
            await output.WriteAsync(_body.WrittenMemory);
            await output.FlushAsync();
        }
        finally
        {
            if (_body.Capacity > KeptBufferBytes)
            {
                // Once in a while a message is very long (a huge document's diagnostics): its room is not kept.
                _body = new ArrayBufferWriter<byte>();
            }

            _writing.Release();
        }
    }

    /// <summary>The most room the buffer of <see cref="WriteAsync"/> keeps between messages: 16 MB.</summary>
    internal const int KeptBufferBytes = 16 << 20;
}
