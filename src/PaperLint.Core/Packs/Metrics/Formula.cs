using System.Globalization;

namespace PaperLint.Core.Packs.Metrics;

/// <summary>
/// The arithmetic of a <c>metric</c> rule, in the part of Vale's expression language (Tengo) that formulas
/// use: numbers, variables, <c>+ - * / %</c>, parentheses, <c>math.sqrt(x)</c> and its kin, comparisons and
/// <c>&amp;&amp; || !</c>. All values are floating point, as Vale's variables are, so <c>words / sentences</c>
/// never truncates. Parsed once when the rule is loaded; a mistake is a <see cref="FormatException"/>
/// that says what and where.
/// </summary>
internal sealed class Formula
{
    private readonly Node _root;

    private Formula(Node root) => _root = root;

    /// <summary>True when the formula yields true or false (a condition) rather than a number.</summary>
    public bool IsCondition => _root.IsCondition;

    /// <summary>
    /// Reads <paramref name="text"/>, whose names must be among <paramref name="variables"/> (Vale's
    /// <c>heading.h2</c> is read as <c>heading_h2</c>). With <paramref name="leftOperand"/>, the text is the rest
    /// of a comparison whose left side is the value given to <see cref="Evaluate"/>, as Vale reads a
    /// <c>condition</c> such as <c>&gt; 8</c>.
    /// </summary>
    public static Formula Parse(string text, IReadOnlyCollection<string> variables, bool leftOperand = false) =>
        new(new Parser(text, variables, leftOperand).ParseAll());

    /// <summary>The value; a condition is 1 when true and 0 when false.</summary>
    public double Evaluate(IReadOnlyDictionary<string, double> variables, double value = 0) => _root.Evaluate(variables, value);

    private abstract record Node(bool IsCondition)
    {
        public abstract double Evaluate(IReadOnlyDictionary<string, double> variables, double value);
    }

    private sealed record Number(double Value) : Node(false)
    {
        public override double Evaluate(IReadOnlyDictionary<string, double> variables, double value) => Value;
    }

    private sealed record Variable(string Name) : Node(false)
    {
        public override double Evaluate(IReadOnlyDictionary<string, double> variables, double value) => variables[Name];
    }

    private sealed record LeftOperand() : Node(false)
    {
        public override double Evaluate(IReadOnlyDictionary<string, double> variables, double value) => value;
    }

    private sealed record Unary(char Op, Node Operand) : Node(Op == '!')
    {
        public override double Evaluate(IReadOnlyDictionary<string, double> variables, double value)
        {
            double x = Operand.Evaluate(variables, value);
            return Op switch
            {
                '-' => -x,
                '!' => x == 0 ? 1 : 0,
                _ => x,
            };
        }
    }

    private sealed record Binary(string Op, Node Left, Node Right) : Node(Op is "<" or "<=" or ">" or ">=" or "==" or "!=" or "&&" or "||")
    {
        public override double Evaluate(IReadOnlyDictionary<string, double> variables, double value)
        {
            double a = Left.Evaluate(variables, value);
            if (Op is "&&" or "||")
            {
                // Short-circuit, as Tengo does.
                return (Op == "&&") == (a != 0) ? Truth(Right.Evaluate(variables, value) != 0) : Truth(a != 0);
            }

            double b = Right.Evaluate(variables, value);
            return Op switch
            {
                "+" => a + b,
                "-" => a - b,
                "*" => a * b,
                "/" => a / b,
                "%" => a % b,
                "<" => Truth(a < b),
                "<=" => Truth(a <= b),
                ">" => Truth(a > b),
                ">=" => Truth(a >= b),
                "==" => Truth(a == b),
                _ => Truth(a != b),
            };
        }

        private static double Truth(bool value) => value ? 1 : 0;
    }

    private sealed record Call(MathFunction Function, IReadOnlyList<Node> Arguments) : Node(false)
    {
        public override double Evaluate(IReadOnlyDictionary<string, double> variables, double value)
        {
            var args = new double[Arguments.Count];
            for (int i = 0; i < args.Length; i++)
            {
                args[i] = Arguments[i].Evaluate(variables, value);
            }

            return Function.Apply(args);
        }
    }

