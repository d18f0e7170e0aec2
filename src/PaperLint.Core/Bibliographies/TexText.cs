using System.Buffers;
using System.Text;

namespace PaperLint.Core.Bibliographies;

/// <summary>
/// The plain text of a BibTeX value, as a reader of the rendered bibliography sees it: grouping braces off, TeX
/// accents and special letters decoded to Unicode (<c>{\"o}</c>, <c>\'{e}</c>, <c>{\ss}</c>), escaped specials
/// (<c>\&amp;</c>, <c>\%</c>) as themselves, <c>--</c> and <c>---</c> as dashes, <c>~</c> as a space, whitespace collapsed.
/// A command this does not know keeps the text of its argument (<c>\emph{x}</c> is <c>x</c>).
/// </summary>
/// <remarks>
/// The tool runs with invariant globalization, where <see cref="string.Normalize()"/> does not compose on Linux, so
/// accented letters come from a table made from Unicode's canonical compositions of the Latin letters.
/// </remarks>
internal static class TexText
{
    // For each accent command, pairs of (base letter, composed letter).
    private const string Grave = "AÀEÈIÌNǸOÒUÙWẀYỲaàeèiìnǹoòuùwẁyỳ";
    private const string Acute = "AÁCĆEÉGǴIÍKḰLĹMḾNŃOÓPṔRŔSŚUÚWẂYÝZŹaácćeégǵiíkḱlĺmḿnńoópṕrŕsśuúwẃyýzź";
    private const string Circumflex = "AÂCĈEÊGĜHĤIÎJĴOÔSŜUÛWŴYŶZẐaâcĉeêgĝhĥiîjĵoôsŝuûwŵyŷzẑ";
    private const string Tilde = "AÃEẼIĨNÑOÕUŨVṼYỸaãeẽiĩnñoõuũvṽyỹ";
    private const string Macron = "AĀEĒGḠIĪOŌUŪYȲaāeēgḡiīoōuūyȳ";
    private const string Breve = "AĂEĔGĞIĬOŎUŬaăeĕgğiĭoŏuŭ";
    private const string DotAbove = "AȦBḂCĊDḊEĖFḞGĠHḢIİMṀNṄOȮPṖRṘSṠTṪWẆXẊYẎZŻaȧbḃcċdḋeėfḟgġhḣmṁnṅoȯpṗrṙsṡtṫwẇxẋyẏzż";
    private const string Diaeresis = "AÄEËHḦIÏOÖUÜWẄXẌYŸaäeëhḧiïoötẗuüwẅxẍyÿ";
    private const string Ring = "AÅUŮaåuůwẘyẙ";
    private const string DoubleAcute = "OŐUŰoőuű";
    private const string Caron = "AǍCČDĎEĚGǦHȞIǏKǨLĽNŇOǑRŘSŠTŤUǓZŽaǎcčdďeěgǧhȟiǐjǰkǩlľnňoǒrřsštťuǔzž";
    private const string DotBelow = "AẠBḄDḌEẸHḤIỊKḲLḶMṂNṆOỌRṚSṢTṬUỤVṾWẈYỴZẒaạbḅdḍeẹhḥiịkḳlḷmṃnṇoọrṛsṣtṭuụvṿwẉyỵzẓ";
    private const string Cedilla = "CÇDḐEȨGĢHḨKĶLĻNŅRŖSŞTŢcçdḑeȩgģhḩkķlļnņrŗsştţ";
    private const string Ogonek = "AĄEĘIĮOǪUŲaąeęiįoǫuų";
    private const string MacronBelow = "BḆDḎKḴLḺNṈRṞTṮZẔbḇdḏhẖkḵlḻnṉrṟtṯzẕ";

    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["ss"] = "ß", ["SS"] = "SS", ["o"] = "ø", ["O"] = "Ø", ["aa"] = "å", ["AA"] = "Å", ["ae"] = "æ", ["AE"] = "Æ",
        ["oe"] = "œ", ["OE"] = "Œ", ["l"] = "ł", ["L"] = "Ł", ["i"] = "ı", ["j"] = "ȷ", ["dh"] = "ð", ["DH"] = "Ð",
        ["th"] = "þ", ["TH"] = "Þ", ["ng"] = "ŋ", ["NG"] = "Ŋ", ["dj"] = "đ", ["DJ"] = "Đ",
        ["textendash"] = "–", ["textemdash"] = "—", ["textquoteleft"] = "‘", ["textquoteright"] = "’",
        ["textquotedblleft"] = "“", ["textquotedblright"] = "”", ["guillemotleft"] = "«", ["guillemotright"] = "»",
        ["copyright"] = "©", ["textcopyright"] = "©", ["textregistered"] = "®", ["texttrademark"] = "™",
        ["ldots"] = "…", ["dots"] = "…", ["textellipsis"] = "…", ["S"] = "§", ["P"] = "¶", ["textsection"] = "§",
        ["textdegree"] = "°", ["degree"] = "°", ["textasciitilde"] = "~", ["textbackslash"] = "\\", ["textbar"] = "|",
        ["textless"] = "<", ["textgreater"] = ">", ["textunderscore"] = "_", ["textperiodcentered"] = "·",
        ["times"] = "×", ["cdot"] = "·", ["pm"] = "±", ["odot"] = "⊙", ["sim"] = "∼", ["infty"] = "∞",
        ["leq"] = "≤", ["geq"] = "≥", ["le"] = "≤", ["ge"] = "≥", ["neq"] = "≠", ["approx"] = "≈", ["prime"] = "′",
        ["LaTeX"] = "LaTeX", ["TeX"] = "TeX", ["BibTeX"] = "BibTeX", ["LaTeXe"] = "LaTeX2e",
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ", ["iota"] = "ι", ["kappa"] = "κ",
        ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["rho"] = "ρ", ["sigma"] = "σ",
        ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "ϕ", ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω",
        ["Gamma"] = "Γ", ["Delta"] = "Δ", ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π",
        ["Sigma"] = "Σ", ["Upsilon"] = "Υ", ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
    };

    /// <summary>The characters that end a run of text copied as it is: TeX syntax, dashes and quotes, whitespace.</summary>
    private static readonly SearchValues<char> RunEnds = SearchValues.Create("{}\\~$^_-`' \t\n\r\f\v\u00A0\u2028\u2029");

    /// <summary>The characters that make a value need decoding wherever they are.</summary>
    private static readonly SearchValues<char> Decodable = SearchValues.Create("{}\\~$`\t\n\r\f\v\u00A0\u2028\u2029");

    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>The plain text of a raw value (its outer braces or quotes already off).</summary>
    public static string ToPlain(string raw)
    {
        if (IsPlain(raw))
        {
            return raw;
        }

        var builder = t_builder ??= new StringBuilder(256);
        builder.Clear();
        new Decoder(raw, builder).Run();
        string result = builder.ToString();
        if (builder.Capacity > 64 * 1024)
        {
            t_builder = null;
        }

        return result;
    }

    /// <summary>
    /// A value that is no TeX (an address, a DOI, a file path) as written, with only its whitespace collapsed:
    /// <c>%20</c>, <c>_</c>, <c>~</c> and <c>--</c> stay.
    /// </summary>
    public static string Verbatim(string raw)
    {
        bool clean = raw.Length == 0 || (!char.IsWhiteSpace(raw[0]) && !char.IsWhiteSpace(raw[^1]));
        for (int i = 0; clean && i < raw.Length; i++)
        {
            clean = raw[i] == ' ' ? raw[i - 1] != ' ' : !char.IsWhiteSpace(raw[i]);
        }

        return clean ? raw : string.Join(' ', raw.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>A raw value with nothing to decode, as most are: no TeX, no runs of whitespace, nothing to trim.</summary>
    private static bool IsPlain(string raw) =>
        raw.Length == 0
        || (raw[0] != ' ' && raw[^1] != ' '
            && !raw.AsSpan().ContainsAny(Decodable)
            && !raw.Contains("  ", StringComparison.Ordinal)
            && !raw.Contains("--", StringComparison.Ordinal)
            && !raw.Contains("''", StringComparison.Ordinal));

    /// <summary>The accented form of <paramref name="letter"/> under the accent command <paramref name="accent"/>, or null.</summary>
    internal static char? Compose(char accent, char letter)
    {
        string? pairs = accent switch
        {
            '`' => Grave,
            '\'' => Acute,
            '^' => Circumflex,
            '~' => Tilde,
            '=' => Macron,
            'u' => Breve,
            '.' => DotAbove,
            '"' => Diaeresis,
            'r' => Ring,
            'H' => DoubleAcute,
            'v' => Caron,
            'd' => DotBelow,
            'c' => Cedilla,
            'k' => Ogonek,
            'b' => MacronBelow,
            _ => null,
        };
        if (pairs is null)
        {
            return null;
        }

        for (int i = 0; i < pairs.Length; i += 2)
        {
            if (pairs[i] == letter)
            {
                return pairs[i + 1];
            }
        }

        return null;
    }

    private static char CombiningMark(char accent) => accent switch
    {
        '`' => '\u0300',
        '\'' => '\u0301',
        '^' => '\u0302',
        '~' => '\u0303',
        '=' => '\u0304',
        'u' => '\u0306',
        '.' => '\u0307',
        '"' => '\u0308',
        'r' => '\u030A',
        'H' => '\u030B',
        'v' => '\u030C',
        'd' => '\u0323',
        'c' => '\u0327',
        'k' => '\u0328',
        'b' => '\u0331',
        _ => '\0',
    };

    private static bool IsAccentSymbol(char c) => c is '`' or '\'' or '^' or '~' or '=' or '.' or '"';

    private static bool IsAccentWord(string word) => word.Length == 1 && word[0] is 'u' or 'r' or 'H' or 'v' or 'd' or 'c' or 'k' or 'b';

    private ref struct Decoder
    {
        private readonly ReadOnlySpan<char> _text;
        private readonly StringBuilder _out;
        private int _pos;
        private bool _pendingSpace;
        private bool _math;

        public Decoder(string text, StringBuilder output)
        {
            _text = text;
            _out = output;
        }

        public void Run()
        {
            while (_pos < _text.Length)
            {
                char c = _text[_pos];
                switch (c)
                {
                    case '{' or '}':
                        _pos++;
                        break;
                    case '\\':
                        Command();
                        break;
                    case '~':
                        Space();
                        _pos++;
                        break;
                    case '$':
                        _math = !_math;
                        _pos++;
                        break;
                    case '^' or '_' when _math:
                        _pos++;
                        break;
                    case '-':
                        Dash();
                        break;
                    case '`' when At(_pos + 1) == '`':
                        Emit('“');
                        _pos += 2;
                        break;
                    case '`':
                        Emit('‘');
                        _pos++;
                        break;
                    case '\'' when At(_pos + 1) == '\'':
                        Emit('”');
                        _pos += 2;
                        break;
                    default:
                        if (char.IsWhiteSpace(c))
                        {
                            Space();
                            _pos++;
                        }
                        else
                        {
                            CopyRun();
                        }

                        break;
                }
            }
        }

        /// <summary>Copies the characters up to the next one that needs a decision, in one go (most of a value).</summary>
        private void CopyRun()
        {
            int length = _text[(_pos + 1)..].IndexOfAny(RunEnds) + 1;
            if (length == 0)
            {
                length = _text.Length - _pos;
            }

            if (_pendingSpace)
            {
                _out.Append(' ');
                _pendingSpace = false;
            }

            _out.Append(_text.Slice(_pos, length));
            _pos += length;
        }

        private readonly char At(int index) => index < _text.Length ? _text[index] : '\0';

        private void Space() => _pendingSpace = _out.Length > 0;

        private void Emit(char c)
        {
            if (_pendingSpace)
            {
                _out.Append(' ');
                _pendingSpace = false;
            }

            _out.Append(c);
        }

        private void Emit(string s)
        {
            foreach (char c in s)
            {
                Emit(c);
            }
        }

        private void Dash()
        {
            if (At(_pos + 1) == '-' && At(_pos + 2) == '-')
            {
                Emit('—');
                _pos += 3;
            }
            else if (At(_pos + 1) == '-')
            {
                Emit('–');
                _pos += 2;
            }
            else
            {
                Emit('-');
                _pos++;
            }
        }

        private void Command()
        {
            _pos++;
            if (_pos >= _text.Length)
            {
                return;
            }

            char c = _text[_pos];
            if (!char.IsAsciiLetter(c))
            {
                _pos++;
                if (IsAccentSymbol(c))
                {
                    Accent(c);
                }
                else if (c is ' ' or ',' or ';' or ':' or '\n' or '\r' or '\t' or '\\')
                {
                    Space();
                }
                else if (c is not ('-' or '/' or '!' or '@'))
                {
                    Emit(c);
                }

                return;
            }

            int start = _pos;
            while (_pos < _text.Length && char.IsAsciiLetter(_text[_pos]))
            {
                _pos++;
            }

            string word = _text[start.._pos].ToString();
            SkipSpaces();
            if (IsAccentWord(word))
            {
                Accent(word[0]);
            }
            else if (word == "t")
            {
                // A tie over two letters (\t{oo}): the letters stay.
            }
            else if (Symbols.TryGetValue(word, out string? symbol))
            {
                Emit(symbol);
            }
            else if (word is "url" or "nolinkurl" or "path" or "doi")
            {
                UrlArgument();
            }
            else if (word == "href")
            {
                SkipGroup();
            }
            else if (word == "ifmmode")
            {
                // \ifmmode math\else text\fi: the text branch is what the page shows.
                // Looked for nearby only, so that a text full of unfinished \ifmmode stays one pass.
                int elseAt = _text[_pos..Math.Min(_text.Length, _pos + 200)].IndexOf("\\else", StringComparison.Ordinal);
                if (elseAt >= 0)
                {
                    _pos += elseAt + 5;
                    SkipSpaces();
                }
            }

            // Any other command is dropped; its argument's braces are dropped as grouping, so its text stays.
        }

        private void SkipSpaces()
        {
            while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\n' or '\r')
            {
                _pos++;
            }
        }

        private void Accent(char accent)
        {
            SkipSpaces();
            int resume = _pos;
            bool grouped = At(_pos) == '{';
            if (grouped)
            {
                _pos++;
                SkipSpaces();
                if (At(_pos) == '}')
                {
                    // \~{} and \^{} are the accent character itself.
                    _pos++;
                    Emit(accent == '"' ? '¨' : accent);
                    return;
                }
            }

            char letter;
            if (At(_pos) == '\\' && (At(_pos + 1) is 'i' or 'j') && !char.IsAsciiLetter(At(_pos + 2)))
            {
                letter = At(_pos + 1);
                _pos += 2;
                SkipSpaces();
            }
            else if (char.IsLetter(At(_pos)))
            {
                letter = _text[_pos];
                _pos++;
            }
            else
            {
                // Nothing to put the accent on (\'{\O}, \^ at the end): let the text decode as it is.
                _pos = resume;
                return;
            }

            if (Compose(accent, letter) is { } composed)
            {
                Emit(composed);
            }
            else
            {
                Emit(letter);
                char mark = CombiningMark(accent);
                if (mark != '\0')
                {
                    _out.Append(mark);
                }
            }
        }

        /// <summary>The argument of <c>\url</c> and its kin, as written.</summary>
        private void UrlArgument()
        {
            if (At(_pos) != '{')
            {
                return;
            }

            int close = MatchingBrace(_pos);
            foreach (char c in _text[(_pos + 1)..close])
            {
                if (char.IsWhiteSpace(c))
                {
                    Space();
                }
                else
                {
                    Emit(c);
                }
            }

            _pos = Math.Min(close + 1, _text.Length);
        }

        private void SkipGroup()
        {
            if (At(_pos) == '{')
            {
                _pos = Math.Min(MatchingBrace(_pos) + 1, _text.Length);
                SkipSpaces();
            }
        }

        private readonly int MatchingBrace(int open)
        {
            int depth = 0;
            for (int i = open; i < _text.Length; i++)
            {
                char c = _text[i];
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '{')
                {
                    depth++;
                }
                else if (c == '}' && --depth == 0)
                {
                    return i;
                }
            }

            return _text.Length;
        }
    }
}
