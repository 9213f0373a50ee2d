using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PolicyKB.Rules;

namespace PolicyKB.CorpusGen;

/// <summary>Rewrites one template's text for one generated plan: its regions renamed (full and short
/// names, the city and province above), target numbers jittered, issue years shifted. Matching runs on
/// the folded text (<see cref="TextFold.ForMatch"/>, same length), so Traditional and full-width text
/// (廈門市, ２０２２) is rewritten too.</summary>
public sealed partial class TextRewriter
{
    // A number followed by a unit or a count word: the values of targets and measures (14.5%, 5家, 800万千瓦).
    // Years are followed by 年 (not listed) and stay; heading numbers (1.) have no unit.
    [GeneratedRegex(@"(?<![\d.])\d+(?:\.\d+)?(?=\s?(?:%|个百分点|万|亿|千|百|吨|个|家|座|辆|台|户|项|处|条|公里|平方|立方|兆|米|瓦|小时|元|人|所|倍|标准))")]
    private static partial Regex Quantity();

    // Issue and period years 2021-2024 (2020 baselines and 2025/2030/2060 milestones stay).
    [GeneratedRegex(@"(?<!\d)202[1-4](?!\d)")]
    private static partial Regex IssueYear();

    private readonly Regex? _names;
    private readonly Dictionary<string, string> _map;
    private readonly Random _random;
    private readonly int _yearShift;

    public TextRewriter(Template template, IReadOnlyDictionary<string, RegionNames> target, Random random, int yearShift)
    {
        _random = random;
        _yearShift = yearShift;
        _map = new Dictionary<string, string>(StringComparer.Ordinal);
        // A level the target lacks (a county named in a section borrowed into a city's plan) becomes the
        // target's own region.
        var own = target.Values.MaxBy(n => Template.Rank(n.Level == "district" ? "county" : n.Level))!;
        foreach (var (level, from) in template.Names)
        {
            var to = target.GetValueOrDefault(level) ?? own;
            _map.TryAdd(from.Full, to.Full);
            if (from.Short != from.Full)
                _map.TryAdd(from.Short, to.Short);
        }
        if (template.Names.TryGetValue("province", out var fromProvince) && target.TryGetValue("province", out var toProvince))
            AddProvinceWords(fromProvince.Full, toProvince.Full, template.Level == "province");
        _names = _map.Count == 0 ? null : new Regex(
            string.Join('|', _map.Keys.OrderByDescending(k => k.Length).ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape)));
    }

    /// <summary>Regions renamed, numbers jittered, years shifted.</summary>
    public string Rewrite(string text) => Years(Numbers(Names(text)));

    /// <summary>Regions renamed and years shifted, numbers kept (titles, issuers).</summary>
    public string RewriteNames(string text) => Years(Names(text));

    public string Years(string text) => _yearShift == 0 ? text : Replace(text, IssueYear(), m =>
        (int.Parse(m.Value, CultureInfo.InvariantCulture) + _yearShift) is var y and >= 2021 and <= 2024
            ? y.ToString(CultureInfo.InvariantCulture)
            : null);

    private string Names(string text) => _names is null ? text : Replace(text, _names, m => _map[m.Value]);

    private string Numbers(string text) => Replace(text, Quantity(), m =>
    {
        var value = decimal.Parse(m.Value, CultureInfo.InvariantCulture);
        if (value == 0)
            return null;
        var decimals = m.Value.Contains('.') ? m.Value.Length - m.Value.IndexOf('.') - 1 : 0;
        var jittered = Math.Round(value * (decimal)(0.85 + 0.3 * _random.NextDouble()), decimals);
        if (value <= 100 && jittered >= 100)      // a share stays a share
            jittered = value;
        if (jittered <= 0)
            jittered = value;
        return jittered.ToString("F" + decimals, CultureInfo.InvariantCulture);
    });

    // Province-level wording follows the kind of province: 自治区下达 in 柳州's plan becomes 省下达 under a
    // 省; a province's own plan also says 全区/我区 for itself.
    private void AddProvinceWords(string from, string to, bool provincePlan)
    {
        var fromAutonomous = from.EndsWith("自治区", StringComparison.Ordinal);
        var toAutonomous = to.EndsWith("自治区", StringComparison.Ordinal);
        var toProvince = to.EndsWith('省');
        if (fromAutonomous && toProvince)
        {
            _map.TryAdd("自治区党委", "省委");
            _map.TryAdd("自治区人民政府", "省人民政府");
            _map.TryAdd("自治区", "省");
            if (provincePlan)
            {
                _map.TryAdd("全区", "全省");
                _map.TryAdd("我区", "我省");
            }
        }
        else if (from.EndsWith('省') && toAutonomous)
        {
            _map.TryAdd("省委", "自治区党委");
            _map.TryAdd("省人民政府", "自治区人民政府");
            _map.TryAdd("省政府", "自治区人民政府");
            if (provincePlan)
            {
                _map.TryAdd("全省", "全区");
                _map.TryAdd("我省", "我区");
            }
        }
    }

    // Matches on the folded copy, replaces in the original; a null replacement keeps the match as written.
    private static string Replace(string text, Regex regex, Func<Match, string?> replacement)
    {
        var folded = TextFold.ForMatch(text);
        StringBuilder? output = null;
        var at = 0;
        for (var m = regex.Match(folded); m.Success; m = m.NextMatch())
        {
            if (replacement(m) is not { } with)
                continue;
            output ??= new StringBuilder(text.Length + 16);
            output.Append(text, at, m.Index - at).Append(with);
            at = m.Index + m.Length;
        }
        return output is null ? text : output.Append(text, at, text.Length - at).ToString();
    }
}