    private sealed record MathFunction(int Arity, Func<double[], double> Apply);

    private sealed class Parser(string text, IReadOnlyCollection<string> variables, bool leftOperand)
    {
        private static readonly Dictionary<string, MathFunction> Functions = new(StringComparer.Ordinal)
        {
            ["sqrt"] = new(1, a => Math.Sqrt(a[0])),
            ["cbrt"] = new(1, a => Math.Cbrt(a[0])),
            ["abs"] = new(1, a => Math.Abs(a[0])),
            ["pow"] = new(2, a => Math.Pow(a[0], a[1])),
            ["exp"] = new(1, a => Math.Exp(a[0])),
            ["log"] = new(1, a => Math.Log(a[0])),
            ["log10"] = new(1, a => Math.Log10(a[0])),
            ["log2"] = new(1, a => Math.Log2(a[0])),
            ["floor"] = new(1, a => Math.Floor(a[0])),
            ["ceil"] = new(1, a => Math.Ceiling(a[0])),
            ["round"] = new(1, a => Math.Round(a[0], MidpointRounding.AwayFromZero)),
            ["trunc"] = new(1, a => Math.Truncate(a[0])),
            ["min"] = new(2, a => Math.Min(a[0], a[1])),
            ["max"] = new(2, a => Math.Max(a[0], a[1])),
        };

        private static readonly Dictionary<string, double> Constants = new(StringComparer.Ordinal)
        {
            ["pi"] = Math.PI,
            ["e"] = Math.E,
        };

        private readonly bool _comparesValue = leftOperand;
        private int _pos;
        private bool _leftOperandPending = leftOperand;

        public Node ParseAll()
        {
            SkipSpace();
            if (_pos >= text.Length && !_leftOperandPending)
            {
                throw Error("is empty");
            }

            var node = Or();
            if (_comparesValue && !node.IsCondition)
            {
                throw Error("must compare, such as '> 8'");
            }

            SkipSpace();
            if (_pos < text.Length)
            {
                throw Error($"'{text[_pos]}' is not expected here", _pos);
            }

            return node;
        }

        private Node Or()
        {
            var left = And();
            while (Accept("||"))
            {
                left = Logical("||", left, And());
            }

            return left;
        }

        private Node And()
        {
            var left = Comparison();
            while (Accept("&&"))
            {
                left = Logical("&&", left, Comparison());
            }

            return left;
        }

        private Node Comparison()
        {
            var left = Sum();
            foreach (string op in (string[])["<=", ">=", "==", "!=", "<", ">"])
            {
                int at = _pos;
                if (Accept(op))
                {
                    var right = Sum();
                    return new Binary(op, Numeric(left, op, at), Numeric(right, op, at));
                }
            }

            return left;
        }

        private Node Sum()
        {
            var left = Product();
            while (true)
            {
                int at = Peek();
                if (Accept("+") || Accept("-"))
                {
                    string op = text[at].ToString();
                    left = new Binary(op, Numeric(left, op, at), Numeric(Product(), op, at));
                }
                else
                {
                    return left;
                }
            }
        }

        private Node Product()
        {
            var left = UnaryOp();
            while (true)
            {
                int at = Peek();
                if (Accept("*") || Accept("/") || Accept("%"))
                {
                    string op = text[at].ToString();
                    left = new Binary(op, Numeric(left, op, at), Numeric(UnaryOp(), op, at));
                }
                else
                {
                    return left;
                }
            }
        }

        private Node UnaryOp()
        {
            int at = Peek();
            if (!_leftOperandPending && at < text.Length && text[at] is '-' or '+' or '!' && !(text[at] == '!' && at + 1 < text.Length && text[at + 1] == '='))
            {
                _pos = at + 1;
                char op = text[at];
                var operand = UnaryOp();
                if (op == '!' != operand.IsCondition)
                {
                    throw Error(op == '!' ? "'!' needs a comparison after it" : $"'{op}' needs a number after it", at);
                }

                return new Unary(op, operand);
            }

            return Primary();
        }

