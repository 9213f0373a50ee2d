using PolicyKB.Core;
using PolicyKB.Rules;

namespace PolicyKB.Query;

/// <summary>Administrative levels: the stored English names and the Chinese words researchers type.</summary>
public static class Levels
{
    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["国家"] = "national", ["全国"] = "national", ["中央"] = "national",
        ["省"] = "province", ["省级"] = "province", ["自治区"] = "province", ["直辖市"] = "province",
        ["市"] = "city", ["市级"] = "city", ["地级市"] = "city", ["设区市"] = "city",
        ["县"] = "county", ["县级"] = "county", ["县级市"] = "county",
        ["区"] = "district", ["区级"] = "district",
    };

    private static readonly Dictionary<string, string> Chinese = new()
    {
        ["national"] = "国家", ["province"] = "省级", ["city"] = "市级", ["county"] = "县级", ["district"] = "区级",
    };

    /// <summary>The stored name of a level given in English or Chinese.</summary>
    /// <exception cref="KbException">Not a level.</exception>
    public static string Resolve(string level)
    {
        var key = level.Trim().ToLowerInvariant();
        if (RegionCatalog.Levels.Contains(key))
            return key;
        return Aliases.GetValueOrDefault(key) ?? throw new KbException(Messages.UnknownLevel(level));
    }

    /// <summary>国家, 省级, 市级 … for display; the input when unknown.</summary>
    public static string? Display(string? level) => level is null ? null : Chinese.GetValueOrDefault(level, level);
}
