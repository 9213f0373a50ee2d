using PolicyKB.Extract.Text;
using PolicyKB.Rules;

namespace PolicyKB.Extract.Owners;

/// <summary>Tells whether a piece of text names a body (a department, an office, a leading group …):
/// by departments.yaml, or by how such names end (owners.yaml org_suffixes).</summary>
internal sealed class BodyNames(RuleSet rules)
{
    private const int MaxLength = 32;

    // Generic references are not names: 其他有关部门, 相关单位 …
    private static readonly WordScan Generic = new(["其他", "其它", "其余", "有关", "相关", "上述", "以上", "下列", "主要",
        "各级", "各地", "各部门", "各有关", "各相关", "全区各级", "全市各级", "全省各级", "全县各级"]);

    // Level words that open a unit's name (市发展改革委, 县农业农村局); see OwnerNamer.
    private static readonly string[] LevelWords = ["自治区", "自治州", "省", "市", "州", "盟", "县", "区", "旗", "全区", "全市", "全省", "各"];

    // How a name can end: the last characters of suffixes and department names (局, 委, 会, 组, 门 …);
    // positions ending otherwise need no closer look.
    private readonly System.Buffers.SearchValues<char> _lastChars = System.Buffers.SearchValues.Create(
        rules.Owners.OrgSuffixes.Concat(rules.Departments.Names).Where(n => n.Length > 0).Select(n => n[^1]).Distinct().ToArray());
    // The label words and the org suffixes by their last character, in file order (a name is tested
    // against only those ending as it does); null when one is empty and so ends every name.
    private readonly string[] _markerWords = rules.Owners.Markers.Select(m => m.Word).ToArray();
    private readonly Dictionary<char, string[]>? _markersByLast = CharGroups.ByLast(rules.Owners.Markers.Select(m => m.Word).ToArray(), w => w);
    private readonly string[] _suffixList = rules.Owners.OrgSuffixes.ToArray();
    private readonly Dictionary<char, string[]>? _suffixesByLast = CharGroups.ByLast(rules.Owners.OrgSuffixes.ToArray(), w => w);

    // A name does not open with a verb: 加强…, 优化区域布局, 加快与成渝大数据中心 are not names. A WordScan:
    // every candidate name is tested against them, and a name's first character rules out most at once.
    private readonly WordScan _verbs = new(rules.Owners.DutyLeadIns
        .Concat(rules.Patterns.Directions.Select(d => d.Word).Where(w => w.Length >= 2))
        .Concat(rules.Patterns.MetricCutAfter)
        .Concat(rules.Patterns.MeasureKinds.SelectMany(k => k.Words))
        .Concat(["加快", "优化", "完善", "建立", "健全", "构建", "深化", "坚持", "积极", "大力", "全面", "持续", "围绕", "聚焦"])
        .Distinct());

    /// <summary>Whether <paramref name="text"/> (folded) is a body's name as a whole.</summary>
    public bool IsName(string text)
    {
        // loops, not LINQ: this runs for every candidate end of a name in every clause
        var name = OwnerNamer.Clean(text);
        if (name.Length < 2 || name.Length > MaxLength || Generic.StartsAt(name, 0))
            return false;
        foreach (var marker in Ending(_markersByLast, _markerWords, name))
            if (name.AsSpan().EndsWith(marker, StringComparison.Ordinal))
                return false;   // 牵头单位, 责任部门 are labels, not names
        if (!OnlyNameChars(name) || _verbs.StartsAt(name, 0) || name[0] is '（' or '(' or '）' or ')')
            return false;
        if (Known(name))
            return true;
        // A suffix alone names nothing; 部门 names only a known sector (生态环境部门). A short suffix
        // (局, 委, 中心) needs the name to open with a region or level word (市…局, 广西电网…): 布局, 格局,
        // 大数据中心 are no units.
        foreach (var suffix in Ending(_suffixesByLast, _suffixList, name))
            if (name.AsSpan().EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length + 1 && suffix != "部门" && suffix != "部")
                return suffix.Length >= 3 || OpensWithPlace(name);
        return false;
    }

    /// <summary>The words of <paramref name="byLast"/> ending in <paramref name="name"/>'s last character
    /// (<paramref name="all"/> when there is no such table).</summary>
    private static string[] Ending(Dictionary<char, string[]>? byLast, string[] all, string name) =>
        byLast is null ? all : byLast.GetValueOrDefault(name[^1], []);

    /// <summary>Only name characters, and as many closing brackets as opening ones.</summary>
    private static bool OnlyNameChars(string name)
    {
        var depth = 0;
        foreach (var c in name)
        {
            if (!IsNameChar(c))
                return false;
            if (c is '（' or '(')
                depth++;
            else if (c is '）' or ')')
                depth--;
        }
        return depth == 0;
    }

    private bool OpensWithPlace(string name)
    {
        if (LevelWords.Any(l => name.StartsWith(l, StringComparison.Ordinal)))
            return true;
        for (var length = Math.Min(name.Length - 1, 8); length >= 2; length--)
            if (rules.Regions.Find(name[..length]) is not null)
                return true;
        return false;
    }

    /// <summary>The shortest body name starting at <paramref name="start"/> that <paramref name="followedBy"/>
    /// accepts the text after; null when there is none.</summary>
    public int? EndOfNameAt(string text, int start, int end, Func<int, bool> followedBy)
    {
        var limit = Math.Min(end, start + MaxLength);
        for (var e = start + 2; e <= limit; e++)
        {
            var last = text[e - 1];
            if (!IsNameChar(last))
                return null;
            if (_lastChars.Contains(last) && followedBy(e) && IsName(text[start..e]))
                return e;
        }
        return null;
    }

    private bool Known(string name)
    {
        for (var i = 0; i < name.Length - 1; i++)
            if (rules.Departments.Resolve(name.AsSpan(i)) is not null)
                return true;
        return false;
    }

    private static bool IsNameChar(char c) =>
        c is (>= '\u4e00' and <= '\u9fff') or '、' or '（' or '）' or '(' or ')' || char.IsAsciiLetter(c);
}
