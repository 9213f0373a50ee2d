using System.Globalization;
using System.Text.RegularExpressions;
using PolicyKB.Rules;

namespace PolicyKB.Query.Check;

/// <summary>The years a plan covers: its metadata's period (2023-2025), else the years in its title
/// (（2021—2025年）), else a five-year period named in its title (“十四五” = 2021–2025).</summary>
internal readonly partial record struct PlanPeriod(int Start, int End)
{
    public bool Contains(int year) => year >= Start && year <= End;

    public override string ToString() => Start == End
        ? $"{Start}年"
        : string.Create(CultureInfo.InvariantCulture, $"{Start}-{End}年");

    public static PlanPeriod? Of(PlanInfo plan, PatternSet patterns)
    {
        if (plan.Period is { } period && Years(period) is { } fromMeta)
            return fromMeta;
        var title = TextFold.ForMatch(plan.Title);
        if (Years(title) is { } fromTitle)
            return fromTitle;
        foreach (var named in patterns.Periods)
            if (title.Contains(named.Name, StringComparison.Ordinal))
                return new PlanPeriod(named.Start, named.End);
        return null;
    }

    private static PlanPeriod? Years(string text)
    {
        var match = Range().Match(text);
        if (!match.Success)
            return null;
        var start = int.Parse(match.Groups["start"].Value, CultureInfo.InvariantCulture);
        var end = int.Parse(match.Groups["end"].Value, CultureInfo.InvariantCulture);
        return end >= start && end - start <= 40 ? new PlanPeriod(start, end) : null;
    }

    // 2023-2025, 2021—2025年, 2021～2025, 2021年至2025年, 2021到2025
    [GeneratedRegex(@"(?<start>(19|20)\d\d)\s*年?\s*[-－—–~～至到]+\s*(?<end>(19|20)\d\d)")]
    private static partial Regex Range();
}
