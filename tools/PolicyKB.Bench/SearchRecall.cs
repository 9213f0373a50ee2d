using System.Diagnostics;
using PolicyKB.Store;

namespace PolicyKB.Bench;

/// <summary>`PolicyKB.Bench recall --db F`: how many of the paragraphs that hold a researcher's term as a
/// substring (folded text or section heading) `kb search` finds for it, term by term. The index matches
/// words, not substrings (see KbSchema), so this is the price of that design, measured.</summary>
internal static class SearchRecall
{
    internal static readonly string[] Terms =
    [
        "秸秆", "光伏", "碳汇", "新能源", "公交", "单位地区生产总值能源消耗", "非化石能源消费比重", "森林覆盖率", "装配式建筑",
        "绿色金融", "充电桩", "煤炭消费", "能耗双控", "节约型机关", "公转铁", "碳排放权交易", "氢能", "储能", "超低排放",
        "建筑节能标准", "清洁能源车辆", "占比", "农膜回收率", "工业固废", "综合利用", "绿色建筑", "甲烷", "碳达峰",
        "达峰", "节能", "排放", "能源", "交易", "发电", "回收", "光伏发电", "生活垃圾", "污水处理", "天然气", "分布式",
        "降碳", "减污", "循环经济", "地热能", "生物质", "电动汽车",
    ];

    public static int Run(string db)
    {
        using var reader = KbReader.Open(db);
        var segmenter = reader.Segmenter;
        var paragraphs = new List<(string Document, string Text, string Heading)>();
        foreach (var plan in reader.Documents())
            foreach (var (path, text) in reader.Paragraphs(plan.Id))
                paragraphs.Add((plan.Id, segmenter.Fold(text), segmenter.Fold(path.Split(" > ")[^1] is { Length: > 0 } h ? h : plan.Title)));
        long truthTotal = 0, foundTotal = 0;
        foreach (var term in Terms)
        {
            var folded = segmenter.Fold(term);
            var truth = paragraphs.Where(p => p.Text.Contains(folded, StringComparison.Ordinal) || p.Heading.Contains(folded, StringComparison.Ordinal))
                .Select(p => (p.Document, p.Text)).ToHashSet();
            var clock = Stopwatch.StartNew();
            var hits = reader.Search(new SearchRequest(term, Limit: 1_000_000));
            var found = hits.Select(h => (h.DocumentId, segmenter.Fold(h.Text))).Where(truth.Contains).ToHashSet().Count;
            truthTotal += truth.Count;
            foundTotal += found;
            Console.WriteLine($"{term}\t{truth.Count}\t{found}\t{(truth.Count == 0 ? 1 : (double)found / truth.Count):0.000}\t{clock.Elapsed.TotalMilliseconds:0} ms");
        }
        Console.WriteLine($"recall {(double)foundTotal / truthTotal:0.0000} ({foundTotal} of {truthTotal} paragraphs, {Terms.Length} terms)");
        return 0;
    }
}
