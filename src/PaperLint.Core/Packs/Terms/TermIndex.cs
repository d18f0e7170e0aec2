using PaperLint.Core.Model;

namespace PaperLint.Core.Packs.Terms;

/// <summary>
/// The plain terms of many pattern sets (every pack rule of a run) in one trie over case-folded characters, so
/// that one pass over a document finds them all. A pass tries the trie at each word start and records, for each
/// set, the term a regular expression <c>(?&lt;!\w)(?:t1|t2|…)(?!\w)</c> would match there: of the terms that end
/// at a word end, the one that comes first in the set. How long a pass takes depends on the text and on how far
/// the trie follows it, not on how many terms there are.
/// </summary>
internal sealed class TermIndex
{
    private readonly Dictionary<long, int> _next = [];
    private readonly List<Terminal[]?> _terminals = [null];
    private readonly Dictionary<PatternSet, int> _owners = new(ReferenceEqualityComparer.Instance);

    // The first two steps from a word start, which every word of a text takes, by ASCII character from a table: the
    // root's and each of its children's next nodes (0: none, as no step leads back to the root), at _steps[slot * 128 + c]
    // for the node's slot in _slots (-1: the dictionary alone).
    private readonly int[] _slots;
    private readonly int[] _steps;

    public TermIndex(IEnumerable<PatternSet> sets)
    {
        foreach (var set in sets)
        {
            if (set.Terms.Count == 0 || _owners.ContainsKey(set))
            {
                continue;
            }

            int owner = _owners.Count;
            _owners[set] = owner;
            foreach (var (ordinal, term) in set.Terms)
            {
                Add(term, new Terminal(owner, ordinal, set.IgnoreCase ? null : term));
            }
        }

        (_slots, _steps) = FirstSteps();
    }

    private (int[] Slots, int[] Steps) FirstSteps()
    {
        var slots = new int[_terminals.Count];
        Array.Fill(slots, -1);
        int count = 0;
        slots[0] = count++;
        foreach (var key in _next.Keys)
        {
            if (key >> 16 == 0)
            {
                slots[_next[key]] = count++;
            }
        }

        var steps = new int[count * 128];
        foreach (var (key, next) in _next)
        {
            int node = (int)(key >> 16);
            char c = (char)(key & 0xFFFF);
            if (c < 128 && slots[node] >= 0)
            {
                steps[(slots[node] * 128) + c] = next;
            }
        }

        return (slots, steps);
    }

    /// <summary>The node after <paramref name="node"/> by the folded character <paramref name="c"/>, or 0 when there is none.</summary>
    private int Step(int node, char c)
    {
        int slot = _slots[node];
        if (c < 128 && slot >= 0)
        {
            return _steps[(slot * 128) + c];
        }

        return _next.TryGetValue(Key(node, c), out int next) ? next : 0;
    }

    /// <summary>How many sets the index serves.</summary>
    public int Owners => _owners.Count;

    /// <summary>The number <paramref name="set"/> has in this index, or -1 when the index does not hold its terms.</summary>
    public int OwnerOf(PatternSet set) => _owners.TryGetValue(set, out int owner) ? owner : -1;

    /// <summary>Every set's terms in every block of <paramref name="document"/>, in one pass.</summary>
    public TermScan Scan(Document document)
    {
        var blocks = document.Blocks;
        var inBlocks = new List<int>?[Owners];
        var found = new List<TermHit[]>?[Owners];
        var current = new List<TermHit>?[Owners];
        for (int b = 0; b < blocks.Count; b++)
        {
            ScanText(blocks[b].Text, current);
            for (int o = 0; o < current.Length; o++)
            {
                if (current[o] is { Count: > 0 } hits)
                {
                    (inBlocks[o] ??= []).Add(b);
                    (found[o] ??= []).Add([.. hits]);
                    hits.Clear();
                }
            }
        }

        return new TermScan(inBlocks, found);
    }

    /// <summary>The terms of every set in one text, by set (null for a set with none).</summary>
    private TermHit[]?[]? _none;

    internal TermHit[]?[] ScanAll(string text)
    {
        var current = new List<TermHit>?[Owners];
        ScanText(text, current);
        if (Array.TrueForAll(current, found => found is not { Count: > 0 }))
        {
            // Most paragraphs hold no term of any set: they share one answer, which nobody writes to.
            return _none ??= new TermHit[]?[Owners];
        }

        var hits = new TermHit[]?[Owners];
        for (int o = 0; o < hits.Length; o++)
        {
            hits[o] = current[o] is { Count: > 0 } found ? [.. found] : null;
        }

        return hits;
    }

    /// <summary>The terms of set <paramref name="owner"/> in one text outside the document's blocks (a Vale style's alt text).</summary>
    public TermHit[] ScanOne(string text, int owner)
    {
        var current = new List<TermHit>?[Owners];
        ScanText(text, current);
        return current[owner] is { } hits ? [.. hits] : [];
    }

    private void ScanText(string text, List<TermHit>?[] current)
    {
        bool previousIsWord = false;
        for (int i = 0; i < text.Length; i++)
        {
            bool isWord = WordChars.Is(text[i]);
            bool wordStart = isWord && !previousIsWord;
            previousIsWord = isWord;
            if (!wordStart)
            {
                continue;
            }

            int node = 0;
            for (int j = i; j < text.Length; j++)
            {
                node = Step(node, CaseFold.Of(text[j]));
                if (node == 0)
                {
                    break;
                }

                if (_terminals[node] is { } terminals && (j + 1 == text.Length || !WordChars.Is(text[j + 1])))
                {
                    Record(text, i, j + 1 - i, terminals, current);
                }
            }
        }
    }

    private static void Record(string text, int start, int length, Terminal[] terminals, List<TermHit>?[] current)
    {
        foreach (var terminal in terminals)
        {
            if (terminal.Exact is { } exact && !text.AsSpan(start, length).SequenceEqual(exact))
            {
                continue;
            }

            var hits = current[terminal.Owner] ??= [];
            // At one start the set's regular expression takes the first alternative that matches, not the longest.
            if (hits.Count > 0 && hits[^1].Start == start)
            {
                if (terminal.Ordinal < hits[^1].Ordinal)
                {
                    hits[^1] = new TermHit(start, length, terminal.Ordinal);
                }
            }
            else
            {
                hits.Add(new TermHit(start, length, terminal.Ordinal));
            }
        }
    }

    private void Add(string term, Terminal terminal)
    {
        int node = 0;
        foreach (char c in term)
        {
            long key = Key(node, CaseFold.Of(c));
            if (!_next.TryGetValue(key, out int next))
            {
                next = _terminals.Count;
                _terminals.Add(null);
                _next[key] = next;
            }

            node = next;
        }

        var existing = _terminals[node];
        _terminals[node] = existing is null ? [terminal] : [.. existing, terminal];
    }

    private static long Key(int node, char c) => ((long)node << 16) | c;

    /// <summary>A term's end: which set it belongs to, its ordinal there, and for a case-sensitive set its exact text.</summary>
    private readonly record struct Terminal(int Owner, int Ordinal, string? Exact);
}
