using PolicyKB.Core;
using YamlDotNet.RepresentationModel;

namespace PolicyKB.Rules;

/// <summary>The region hierarchy of rules/regions.yaml: lookup by full or short name (Traditional
/// forms fold to Simplified), parents, and the best region mentioned in a title.</summary>
public sealed class RegionCatalog
{
    private static readonly string[] LevelOrder = ["national", "province", "city", "county", "district"];
    public static IReadOnlyList<string> Levels => LevelOrder;
    private static readonly string[] Keys = ["name", "short", "level", "parent"];

    private readonly Dictionary<string, Region> _byName;
    private readonly Dictionary<string, Region> _byShort;
    // Folded full and short names → region; the flag says whether the key is a full name.
    private readonly Dictionary<string, (Region Region, bool Full)> _keys;
    private readonly Dictionary<string, (Region Region, bool Full)>.AlternateLookup<ReadOnlySpan<char>> _keySpans;
    private readonly int _longestKey;

    private RegionCatalog(IReadOnlyList<Region> regions)
    {
        All = regions;
        _byName = regions.ToDictionary(r => TextFold.ForMatch(r.Name));
        _byShort = [];
        foreach (var region in regions)
            foreach (var name in region.ShortNames)
                _byShort.Add(TextFold.ForMatch(name), region);   // throws on a short name given twice, as ToDictionary did
        _keys = new Dictionary<string, (Region, bool)>();
        foreach (var (key, region) in _byShort)
            _keys[key] = (region, false);
        foreach (var (key, region) in _byName)
            _keys[key] = (region, true);
        _keySpans = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestKey = _keys.Keys.Max(k => k.Length);
    }

    public IReadOnlyList<Region> All { get; }

    /// <summary>Reads and validates a regions file; every problem is reported at once with its line.</summary>
    public static RegionCatalog Load(string path) => Parse(YamlSource.ReadText(path), path);

    /// <summary>Parses regions YAML; <paramref name="file"/> names it in errors.</summary>
    public static RegionCatalog Parse(string yaml, string file)
    {
        if (YamlSource.Root(yaml, file) is not YamlSequenceNode root)
            throw new KbException("地区文件应为列表（每项以 “- name:” 开始）", file, 1);

        var errors = new List<(int Line, string Message)>();
        var regions = new List<(Region Region, int Line)>();
        foreach (var node in root.Children)
            if (ReadEntry(node, errors) is { } entry)
                regions.Add(entry);
        CrossCheck(regions, errors);
        YamlSource.ThrowIfAny(errors, file);
        return new RegionCatalog(regions.Select(r => r.Region).ToList());
    }

