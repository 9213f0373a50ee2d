using PolicyKB.Core;
using PolicyKB.Rules;

namespace PolicyKB.Query.Ask;

/// <summary>Which stored targets a question is about, best first, and which of them answer it.</summary>
internal static class TargetRanking
{
    // How well a record must fit the question to be its answer (share of grams, see Grams).
    internal const double MetricAccept = 0.6;

    internal const double ListAccept = 0.8;

    internal const double LooseAccept = 0.45;

    internal const int MaxAnswers = 6;

    internal sealed record Scored(TargetRecord Record, double Score);

    /// <summary>Targets that fit the question, best first.</summary>
    internal static List<TargetRecord> RankTargets(Question q, IEnumerable<PlanRecords> plans, double accept) =>
        Rank(q, plans, accept).Select(s => s.Record).ToList();

    internal static List<Scored> Rank(Question q, IEnumerable<PlanRecords> plans, double accept)
    {
        var scored = new List<(TargetRecord Target, double Score)>();
        foreach (var plan in plans)
            foreach (var t in plan.Targets)
            {
                var fit = MetricFit(q, t);
                // A target due in another year than the one asked is not its answer (2027's for 2025).
                if (fit < 0 || q.Years.Count > 0 && t.Target.Deadline is { } due && !q.Years.Contains(due))
                    continue;
                var numberHit = NumberHit(q, t.Target);
                var cover = q.TopicGrams.CoveredBy(t.Sentence);
                if (fit < accept && !(numberHit && cover >= PassageFinder.PassageAccept && accept < ListAccept))
                    continue;
                var score = 2 * fit + 0.5 * cover + (numberHit ? 1 : 0) + YearScore(q, t.Target)
                    + (q.BaselineYear is { } b && t.Target.BaselineYear == b ? 0.1 : 0);
                scored.Add((t, score));
            }
        // Best first; equal scores in plan and target order (the order they were added in).
        var ranked = new List<Scored>(scored.Count);
        foreach (var i in StableOrder.Of(scored.Count, (a, b) => scored[b].Score.CompareTo(scored[a].Score)))
            ranked.Add(new Scored(scored[i].Target, scored[i].Score));
        return ranked;
    }

    /// <summary>A looser second try when no target fits and no clause names the metric as the question
    /// words it (风电太阳能装机 for 风电、太阳能发电总装机容量): targets whose metric name holds most of the
    /// question's words, in a year the question names (if it names one). Not when the question names a
    /// metric of the taxonomy: then the taxonomy has already said which targets are about it.</summary>
    internal static List<Scored> Loosely(Question q, IEnumerable<PlanRecords> plans)
    {
        if (q.Metrics.Count > 0)
            return [];
        var scored = new List<Scored>();
        foreach (var plan in plans)
            foreach (var t in plan.Targets)
            {
                var fit = q.TopicGrams.CoveredBy(t.Metric);
                if (fit < LooseAccept || q.Years.Count > 0 && !(t.Target.Deadline is { } y && q.Years.Contains(y)))
                    continue;
                scored.Add(new Scored(t, fit + 0.5 * q.TopicGrams.CoveredBy(t.Sentence) + (NumberHit(q, t.Target) ? 1 : 0)));
            }
        return scored.OrderByDescending(s => s.Score).ToList();
    }

    /// <summary>How surely a target is about the metric asked: 1 when the taxonomy gives both the same id,
    /// −1 when it gives them different ids, otherwise the share of the target's metric name the question
    /// contains.</summary>
    internal static double MetricFit(Question q, TargetRecord t)
    {
        if (q.Metrics.Count > 0 && t.Target.MetricId is { } id)
            return q.Metrics.Any(m => m.Metric.Id == id) ? 1 : -1;
        return t.Metric.CoveredBy(q.AllGrams);
    }

    internal static bool NumberHit(Question q, Target t) =>
        q.Numbers.Any(n => n.Value == t.Value && (n.Unit is null || n.Unit == t.Unit));

    internal static double YearScore(Question q, Target t) =>
        q.Years.Count == 0 ? 0
        : t.Deadline is not { } year ? -0.1
        : q.Years.Contains(year) ? 0.5 : -0.6;

