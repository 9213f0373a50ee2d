using PolicyKB.Query.Ask;
using PolicyKB.Rules;

namespace PolicyKB.Query;

/// <summary>Names of bodies (departments, offices, companies) as the query layer compares them.</summary>
internal static class Bodies
{
    // 市发展改革委, 自治区生态环境厅, 县统计局: the level word standing for the plan's own region.
    private static readonly string[] LevelPrefixes = ["自治区", "自治州", "省", "市", "县", "区", "州", "盟", "旗"];

    /// <summary>A body's name without its region and punctuation (柳州市统计局 → 统计局; 市发展改革委 →
    /// 发展改革委; 广西电网柳州供电局 → 电网柳州供电局; 市碳达峰、碳中和工作委员会 → 碳达峰碳中和工作委员会), folded.</summary>
    public static string Core(RegionCatalog regions, string name)
    {
        var core = Grams.Compact(Grams.Fold(name));
        for (var stripped = true; stripped;)
        {
            stripped = false;
            foreach (var (_, start, length) in regions.FindAll(core))
            {
                if (start == 0 && core.Length - length >= 2)
                {
                    core = core[length..];
                    stripped = true;
                }
                break;
            }
        }
        foreach (var level in LevelPrefixes)
            if (core.StartsWith(level, StringComparison.Ordinal) && core.Length - level.Length >= 2)
                return core[level.Length..];
        return core;
    }
}
