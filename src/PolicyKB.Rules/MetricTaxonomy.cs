namespace PolicyKB.Rules;

/// <summary>The metrics of rules/metrics.yaml. A plan's wording maps to a metric when it contains one of
/// the metric's names; the longest name wins (单位地区生产总值二氧化碳排放 before 二氧化碳排放).</summary>
public sealed class MetricTaxonomy
{
    private readonly Dictionary<string, MetricRule> _byId;
    private readonly (string Name, MetricRule Metric)[] _names;   // longest first

    // The positions in _names of the names ending in each character (ascending: longest first); null when
    // a name is empty (it ends in no character), and Find then tries every name.
    private readonly Dictionary<char, int[]>? _byLast;

    internal MetricTaxonomy(IReadOnlyList<MetricRule> metrics)
    {
        All = metrics;
        _byId = metrics.ToDictionary(m => m.Id, StringComparer.Ordinal);
        // Loops rather than LINQ over (name, metric) tuples: every cold `kb ask` builds this, and the runtime
        // compiles such instantiations on first use (the ReadyToRun image does not hold them).
        var names = new List<(string Name, MetricRule Metric)>();
        foreach (var m in metrics)
        {
            names.Add((Squeeze(m.Name), m));
            foreach (var alias in m.Aliases)
                names.Add((Squeeze(alias), m));
        }
        // Longest first; among names of one length, file order (a stable sort, as OrderByDescending was).
        var order = StableOrder.Of(names.Count, (a, b) => names[b].Name.Length.CompareTo(names[a].Name.Length));
        _names = new (string, MetricRule)[order.Length];
        for (var i = 0; i < order.Length; i++)
            _names[i] = names[order[i]];
        _byLast = CharGroups.ByLast(StableOrder.Positions(_names.Length), i => _names[i].Name);
    }

    public IReadOnlyList<MetricRule> All { get; }

    public MetricRule? Get(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Words a plan may write after a metric's name (单位地区生产总值能耗降低, 节约型机关创建要求).</summary>
    private const int MaxTail = 2;

    // A tail with one of these is a new head noun (…总量比重, …能耗强度): the phrase names something else.
    private const string HeadNoun = "比率量度数额积占";

    /// <summary>The metric named by <paramref name="text"/> (folded, Simplified): the longest name or alias
    /// it contains with at most two characters after it, since a Chinese phrase ends in its head noun
    /// (煤炭消费量占能源消费总量比重 is a share, not 能源消费总量). Null when none is.</summary>
    public MetricRule? Find(string text)
    {
        var squeezed = Squeeze(text);
        if (squeezed.Length == 0)
            return null;
        if (_byLast is null)
        {
            foreach (var (name, metric) in _names)
                if (NamedAtEnd(squeezed, name))
                    return metric;
            return null;
        }
        // A name found ends at one of the last MaxTail + 1 positions, so it ends in one of the characters
        // there: only the names ending in those are tried, each list in order, and the first found in
        // _names' order wins, as when every name was tried.
        var best = int.MaxValue;
        for (var end = squeezed.Length; end >= Math.Max(1, squeezed.Length - MaxTail); end--)
        {
            var last = squeezed[end - 1];
            if (end < squeezed.Length && squeezed.AsSpan(end, squeezed.Length - end).Contains(last))
                continue;   // this character's names were tried already
            if (!_byLast.TryGetValue(last, out var candidates))
                continue;
            foreach (var k in candidates)
            {
                if (k >= best)
                    break;
                if (NamedAtEnd(squeezed, _names[k].Name))
                {
                    best = k;
                    break;
                }
            }
        }
        return best == int.MaxValue ? null : _names[best].Metric;
    }

    /// <summary>Whether <paramref name="name"/> ends at most MaxTail characters before the text does, with
    /// no head noun after its last occurrence.</summary>
    private static bool NamedAtEnd(string squeezed, string name) =>
        LastEnd(squeezed, name) is var end and >= 0 && !squeezed.AsSpan(end).ContainsAny(HeadNoun);

    /// <summary>Where the last occurrence of <paramref name="name"/> ends when it ends at most MaxTail
    /// characters before the text does; -1 otherwise. (A later occurrence ends later, so only the last
    /// MaxTail + 1 end positions need looking at.)</summary>
    private static int LastEnd(string text, string name)
    {
        for (var end = text.Length; end >= Math.Max(name.Length, text.Length - MaxTail); end--)
            if (text.AsSpan(end - name.Length, name.Length).SequenceEqual(name))
                return end;
        return -1;
    }

    /// <summary>Whether <paramref name="text"/> is exactly a metric's name or alias.</summary>
    public bool IsName(string text)
    {
        var squeezed = Squeeze(text);
        return _names.Any(n => n.Name == squeezed);
    }

    /// <summary>Every name a metric is known by, for question analysis.</summary>
    public ReadOnlySpan<(string Name, MetricRule Metric)> Names => _names;

    internal static string Squeeze(string text) =>
        text.Any(char.IsWhiteSpace) ? string.Concat(text.Where(c => !char.IsWhiteSpace(c))) : text;
}