    private static (Region, int)? ReadEntry(YamlNode node, List<(int, string)> errors)
    {
        var line = YamlSource.Line(node);
        if (node is not YamlMappingNode map)
        {
            errors.Add((line, "每个地区应为 name/short/level/parent 映射"));
            return null;
        }
        string? name = null, level = null, parent = null;
        var shorts = new List<string>();
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            var keyLine = YamlSource.Line(keyNode);
            switch (key)
            {
                case "name": name = Scalar(value, key, errors); break;
                case "level": level = Scalar(value, key, errors); break;
                case "parent": parent = Scalar(value, key, errors); break;
                case "short":
                    if (value is YamlSequenceNode list)
                        shorts.AddRange(list.Children.Select(c => Scalar(c, key, errors)).OfType<string>());
                    else if (Scalar(value, key, errors) is { } one)
                        shorts.Add(one);
                    break;
                default:
                    errors.Add((keyLine, $"未知的键“{key}”（可用：{string.Join("、", Keys)}）"));
                    break;
            }
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add((line, "缺少 name"));
            return null;
        }
        if (level is null || !Levels.Contains(level))
            errors.Add((line, $"“{name}”的 level 应为 {string.Join(" | ", Levels)}，实为“{level}”"));
        return (new Region(name, shorts, level ?? "", string.IsNullOrWhiteSpace(parent) ? null : parent), line);
    }

    private static string? Scalar(YamlNode node, string key, List<(int, string)> errors)
    {
        if (node is YamlScalarNode scalar)
            return scalar.Value?.Trim();
        errors.Add((YamlSource.Line(node), $"{key} 的值应为文字"));
        return null;
    }

    private static void CrossCheck(List<(Region Region, int Line)> regions, List<(int, string)> errors)
    {
        var names = new Dictionary<string, int>();
        foreach (var (region, line) in regions)
            if (!names.TryAdd(region.Name, line))
                errors.Add((line, $"地区“{region.Name}”重复定义（首次在第{names[region.Name]}行）"));
        var shortOwners = new Dictionary<string, string>();
        foreach (var (region, line) in regions)
            foreach (var shortName in region.ShortNames)
            {
                if (names.ContainsKey(shortName) && shortName != region.Name)
                    errors.Add((line, $"简称“{shortName}”与另一地区的全称相同"));
                else if (!shortOwners.TryAdd(shortName, region.Name) && shortOwners[shortName] != region.Name)
                    errors.Add((line, $"简称“{shortName}”已属于“{shortOwners[shortName]}”"));
            }
        foreach (var (region, line) in regions)
            if (region.Parent is { } parent && !names.ContainsKey(parent))
                errors.Add((line, $"“{region.Name}”的上级“{parent}”未定义"));
    }

    /// <summary>The region with this full or short name (Traditional forms accepted), or null.</summary>
    public Region? Find(string nameOrShort)
    {
        var key = TextFold.ForMatch(nameOrShort.Trim());
        return _byName.GetValueOrDefault(key) ?? _byShort.GetValueOrDefault(key);
    }

    public Region? Parent(Region region) => region.Parent is { } p ? _byName.GetValueOrDefault(TextFold.ForMatch(p)) : null;

    /// <summary>The regions directly under this one (a province's cities, a city's counties).</summary>
    public IEnumerable<Region> Children(Region region) => All.Where(r => r.Parent == region.Name);

    /// <summary>Parent, grandparent … up to the country.</summary>
    public IEnumerable<Region> Ancestors(Region region)
    {
        var seen = new HashSet<string> { region.Name };
        for (var p = Parent(region); p is not null && seen.Add(p.Name); p = Parent(p))
            yield return p;
    }

    /// <summary>The region a title or text is about. At each position the longest name wins (full names
    /// before short ones); names inside 《》 count only when nothing outside does; when the names found
    /// form one chain (广西 … 柳州市) the most specific wins, otherwise the first full name.</summary>
    public Region? FindIn(string text)
    {
        var mentions = Mentions(text);
        if (mentions.Count == 0)
            return null;
        var outside = mentions.Where(m => !m.InBookTitle).ToList();
        if (outside.Count > 0)
            mentions = outside;

        var distinct = mentions.Select(m => m.Region).Distinct().ToList();
        foreach (var candidate in distinct.OrderByDescending(r => Array.IndexOf(LevelOrder, r.Level)))
        {
            var chain = Ancestors(candidate).Select(a => a.Name).Append(candidate.Name).ToHashSet();
            if (distinct.All(r => chain.Contains(r.Name)))
                return candidate;
        }
        return (mentions.FirstOrDefault(m => m.Full) ?? mentions[0]).Region;
    }

    /// <summary>Every region named in a text, in order: at each position the longest name wins (full
    /// names before short ones). Start and Length are offsets in <paramref name="text"/>.</summary>
    public List<(Region Region, int Start, int Length)> FindAll(string text)
    {
        // A loop, not LINQ's Select over value tuples: the ReadyToRun image lacks that instantiation, which a
        // cold `kb ask` compiled (about 6 methods).
        var mentions = Mentions(text);
        var found = new List<(Region Region, int Start, int Length)>(mentions.Count);
        foreach (var m in mentions)
            found.Add((m.Region, m.Start, m.Length));
        return found;
    }

    private sealed record Mention(Region Region, int Start, int Length, bool Full, bool InBookTitle);

    private List<Mention> Mentions(string text)
    {
        var folded = TextFold.ForMatch(text).AsSpan();
        var found = new List<Mention>();
        var bookDepth = 0;
        for (var i = 0; i < folded.Length;)
        {
            switch (folded[i])
            {
                case '《': bookDepth++; break;
                case '》': bookDepth = Math.Max(0, bookDepth - 1); break;
            }
            var matched = 0;
            for (var length = Math.Min(_longestKey, folded.Length - i); length >= 2; length--)
            {
                if (_keySpans.TryGetValue(folded.Slice(i, length), out var hit))
                {
                    found.Add(new Mention(hit.Region, i, length, hit.Full, bookDepth > 0));
                    matched = length;
                    break;
                }
            }
            i += Math.Max(1, matched);
        }
        return found;
    }
}
