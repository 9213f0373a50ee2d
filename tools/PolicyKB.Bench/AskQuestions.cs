using PolicyKB.Store;

namespace PolicyKB.Bench;

/// <summary>Questions of the genre of shared/gold/questions.yaml (owner, value, deadline, list, compare,
/// duty, open passage), asked about regions the generated knowledge base holds.</summary>
internal static class AskQuestions
{
    public static IReadOnlyList<string> For(IReadOnlyList<DocumentInfo> documents, int regionCount = 3)
    {
        var regions = documents.Select(d => d.Region).OfType<string>().Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).Take(regionCount).ToList();
        var questions = new List<string>();
        foreach (var r in regions)
        {
            questions.Add($"{r}到2025年单位地区生产总值能源消耗要比2020年下降多少？");
            questions.Add($"{r}节能工作由哪个部门牵头？");
            questions.Add($"{r}秸秆综合利用率是多少？");
            questions.Add($"{r}非化石能源消费比重到2025年要达到多少？");
            questions.Add($"{r}计划在哪一年实现碳达峰？");
            questions.Add($"{r}生态环境局负责什么？");
            questions.Add($"{r}如何推广新能源汽车？");
        }
        if (regions.Count >= 2)
            questions.Add($"{regions[0]}和{regions[1]}的单位地区生产总值能源消耗下降目标哪个更高？");
        questions.Add("哪些地区提出了森林覆盖率目标？");
        return questions;
    }
}
