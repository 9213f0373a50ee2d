namespace PolicyKB.Rules;

/// <summary>Items grouped by the first or last character of their word, each group in the items' order: a scan
/// standing at a character tries only the words that can start or end there. Null when a word is empty (it
/// starts and ends everywhere): then every item must be tried.</summary>
/// <remarks>Loops, not LINQ: <see cref="MetricTaxonomy"/> builds its groups in every cold `kb ask`, where the
/// runtime would compile LINQ's value-type instantiations on first use (and an array's interface enumerator:
/// the items come as an array).</remarks>
public static class CharGroups
{
    public static Dictionary<char, T[]>? ByFirst<T>(T[] items, Func<T, string> word) =>
        Group(items, word, last: false);

    public static Dictionary<char, T[]>? ByLast<T>(T[] items, Func<T, string> word) =>
        Group(items, word, last: true);

    private static Dictionary<char, T[]>? Group<T>(T[] items, Func<T, string> word, bool last)
    {
        var groups = new Dictionary<char, List<T>>();
        foreach (var item in items)
        {
            var w = word(item);
            if (w.Length == 0)
                return null;
            var key = last ? w[^1] : w[0];
            if (!groups.TryGetValue(key, out var group))
                groups[key] = group = [];
            group.Add(item);
        }
        var result = new Dictionary<char, T[]>(groups.Count);
        foreach (var (key, group) in groups)
            result[key] = group.ToArray();
        return result;
    }
}
