using PolicyKB.Core;
using PolicyKB.Rules;

namespace PolicyKB.Query.Check;

/// <summary>A unit that cannot measure the metric. Against the taxonomy (error): 光伏装机容量 in 万吨
/// where metrics.yaml measures it in 万千瓦. Against the metric's own name (warning): a ratio
/// (利用率, 比重, 占比) given in an absolute unit (再生资源回收利用率达到83万吨).
/// Not flagged: a relative change in % of any metric (装机容量增长30%), a share of an absolute quantity
/// (光伏装机容量占比30%), an intensity's level (单位GDP能耗0.5吨标准煤/万元, whose quotient the
/// extractor may cut short), an amount by name and unit (利用能力150万吨) that the taxonomy files under
/// a % metric. One finding per metric and sentence.</summary>
internal sealed class UnitCheck : ICheck
{
    public static readonly CheckRule Incompatible = new("unit.incompatible", Severity.Error, Messages.IncompatibleUnitSummary);
    public static readonly CheckRule NotARatio = new("unit.not-a-ratio", Severity.Warning, Messages.NotARatioSummary);

    public IReadOnlyList<CheckRule> Rules => [Incompatible, NotARatio];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var seen = new HashSet<(string, string)>();
        foreach (var target in context.Draft.Targets)
            if (Judge(context, target) is { } finding && seen.Add((target.Metric, target.Evidence.Sentence)))
                yield return finding;
    }

    private static Finding? Judge(CheckContext context, Target target)
    {
        var facts = context.Facts;
        var unit = TargetFacts.Unit(target);
        var share = facts.IsShareUnit(unit);
        if (facts.IsIntensityName(target.Metric))
            return null;
        if (facts.IsRatioName(target.Metric))
            return share ? null : NotARatio.Find(Messages.NotARatio(target.Metric, target.Unit), CheckContext.At(target), null, Messages.NotARatioSuggestion);
        if (share && target.Direction is Direction.Decrease or Direction.Increase)
            return null;   // a relative change fits any metric
        if (target.MetricId is not { } id || context.Rules.Metrics.Get(id) is not { Unit: { } written } metric
            || facts.IsIntensityName(metric.Name) || context.Rules.Units.Find(written) is not { } expected)
            return null;
        if (facts.SameFamily(unit, expected.Canonical))
            return null;
        if (facts.IsShareUnit(expected.Canonical) && facts.IsAmountName(target.Metric))
            return null;   // the name and unit agree on an amount; the taxonomy's % is the odd one out
        return Incompatible.Find(Messages.IncompatibleUnit(target.Metric, target.Unit, metric.Name, written),
            CheckContext.At(target), null, Messages.IncompatibleUnitSuggestion(written));
    }
}
