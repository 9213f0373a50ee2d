using PolicyKB.Core;
using PolicyKB.Rules;

namespace PolicyKB.Extract.Owners;

/// <summary>Writes a unit's name as the knowledge base keeps it: region-qualified from the plan's own
/// region and in its official form (市发展改革委 in 柳州市's plan → 柳州市发展和改革委员会; 自治区发展改革委 in
/// 广西's → 广西壮族自治区发展和改革委员会). A name it cannot place is kept as written.</summary>
internal sealed class OwnerNamer(RuleSet rules, DocumentMeta meta)
{
    // Bare level words that stand for "this plan's region" when they open a unit's name (市发展改革委).
    private static readonly string[] LevelWords = ["自治区", "自治州", "省", "市", "州", "盟", "县", "区", "旗"];

    // A level word followed by these is a word of its own, not a prefix (市场监管局, 区域, 省级 …).
    private static readonly string[] NotPrefixes = ["市场", "市政", "区域", "县域", "市域", "省级", "市级", "县级", "区级", "州级"];

    // The plan's region as the catalog names it; a place the catalog lacks (湄潭县, 苏州工业园区) as the plan does.
    private readonly string? _region = meta.Region is { } name ? rules.Regions.Find(name)?.Name ?? name : null;

    // A national plan's bare 生态环境部 is the ministry: no region to add.
    private readonly bool _national = meta.Level == "national";

    public string Name(string written)
    {
        var name = Clean(TextFold.ForMatch(written));
        if (name.Length < 2)
            return name;

        // 柳州市发改委: a region's own name opens it
        for (var length = Math.Min(name.Length - 2, 12); length >= 2; length--)
            if (rules.Regions.Find(name[..length]) is { } region
                && Official(name[length..]) is { } known)
                return region.Name + known;

        // 市发改委, 自治区生态环境厅, 市委宣传部: a bare level word means the plan's region
        foreach (var level in LevelWords)
        {
            if (!name.StartsWith(level, StringComparison.Ordinal) || NotPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)))
                continue;
            var rest = name[level.Length..];
            var party = rest.StartsWith('委') && rest.Length > 2 ? "委" : "";   // 市委宣传部
            var core = rest[party.Length..];
            if (core.Length < 2)
                continue;
            var prefix = _region is not null && _region.EndsWith(level, StringComparison.Ordinal) ? _region : level;
            return prefix + party + (Official(core) ?? core);
        }
        // 经发委, 生态环境局 with no place at all (a park's plan names its own bodies so): the plan's region's
        if (rules.Departments.Resolve(name) is { IsSector: false } bare && _region is not null && !_national && !IsEnterprise(bare.Department))
            return _region + bare.Official;
        return Official(name) ?? name;
    }

    /// <summary>供电局, 供电公司: a department whose sector is 企业 (电网企业) is an enterprise working in the
    /// region, not one of its bodies.</summary>
    private static bool IsEnterprise(DepartmentRule department) =>
        department.Sectors.Any(s => s.EndsWith("企业", StringComparison.Ordinal));

    /// <summary>The official form of a region-less name, or null when departments.yaml lacks it
    /// (a sector name such as 生态环境部门 stays as written).</summary>
    private string? Official(string core) =>
        rules.Departments.Resolve(core) is { IsSector: false } found ? found.Official : rules.Departments.Resolve(core)?.Official;

    /// <summary>Whitespace out, a trailing remark in brackets out (市财政局(金融办) → 市财政局, 市工信局（排名第一的 →
    /// 市工信局), 等 out.</summary>
    public static string Clean(string name)
    {
        if (name.AsSpan().ContainsAny(Whitespace))
            name = string.Concat(name.Where(c => !char.IsWhiteSpace(c)));
        var open = name.AsSpan().IndexOfAny(Brackets);
        // a remark closing the name, or one a line break cut off (市工信局（排名第一的): no name goes on in a bracket never closed
        if (open >= 2 && (name[^1] is '）' or ')' || name.AsSpan(open).IndexOfAny('）', ')') < 0))
            name = name[..open];
        foreach (var tail in Tails)
            if (name.EndsWith(tail, StringComparison.Ordinal) && name.Length > tail.Length + 1)
            {
                name = name[..^tail.Length];
                break;
            }
        return name.AsSpan().Trim(Punctuation) is var trimmed && trimmed.Length == name.Length ? name : trimmed.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Whitespace = System.Buffers.SearchValues.Create(" \t\n\r\u3000\u00a0");
    private static readonly System.Buffers.SearchValues<char> Brackets = System.Buffers.SearchValues.Create("（(");
    private static readonly string[] Tails = ["等有关单位", "等有关部门", "等单位", "等部门", "等"];
    private const string Punctuation = "，,、；;。 ";
}
