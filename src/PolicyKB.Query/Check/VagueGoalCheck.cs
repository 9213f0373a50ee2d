using System.Text.RegularExpressions;
using PolicyKB.Core;
using PolicyKB.Rules;

namespace PolicyKB.Query.Check;

/// <summary>Goals in a 主要目标/工作目标 section stated only in vague words (明显, 进一步, 大幅) with no
/// number. A clause about a metric of the taxonomy that the draft quantifies nowhere (煤炭消费占比进一步
/// 减少) is a warning: the drafter can give a number. A sentence of purely qualitative vague goals
/// (产业结构明显优化) is an info. One finding per sentence.</summary>
internal sealed partial class VagueGoalCheck : ICheck
{
    public static readonly CheckRule VagueMetric = new("goal.vague-metric", Severity.Warning, Messages.VagueMetricSummary);
    public static readonly CheckRule Vague = new("goal.vague", Severity.Info, Messages.VagueSummary);

    public IReadOnlyList<CheckRule> Rules => [VagueMetric, Vague];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var quantified = context.Draft.Targets.Select(t => t.MetricId).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var section in context.GoalSections)
            foreach (var paragraph in section.Paragraphs)
                foreach (var sentence in TextPieces.Sentences(paragraph))
                    if (Judge(context, quantified, section, sentence) is { } finding)
                        yield return finding;
    }

    private static Finding? Judge(CheckContext context, HashSet<string> quantified, Section section, string sentence)
    {
        var metricClauses = new List<(string Clause, string Word, string Metric)>();
        var vagueClauses = new List<(string Clause, string Word)>();
        foreach (var clause in TextPieces.Clauses(sentence))
        {
            var folded = TextFold.ForMatch(Trim(clause));
            var word = context.Settings.VagueWords.FirstOrDefault(w => folded.Contains(w, StringComparison.Ordinal));
            if (word is null || HasNumber(folded))
                continue;
            var metric = Subject(context, folded, word);
            if (metric is not null && quantified.Contains(metric.Id))
                continue;   // 非化石能源消费比重进一步提高 beside 达到37%: the number is there
            if (metric is not null)
                metricClauses.Add((Trim(clause), word, metric.Name));
            else
                vagueClauses.Add((Trim(clause), word));
        }
        var at = new DraftRef(section.Path, sentence.Trim());
        if (metricClauses.Count > 0)
            return VagueMetric.Find(Messages.VagueMetric(metricClauses.Select(c => c.Clause)), at, null,
                Messages.VagueMetricSuggestion(metricClauses.Select(c => c.Metric).Distinct()));
        if (vagueClauses.Count > 0)
            return Vague.Find(Messages.Vague(vagueClauses.Select(c => c.Word).Distinct()), at, null, Messages.VagueSuggestion);
        return null;
    }

    /// <summary>The metric the clause is about: named before the vague word (煤炭消费占比|进一步减少), or
    /// after it (进一步降低|煤炭消费比重).</summary>
    private static MetricRule? Subject(CheckContext context, string clause, string word)
    {
        var at = clause.IndexOf(word, StringComparison.Ordinal);
        return context.Rules.Metrics.Find(clause[..at]) ?? context.Rules.Metrics.Find(clause[(at + word.Length)..]);
    }

    /// <summary>The clause without bracketed remarks (牵头单位 …) and closing punctuation.</summary>
    private static string Trim(string clause) => Bracketed().Replace(clause, "").Trim().TrimEnd('，', ',', '。', '；', ';', '：', ':');

    /// <summary>A number other than a year (到2025年, 2030年前) or a period's name (“十四五”).</summary>
    private static bool HasNumber(string folded) => Digit().IsMatch(Year().Replace(folded, "")) || folded.Contains("百分之", StringComparison.Ordinal);

    [GeneratedRegex(@"(19|20)\d\d\s*年?")]
    private static partial Regex Year();

    [GeneratedRegex(@"[（(][^（）()]*[）)]")]
    private static partial Regex Bracketed();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();
}