        private Node Primary()
        {
            if (_leftOperandPending)
            {
                _leftOperandPending = false;
                return new LeftOperand();
            }

            int at = Peek();
            if (at >= text.Length)
            {
                throw Error("ends where a number or a name is expected", at);
            }

            char c = text[at];
            if (c == '(')
            {
                _pos = at + 1;
                var inner = Or();
                Expect(')', "a ')'");
                return inner;
            }

            if (char.IsAsciiDigit(c) || c == '.')
            {
                return NumberAt(at);
            }

            if (char.IsAsciiLetter(c) || c == '_')
            {
                return NameAt(at);
            }

            throw Error($"'{c}' is not expected here", at);
        }

        private Number NumberAt(int at)
        {
            int end = at;
            while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == '.'))
            {
                end++;
            }

            if (end < text.Length && text[end] is 'e' or 'E')
            {
                int exponent = end + 1;
                if (exponent < text.Length && text[exponent] is '+' or '-')
                {
                    exponent++;
                }

                if (exponent < text.Length && char.IsAsciiDigit(text[exponent]))
                {
                    end = exponent;
                    while (end < text.Length && char.IsAsciiDigit(text[end]))
                    {
                        end++;
                    }
                }
            }

            string literal = text[at..end];
            if (!double.TryParse(literal, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out double number))
            {
                throw Error($"'{literal}' is not a number", at);
            }

            _pos = end;
            return new Number(number);
        }

        private Node NameAt(int at)
        {
            int end = at;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '.'))
            {
                end++;
            }

            string name = text[at..end];
            _pos = end;
            if (name.StartsWith("math.", StringComparison.Ordinal))
            {
                string member = name[5..];
                if (Constants.TryGetValue(member, out double constant))
                {
                    return new Number(constant);
                }

                if (!Functions.TryGetValue(member, out var function))
                {
                    throw Error($"'{name}' is not a function PaperLint knows (it knows math.{string.Join(", math.", Functions.Keys)}, math.pi and math.e)", at);
                }

                Expect('(', $"a '(' after {name}");
                var arguments = new List<Node>();
                if (Peek() < text.Length && text[Peek()] != ')')
                {
                    do
                    {
                        int argument = Peek();
                        arguments.Add(Numeric(Or(), name, argument));
                    }
                    while (Accept(","));
                }

                Expect(')', $"a ')' to close {name}(");
                if (arguments.Count != function.Arity)
                {
                    throw Error($"{name} takes {function.Arity} {(function.Arity == 1 ? "argument" : "arguments")}, not {arguments.Count}", at);
                }

                return new Call(function, arguments);
            }

            // Vale writes heading.h2 for the variable heading_h2.
            string variable = name.Replace('.', '_');
            if (!variables.Contains(variable))
            {
                throw Error($"unknown variable '{name}' (expected one of: {string.Join(", ", variables)})", at);
            }

            return new Variable(variable);
        }

        private Node Logical(string op, Node left, Node right) =>
            left.IsCondition && right.IsCondition
                ? new Binary(op, left, right)
                : throw Error($"'{op}' joins comparisons, not numbers");

        private Node Numeric(Node node, string op, int at) =>
            node.IsCondition ? throw Error($"'{op}' needs numbers, not a comparison", at) : node;

        private void Expect(char c, string what)
        {
            int at = Peek();
            if (at >= text.Length || text[at] != c)
            {
                throw Error(at >= text.Length ? $"ends where {what} is expected" : $"'{text[at]}' is where {what} is expected", at);
            }

            _pos = at + 1;
        }

        private bool Accept(string op)
        {
            int at = Peek();
            if (string.CompareOrdinal(text, at, op, 0, op.Length) != 0)
            {
                return false;
            }

            _pos = at + op.Length;
            return true;
        }

        private int Peek()
        {
            SkipSpace();
            return _pos;
        }

        private void SkipSpace()
        {
            while (_pos < text.Length && char.IsWhiteSpace(text[_pos]))
            {
                _pos++;
            }
        }

        private FormatException Error(string message, int? at = null) =>
            new(at is { } position ? $"at character {position + 1}: {message}" : message);
    }
}
