using PolicyKB.Core;
using PolicyKB.Query.Ask;
using PolicyKB.Query.Check;
using PolicyKB.Rules;
using PolicyKB.Store;

namespace PolicyKB.Query.Targets;

/// <summary>Lists stored targets across regions, comparable by metric id: a metric is found through the
/// taxonomy (单位GDP能耗 = 单位地区生产总值能源消耗 = energy_intensity), so plans that word it differently
/// line up. Sorted by metric (taxonomy order, unknown metrics after by name), deadline, region.</summary>
internal sealed class TargetQuery(KbReader reader, RuleSet rules)
{
    private IReadOnlyList<DocumentInfo>? _documents;

    public IReadOnlyList<DocumentInfo> Documents => _documents ??= reader.Documents();

    /// <summary>Targets of plans of <paramref name="region"/> (a stored full name; null for all).</summary>
    public IReadOnlyList<TargetRow> Find(string? region, string? metric, int? year)
    {
        var known = KnownMetric(metric);
        var matches = known is not null ? (_ => true) : MetricMatcher(metric);
        var order = rules.Metrics.All.Select((m, i) => (m.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return Candidates(region, known, year)
            .Where(x => (year is null || x.Target.Deadline == year) && matches(x.Target))
            .OrderBy(x => x.Target.MetricId is { } id && order.TryGetValue(id, out var at) ? at : int.MaxValue)
            .ThenBy(x => x.Target.MetricId is null ? x.Target.Metric : "", StringComparer.Ordinal)
            .ThenBy(x => x.Target.Deadline ?? int.MaxValue)
            .ThenBy(x => x.Document.Region ?? "\uffff", StringComparer.Ordinal)
            .ThenBy(x => x.Document.Id, StringComparer.Ordinal)
            .ThenBy(x => x.Order)
            .Select(x => Row(x.Target, x.Document))
            .ToList();
    }

    // The targets to filter, with their plan and their place in it (ascending within a plan). A metric
    // the taxonomy knows is read through the metric index; otherwise one plan's targets, or all at once.
    private IEnumerable<(Target Target, DocumentInfo Document, int Order)> Candidates(string? region, MetricRule? known, int? year)
    {
        if (region is not null && known is null)
            return Plans(region).SelectMany(d => reader.Targets(d.Id).Select((t, i) => (Target: t, Document: d, Order: i)));
        var plans = Plans(region).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var targets = known is not null ? reader.TargetsOfMetric(known.Id, year, region) : reader.Targets();
        return targets.Select((t, i) => (Target: t, Document: plans.GetValueOrDefault(t.Evidence.DocumentId)!, Order: i))
            .Where(x => x.Document is not null);
    }

    /// <summary>The plans of a region (stored full name), or every plan.</summary>
    public IEnumerable<DocumentInfo> Plans(string? region) =>
        Documents.Where(d => region is null || d.Region == region);

    public TargetRow Row(Target target, DocumentInfo document) => new(
        Document: document.Id,
        Title: document.Title,
        Region: document.Region,
        Level: document.Level,
        Metric: target.Metric,
        MetricId: target.MetricId,
        Value: target.Value,
        Unit: target.Unit,
        Direction: target.Direction,
        Qualifier: target.Qualifier,
        BaselineYear: target.BaselineYear,
        Deadline: target.Deadline,
        Owners: target.Owners,
        CoOwners: target.CoOwners,
        Evidence: target.Evidence.Sentence,
        Section: target.Evidence.SectionPath,
        // The deadline has its own column; the text is direction, value, unit and qualifier only.
        Text: TargetFacts.Describe(rules, target with { Deadline = null }));

    // A metric id or a name the taxonomy knows compares by id; other words match the written name.
    private MetricRule? KnownMetric(string? metric) =>
        string.IsNullOrWhiteSpace(metric) ? null : rules.Metrics.Get(metric.Trim()) ?? rules.Metrics.Find(TextFold.ForMatch(metric.Trim()));

    private static Func<Target, bool> MetricMatcher(string? metric)
    {
        if (string.IsNullOrWhiteSpace(metric))
            return _ => true;
        var words = Grams.Fold(metric.Trim());
        return t => Grams.Fold(t.Metric).Contains(words, StringComparison.Ordinal);
    }
}
