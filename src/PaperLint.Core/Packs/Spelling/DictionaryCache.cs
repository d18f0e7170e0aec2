using System.Collections.Concurrent;

namespace PaperLint.Core.Packs.Spelling;

/// <summary>
/// Dictionaries read once per process and shared by the rules that name them (a style's rules often name the same
/// en_US), read the first time a document needs them, so listing rules or a run that never reaches them pays nothing.
/// </summary>
internal static class DictionaryCache
{
    private static readonly ConcurrentDictionary<(string Dic, string Aff, DateTime Written), Lazy<HunspellDictionary>> Loaded = new();

    public static HunspellDictionary Get(string dicPath, string affPath)
    {
        var key = (Path.GetFullPath(dicPath), Path.GetFullPath(affPath), File.GetLastWriteTimeUtc(dicPath));
        var lazy = Loaded.GetOrAdd(key, k => new Lazy<HunspellDictionary>(() => HunspellDictionary.Load(dicPath, affPath)));
        try
        {
            return lazy.Value;
        }
        catch
        {
            // A malformed file is reported each time it is needed rather than cached as a broken dictionary.
            Loaded.TryRemove(new KeyValuePair<(string, string, DateTime), Lazy<HunspellDictionary>>(key, lazy));
            throw;
        }
    }
}
