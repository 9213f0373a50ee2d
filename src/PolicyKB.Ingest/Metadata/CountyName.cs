using System.Text.RegularExpressions;
using PolicyKB.Rules;

namespace PolicyKB.Ingest.Metadata;

/// <summary>A county-level place the regions file does not list (China has some 2,800), read from its
/// name: 湄潭县, 南海区, 义乌市, 鄂托克旗, 双江拉祜族佤族布朗族傣族自治县, 六枝特区. Prefecture-level cities are
/// all listed, so an unlisted 市 is a county-level city. Generic words that end the same way (重点区域,
/// 工业园区, 高新区, 农村地区, 中心城区, 智慧城市, 数据市场) are not places; administrative 新区 such as
/// 浦东新区 are listed in the regions file.</summary>
internal static partial class CountyName
{
    // A name core without county-level suffixes, then the suffix. 自治县/自治旗 names run long.
    [GeneratedRegex(@"\G(?<name>(?:(?![县区市旗省])\p{IsCJKUnifiedIdeographs}){2,14}?(?<suffix>自治县|自治旗)|(?!全|各|本|该|我|此|其|每|两|多|诸)(?:(?![县区市旗省])\p{IsCJKUnifiedIdeographs}){1,4}?(?<suffix>林区|特区|县|旗|区|市))")]
    private static partial Regex Place();

    // Words, not places, that end like one: zones, parks, areas and the like.
    private static readonly string[] GenericEndings =
    [
        "自治区", "地区", "中心城区", "主城区", "老城区", "核心城区", "贫困山区", "偏远山区", "郊区", "社区", "园区",
        "新区", "景区", "牧区", "库区", "小区", "校区", "厂区", "港区", "片区", "辖区", "湾区", "老区", "示范区", "开发区", "高新区", "经开区", "保护区",
        "试验区", "功能区", "合作区", "经济区", "先行区", "集聚区", "核心区", "自贸区", "保税区", "工业区",
        "产业区", "商务区", "旅游区", "试点区", "国有林区", "经济特区", "城市", "都市", "超市",
    ];

    // A suffix that begins a word with the next character: 区域, 市场, 县域, 县城 …
    private static readonly string[] SuffixWords =
        ["区域", "区块", "区间", "区别", "区分", "区位", "市场", "市政", "市民", "市级", "市域", "市容", "市值", "县域", "县城", "县级", "旗帜"];

    /// <summary>The place whose name starts at <paramref name="at"/> in <paramref name="folded"/> (text
    /// folded by TextFold.ForMatch; the name is read from <paramref name="text"/>), or null.</summary>
    public static Region? At(string text, string folded, int at)
    {
        var m = Place().Match(folded, at);
        if (!m.Success)
            return null;
        var name = m.Groups["name"].Value;
        var suffix = m.Groups["suffix"].Value;
        var core = name.Length - suffix.Length;
        var end = m.Index + m.Length;
        if (core < (suffix == "县" ? 1 : 2) || GenericEndings.Any(name.EndsWith) ||
            (end < folded.Length && SuffixWords.Contains(string.Concat(suffix[^1], folded[end]))))
            return null;
        var level = suffix == "区" ? "district" : "county";
        return new Region(text.Substring(m.Index, m.Length), [], level, null);
    }
}
