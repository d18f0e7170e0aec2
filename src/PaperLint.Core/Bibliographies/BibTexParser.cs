using PaperLint.Core.Model;
using PaperLint.Core.Readers;

namespace PaperLint.Core.Bibliographies;

/// <summary>
/// Reads BibTeX and BibLaTeX as pandoc and biber read them: entries <c>@type{key, field = value, …}</c> or
/// <c>@type(key, …)</c>; values in braces, in quotes, bare numbers and <c>@string</c> macros, joined with <c>#</c>;
/// <c>@string</c>, <c>@comment</c>, <c>@preamble</c>, <c>%</c> lines and any text outside entries are no entries.
/// One pass over the text, no backtracking; the first syntax error ends the reading with one line naming file:line.
/// </summary>
internal sealed class BibTexParser
{
    private static readonly string[] Months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] MonthMacros = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>Fields that hold addresses, identifiers and keys, not TeX: kept as written (<c>%20</c>, <c>_</c>, <c>~</c> and <c>--</c> stay).</summary>
    private static readonly HashSet<string> VerbatimFields = new(StringComparer.Ordinal)
    {
        "url", "urlraw", "doi", "eprint", "file", "pdf", "crossref", "xref", "xdata", "ids", "entryset", "related",
    };

    private readonly string _text;
    private readonly string _display;
    private readonly LineIndex _lines;
    private readonly int _firstLine;
    private readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Name, string Raw)> _fields = [];
    private readonly List<BibEntry> _entries = [];
    private readonly List<(string? Author, string? Editor)> _rawNames = [];
    private int _pos;

    // The entry or @string being read, for messages.
    private int _start;
    private string _what = "";
    private char _close;
    private Runaway? _runaway;

    private BibTexParser(string text, string display, int firstLine)
    {
        _text = text;
        _display = display;
        _lines = new LineIndex(text);
        _firstLine = firstLine;
        for (int m = 0; m < 12; m++)
        {
            _macros[MonthMacros[m]] = Months[m];
        }
    }

    /// <summary>The 1-based line and column of an offset, lines counted from the first line of the text in its file.</summary>
    private (int Line, int Column) At(int offset)
    {
        var (line, column) = _lines.ToLineColumn(offset);
        return (line + _firstLine, column + 1);
    }

    private int LineOf(int offset) => At(offset).Line;

    /// <summary>A value that went on past a line where another entry begins: the likely cause of an error after it.</summary>
    private sealed record Runaway(string Field, int Open, char Delimiter, int NextEntry);

    public static List<BibEntry> Parse(string text, string display, int firstLine)
    {
        var parser = new BibTexParser(text, display, firstLine);
        parser.ParseAll();
        BibTexCrossRefs.Resolve(parser._entries, parser._rawNames);
        return parser._entries;
    }

    private bool AtEnd => _pos >= _text.Length;

    private char Current => _text[_pos];

    private void ParseAll()
    {
        while (_pos < _text.Length)
        {
            int next = _text.AsSpan(_pos).IndexOfAny('@', '%');
            if (next < 0)
            {
                return;
            }

            _pos += next;
            if (Current == '%')
            {
                SkipLine();
            }
            else
            {
                ReadCommand();
            }
        }
    }

    private void SkipLine()
    {
        int newline = _text.AsSpan(_pos).IndexOf('\n');
        _pos = newline < 0 ? _text.Length : _pos + newline + 1;
    }

    /// <summary>At an '@': an entry, a @string, or a @comment or @preamble to pass over; an '@' in other text is text.</summary>
    private void ReadCommand()
    {
        int at = _pos;
        _pos++;
        SkipBlanks();
        int nameStart = _pos;
        while (!AtEnd && (char.IsAsciiLetterOrDigit(Current) || Current is '_' or '-'))
        {
            _pos++;
        }

        if (_pos == nameStart)
        {
            return;
        }

        string type = _text[nameStart.._pos].ToLowerInvariant();
        SkipBlanks();
        if (AtEnd || Current is not ('{' or '('))
        {
            return;
        }

        char open = Current;
        _close = open == '{' ? '}' : ')';
        _start = at;
        _runaway = null;
        _pos++;
        switch (type)
        {
            case "comment" or "preamble":
                _what = "@" + type;
                SkipGroup(open);
                break;
            case "string":
                _what = "@string";
                ReadStrings();
                break;
            default:
                _what = "entry @" + type;
                ReadEntry(type, open);
                break;
        }
    }

    private void SkipGroup(char open)
    {
        int depth = 1;
        for (; _pos < _text.Length; _pos++)
        {
            char c = _text[_pos];
            if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && open == '{')
            {
                if (--depth == 0)
                {
                    _pos++;
                    return;
                }
            }
            else if (c == '}')
            {
                depth = Math.Max(1, depth - 1);
            }
            else if (c == ')' && open == '(' && depth == 1)
            {
                _pos++;
                return;
            }
        }

        throw NeverClosed();
    }

    // An @string holds macro definitions, name = value, each of which names the macro from here on.
    private void ReadStrings() => ReadAssignments("macro", (name, value) => _macros[name] = value);

    private void ReadEntry(string type, char open)
    {
        SkipSpace();
        int keyAt = _pos;
        while (!AtEnd && IsKeyChar(Current))
        {
            _pos++;
        }

        string key = _text[keyAt.._pos];
        SkipSpace();
        if (key.Length == 0 || (!AtEnd && Current == '='))
        {
            throw AtEnd ? NeverClosed() : Fail(_start, $"entry @{type} has no key; write its key after the '{open}', followed by a comma");
        }

        _what = $"entry '{key}'";
        var (line, column) = At(keyAt);
        _fields.Clear();
        if (AtEnd)
        {
            throw NeverClosed();
        }

        if (Current == _close)
        {
            _pos++;
        }
        else if (Current != ',')
        {
            throw Current == '@' ? NeverClosed() : Fail(keyAt, $"entry '{key}' needs a comma after its key");
        }
        else
        {
            _pos++;
            ReadFields();
        }

        _entries.Add(Build(key, type, line, column));
    }

    private void ReadFields() => ReadAssignments("field", (name, value) => _fields.Add((name.ToLowerInvariant(), value)));

    /// <summary>
    /// The <c>name = value</c> pairs of an entry or an @string, parted by commas, up to the closing delimiter; each is
    /// handed to <paramref name="take"/>. <paramref name="noun"/> ("field", "macro") names what a message is about.
    /// </summary>
    private void ReadAssignments(string noun, Action<string, string> take)
    {
        bool isMacro = noun == "macro";
        while (true)
        {
            SkipSpace();
            if (AtEnd)
            {
                throw NeverClosed();
            }

            if (Current == _close)
            {
                _pos++;
                return;
            }

            if (Current == ',')
            {
                _pos++;
                continue;
            }

            int nameAt = _pos;
            string name = ReadName();
            if (name.Length == 0)
            {
                throw Current == '@' ? NeverClosed() : Unexpected($"a {noun} name");
            }

            if (isMacro)
            {
                _what = $"@string '{name}'";
            }

            SkipSpace();
            if (AtEnd)
            {
                throw NeverClosed();
            }

            if (Current != '=')
            {
                throw Fail(nameAt, isMacro ? $"@string '{name}' has no '='; write {name} = {{…}}" : $"field '{name}' of {_what} has no '='; write {name} = {{…}}");
            }

            _pos++;
            take(name, ReadValue(name));
            if (isMacro)
            {
                // Macro definitions need no comma between them.
                continue;
            }

            SkipSpace();
            if (AtEnd)
            {
                throw NeverClosed();
            }

            if (Current == ',')
            {
                _pos++;
            }
            else if (Current == _close)
            {
                _pos++;
                return;
            }
            else
            {
                throw Current == '@' ? NeverClosed() : Fail(_pos, $"{_what}: a comma is missing after field '{name}' (found '{Current}')");
            }
        }
    }

    /// <summary>A value: pieces in braces, in quotes, numbers and macro names, joined with '#'; the raw text, delimiters off.</summary>
    private string ReadValue(string field)
    {
        SkipSpace();
        string? value = null;
        while (!AtEnd)
        {
            string piece;
            char c = Current;
            if (c == '{')
            {
                piece = ReadBraced(field);
            }
            else if (c == '"')
            {
                piece = ReadQuoted(field);
            }
            else if (IsBareChar(c))
            {
                int start = _pos;
                while (!AtEnd && IsBareChar(Current))
                {
                    _pos++;
                }

                piece = _text[start.._pos];
                if (!IsNumber(piece) && _macros.TryGetValue(piece, out string? expansion))
                {
                    // An undefined macro stays as its name, as biber keeps it (with a warning).
                    piece = expansion;
                }
            }
            else
            {
                break;
            }

            value = value is null ? piece : value + piece;
            SkipSpace();
            if (AtEnd || Current != '#')
            {
                break;
            }

            _pos++;
            SkipSpace();
        }

        return value ?? "";
    }

    private string ReadBraced(string field)
    {
        int open = _pos;
        int depth = 0;
        int i = _pos;
        while (i < _text.Length)
        {
            int next = _text.AsSpan(i).IndexOfAny("{}\\\n");
            if (next < 0)
            {
                break;
            }

            i += next;
            switch (_text[i])
            {
                case '\\':
                    i++;
                    break;
                case '{':
                    depth++;
                    break;
                case '}':
                    if (--depth == 0)
                    {
                        _pos = i + 1;
                        return _text[(open + 1)..i];
                    }

                    break;
                default:
                    NoteRunaway(field, open, '{', i + 1);
                    break;
            }

            i++;
        }

        _pos = _text.Length;
        throw ValueNeverClosed(_runaway ?? new Runaway(field, open, '{', _text.Length));
    }

    private string ReadQuoted(string field)
    {
        int open = _pos;
        int depth = 0;
        int i = _pos + 1;
        while (i < _text.Length)
        {
            int next = _text.AsSpan(i).IndexOfAny("\"{}\\\n");
            if (next < 0)
            {
                break;
            }

            i += next;
            switch (_text[i])
            {
                case '\\':
                    i++;
                    break;
                case '{':
                    depth++;
                    break;
                case '}':
                    depth = Math.Max(0, depth - 1);
                    break;
                case '"' when depth == 0:
                    _pos = i + 1;
                    return _text[(open + 1)..i];
                case '\n':
                    NoteRunaway(field, open, '"', i + 1);
                    break;
            }

            i++;
        }

        _pos = _text.Length;
        throw ValueNeverClosed(_runaway ?? new Runaway(field, open, '"', _text.Length));
    }

    /// <summary>Remembers a value that runs on past a line where another entry seems to begin (<c>@book{</c>).</summary>
    private void NoteRunaway(string field, int open, char delimiter, int lineStart)
    {
        if (_runaway is not null)
        {
            return;
        }

        int i = lineStart;
        while (i < _text.Length && _text[i] is ' ' or '\t' or '\r')
        {
            i++;
        }

        if (i >= _text.Length || _text[i] != '@')
        {
            return;
        }

        int at = i++;
        int letters = i;
        while (i < _text.Length && char.IsAsciiLetter(_text[i]))
        {
            i++;
        }

        if (i == letters)
        {
            return;
        }

        while (i < _text.Length && _text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i < _text.Length && _text[i] is '{' or '(')
        {
            _runaway = new Runaway(field, open, delimiter, at);
        }
    }

    private BibEntry Build(string key, string type, int line, int column)
    {
        var fields = new Dictionary<string, string>(_fields.Count, StringComparer.Ordinal);
        string? rawAuthor = null;
        string? rawEditor = null;
        foreach (var (name, raw) in _fields)
        {
            // A field given twice: the last one counts, as in pandoc.
            fields[name] = VerbatimFields.Contains(name) ? TexText.Verbatim(raw) : TexText.ToPlain(raw);
            if (name == "author")
            {
                rawAuthor = raw;
            }
            else if (name == "editor")
            {
                rawEditor = raw;
            }
        }

        _rawNames.Add((rawAuthor, rawEditor));
        var entry = new BibEntry { Key = key, Type = type, Fields = fields, File = _display, Line = line, Column = column };
        return WithFacts(entry, fields, rawAuthor, rawEditor);
    }

    /// <summary>The entry with what the checks read of its fields: family names, year, title.</summary>
    internal static BibEntry WithFacts(BibEntry entry, Dictionary<string, string> fields, string? rawAuthor, string? rawEditor)
    {
        List<string> authors = rawAuthor is null ? [] : BibTexNames.Families(rawAuthor);
        bool hasAuthorOrEditor = authors.Count > 0;
        if (authors.Count == 0 && rawEditor is not null)
        {
            authors = BibTexNames.Families(rawEditor);
            hasAuthorOrEditor = authors.Count > 0;
        }

        return entry with
        {
            Fields = fields,
            Authors = authors,
            HasAuthorOrEditor = hasAuthorOrEditor,
            Year = BibYears.First(fields.GetValueOrDefault("year")) ?? BibYears.First(fields.GetValueOrDefault("date")),
            Title = fields.TryGetValue("title", out string? title) && title.Length > 0 ? title : null,
        };
    }

    private string ReadName()
    {
        int start = _pos;
        while (!AtEnd && (char.IsLetterOrDigit(Current) || Current is '-' or '_' or ':' or '+' or '.'))
        {
            _pos++;
        }

        return _text[start.._pos];
    }

    /// <summary>Whitespace and, between the parts of an entry, <c>%</c> comments to the end of the line (as biber allows).</summary>
    private void SkipSpace()
    {
        while (!AtEnd)
        {
            char c = Current;
            if (char.IsWhiteSpace(c))
            {
                _pos++;
            }
            else if (c == '%')
            {
                SkipLine();
            }
            else
            {
                return;
            }
        }
    }

    private void SkipBlanks()
    {
        while (!AtEnd && char.IsWhiteSpace(Current))
        {
            _pos++;
        }
    }

    private bool IsKeyChar(char c) =>
        !char.IsWhiteSpace(c) && c is not (',' or '{' or '}' or '"' or '#' or '%' or '=' or '\\') && (c != ')' || _close != ')');

    private static bool IsBareChar(char c) => !char.IsWhiteSpace(c) && c is not (',' or '#' or '{' or '}' or '"' or '=' or '(' or ')');

    private static bool IsNumber(string piece)
    {
        foreach (char c in piece)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private InputException Fail(int offset, string message) =>
        _runaway is { } runaway ? ValueNeverClosed(runaway) : new InputException($"{_display}:{LineOf(offset)}: {message}");

    private InputException Unexpected(string expected) =>
        Fail(_pos, $"{_what}: expected {expected}, found '{Current}'");

    private InputException NeverClosed()
    {
        if (_runaway is { } runaway)
        {
            return ValueNeverClosed(runaway);
        }

        int line = LineOf(_start);
        if (!AtEnd && Current == '@')
        {
            return new InputException(
                $"{_display}:{line}: {_what} is never closed; add its closing '{_close}' before the next entry on line {LineOf(_pos)}");
        }

        return new InputException($"{_display}:{line}: {_what} is never closed; add its closing '{_close}'");
    }

    private InputException ValueNeverClosed(Runaway runaway)
    {
        int openLine = LineOf(runaway.Open);
        string where = runaway.NextEntry < _text.Length ? $"it runs on into the entry on line {LineOf(runaway.NextEntry)}" : "it runs to the end of the file";
        bool macro = _what.StartsWith("@string", StringComparison.Ordinal);
        if (runaway.Delimiter == '"')
        {
            string subject = macro ? _what : $"field '{runaway.Field}' of {_what}";
            return new InputException($"{_display}:{openLine}: the '\"' that opens {subject} is never closed ({where}); add the closing '\"'");
        }

        string brace = macro ? $"its '{{' on line {openLine}" : $"the '{{' that opens its field '{runaway.Field}' on line {openLine}";
        return new InputException($"{_display}:{LineOf(_start)}: {_what} is never closed: {brace} has no matching '}}' ({where})");
    }
}
