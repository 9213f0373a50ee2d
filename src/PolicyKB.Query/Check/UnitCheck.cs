using PolicyKB.Core;
using PolicyKB.Rules;

namespace PolicyKB.Query.Check;

/// <summary>A unit that cannot measure the metric. Against the taxonomy (error): 光伏装机容量 in 万吨
/// where metrics.yaml measures it in 万千瓦. Against the metric's own name (warning): a ratio
/// (利用率, 比重, 占比) given in an absolute unit (再生资源回收利用率达到83万吨).
/// Not flagged: a relative change in % of any metric (装机容量增长30%), a share of an absolute quantity
/// (光伏装机容量占比30%), an intensity's level (单位GDP能耗0.5吨标准煤/万元, whose quotient the
/// extractor may cut short).</summary>
internal sealed class UnitCheck : ICheck
{
    public static readonly CheckRule Incompatible = new("unit.incompatible", Severity.Error, Messages.IncompatibleUnitSummary);
    public static readonly CheckRule NotARatio = new("unit.not-a-ratio", Severity.Warning, Messages.NotARatioSummary);

    public IReadOnlyList<CheckRule> Rules => [Incompatible, NotARatio];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var facts = context.Facts;
        foreach (var target in context.Draft.Targets)
        {
            var unit = TargetFacts.Unit(target);
            var share = facts.IsShareUnit(unit);
            if (facts.IsIntensityName(target.Metric))
                continue;
            if (facts.IsRatioName(target.Metric))
            {
                if (!share)
                    yield return NotARatio.Find(Messages.NotARatio(target.Metric, target.Unit), CheckContext.At(target), null,
                        Messages.NotARatioSuggestion);
                continue;
            }
            var relative = share && target.Direction is Direction.Decrease or Direction.Increase;
            if (relative || target.MetricId is not { } id || context.Rules.Metrics.Get(id) is not { Unit: { } expected } metric
                || facts.IsIntensityName(metric.Name) || context.Rules.Units.Find(expected) is not { } expectedUnit)
                continue;
            if (!facts.SameFamily(unit, expectedUnit.Canonical))
                yield return Incompatible.Find(Messages.IncompatibleUnit(target.Metric, target.Unit, metric.Name, expected),
                    CheckContext.At(target), null, Messages.IncompatibleUnitSuggestion(expected));
        }
    }
}
