namespace PaperLint.Core.Citations;

/// <summary>
/// Items (reference entries, citations) filed under a name, so that those whose name is the same surname as another
/// (<see cref="NameWords.SameSurname"/>) are looked up, not searched for: a paper with thousands of citations and
/// hundreds of entries would otherwise compare each with each.
/// </summary>
/// <remarks>
/// Two names are one surname when their keys (<see cref="NameWords.Key"/>) are equal or one ends with a space and the
/// other ("jonathan rose" and "rose"). So an item is filed under its key and under every ending of its key that follows
/// a space; a name's key then finds the items whose key is it or ends with it, and each ending of the name's own key
/// finds the items whose key is that ending. Built once, then only read: safe to share between threads. A name's
/// items are found once and kept: rules ask for the same surname once per citation or entry, and a long paper cites
/// an author hundreds of times.
/// </remarks>
internal sealed class SurnameIndex<T>
{
    private readonly List<T> _items = [];
    private readonly Dictionary<string, List<int>> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> _byEnding = new(StringComparer.Ordinal);
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<T>> _found = new(StringComparer.Ordinal);

    /// <summary>Files <paramref name="item"/> under <paramref name="name"/>; a name with no key matches nothing and is left out.</summary>
    public void Add(string name, T item)
    {
        _found.Clear();
        string key = NameWords.Key(name);
        if (key.Length == 0)
        {
            return;
        }

        int index = _items.Count;
        _items.Add(item);
        File(_byKey, key, index);
        File(_byEnding, key, index);
        for (int space = key.IndexOf(' '); space >= 0; space = key.IndexOf(' ', space + 1))
        {
            File(_byEnding, key[(space + 1)..], index);
        }
    }

    /// <summary>The items whose name is the same surname as <paramref name="name"/>, in the order they were added.</summary>
    public IReadOnlyList<T> Matching(string name) => _found.GetOrAdd(NameWords.Key(name), Find);

    private IReadOnlyList<T> Find(string key)
    {
        var indexes = Indexes(key);
        var found = new T[indexes.Count];
        for (int i = 0; i < found.Length; i++)
        {
            found[i] = _items[indexes[i]];
        }

        return found;
    }

    /// <summary>True when some item's name is the same surname as <paramref name="name"/>.</summary>
    public bool Any(string name)
    {
        // Asked for every capitalised word of a long paper: answered from the maps, without listing the items.
        string key = NameWords.Key(name);
        if (key.Length == 0)
        {
            return false;
        }

        if (_byEnding.ContainsKey(key))
        {
            return true;
        }

        var endings = _byKey.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int space = key.IndexOf(' '); space >= 0; space = key.IndexOf(' ', space + 1))
        {
            if (endings.ContainsKey(key.AsSpan(space + 1)))
            {
                return true;
            }
        }

        return false;
    }

    private List<int> Indexes(string key)
    {
        var indexes = new List<int>();
        if (key.Length == 0)
        {
            return indexes;
        }

        // Keys equal to this one, or ending with a space and this one.
        if (_byEnding.TryGetValue(key, out var ending))
        {
            indexes.AddRange(ending);
        }

        // Keys this one ends with, after a space.
        for (int space = key.IndexOf(' '); space >= 0; space = key.IndexOf(' ', space + 1))
        {
            if (_byKey.TryGetValue(key[(space + 1)..], out var exact))
            {
                indexes.AddRange(exact);
            }
        }

        if (indexes.Count > 1)
        {
            indexes.Sort();
            int kept = 1;
            for (int i = 1; i < indexes.Count; i++)
            {
                if (indexes[i] != indexes[kept - 1])
                {
                    indexes[kept++] = indexes[i];
                }
            }

            indexes.RemoveRange(kept, indexes.Count - kept);
        }

        return indexes;
    }

    private static void File(Dictionary<string, List<int>> map, string key, int index)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        // A key that ends the same way twice ("a a"), filed once.
        if (list.Count == 0 || list[^1] != index)
        {
            list.Add(index);
        }
    }
}