    /// <summary>The best target, and when the question wants several (two 多少, 2025年和2030年), the others
    /// that add a year or a metric the chosen ones do not cover.</summary>
    internal static List<TargetRecord> Choose(Question q, List<Scored> scored)
    {
        var best = scored[0].Record;
        var chosen = new List<TargetRecord> { best };
        // 力争4万个、确保3.5万个: a stretch goal and its floor, stated together, answer together
        if (scored.Skip(1).Select(c => c.Record).FirstOrDefault(c => IsStretchPair(best, c)) is { } twin)
            chosen.Add(twin);
        if (!q.Plural)
        {
            // Targets the question cannot tell apart from one sentence are all its answer (居住建筑65%、公共建筑72%).
            chosen.AddRange(scored.Skip(1).TakeWhile(c => c.Score >= scored[0].Score - 0.01)
                .Where(c => c.Record.Target.Evidence.Sentence == best.Target.Evidence.Sentence && !SameMetric(c.Record.Target, best.Target))
                .Select(c => c.Record).Take(MaxAnswers - 1));
            return chosen.OrderBy(c => c.Order).ToList();
        }
        foreach (var c in scored.Skip(1).Select(c => c.Record))
        {
            if (chosen.Count >= MaxAnswers)
                break;
            var t = c.Target;
            if (chosen.Any(x => x.Target.Metric == t.Metric && x.Target.Deadline == t.Deadline && x.Document.Id == c.Document.Id))
                continue;
            var newYear = q.Years.Count >= 2 && t.Deadline is { } year && q.Years.Contains(year)
                && chosen.All(x => x.Target.Deadline != year) && SameMetric(best.Target, t);
            var inYears = q.Years.Count == 0 || t.Deadline is { } y && q.Years.Contains(y);
            var newMetric = inYears && chosen.All(x => !SameMetric(x.Target, t))
                && AddsWords(q, c, chosen);
            if (newYear || newMetric)
                chosen.Add(c);
        }
        return chosen.OrderBy(c => c.Target.Deadline ?? 0).ThenBy(c => c.Order).ToList();
    }

    // Hedges marking a stretch goal (力争达到800万千瓦) stated beside its floor (确保达到700万千瓦).
    private static readonly string[] StretchWords = ["力争", "争取", "努力"];

    internal static bool IsStretchPair(TargetRecord a, TargetRecord b) =>
        a.Document.Id == b.Document.Id && a.Target.Metric == b.Target.Metric && a.Target.Deadline == b.Target.Deadline
        && a.Target.Unit == b.Target.Unit && a.Target.Value != b.Target.Value
        && a.Target.Evidence.Sentence == b.Target.Evidence.Sentence
        && IsStretch(a.Target) != IsStretch(b.Target);

    private static bool IsStretch(Target t) =>
        t.Qualifier is { } q && StretchWords.Any(w => q.StartsWith(w, StringComparison.Ordinal));

    // A second metric counts when its name covers at least two of the question's pairs that the
    // chosen ones leave uncovered (分散式充电桩 after 集中式充电站).
    internal static bool AddsWords(Question q, TargetRecord candidate, List<TargetRecord> chosen)
    {
        var left = chosen.Aggregate(q.TopicGrams, (g, x) => g.Except(x.Metric));
        return left.SharedWith(candidate.Metric) >= 2;
    }

    internal static bool SameMetric(Target a, Target b) =>
        a.MetricId is { } id && id == b.MetricId || a.Metric == b.Metric;

    // Labels tell several answers apart: the metric when they differ in metric, the year when in year.
    internal static List<string> Labels(List<TargetRecord> chosen, bool byYear = true)
    {
        if (chosen.Count < 2)
            return chosen.Select(_ => "").ToList();
        var metrics = chosen.Select(c => c.Target.Metric).Distinct().Count() > 1;
        var years = byYear && chosen.Select(c => c.Target.Deadline).Distinct().Count() > 1;
        var regions = chosen.Select(c => c.Document.Region).Distinct().Count() > 1;
        return chosen.Select(c => string.Concat(
            regions ? c.Document.Region : "",
            metrics ? c.Target.Metric : "",
            years && c.Target.Deadline is { } y ? AskMessages.Year(y) : "")).ToList();
    }
}
