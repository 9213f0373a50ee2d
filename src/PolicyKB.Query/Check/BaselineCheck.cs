using PolicyKB.Core;
using PolicyKB.Rules;

namespace PolicyKB.Query.Check;

/// <summary>A decrease (下降14.5%), or an increase in % or percentage points (提高5个百分点), that
/// does not say what it is measured from (比2020年). A yearly rate (年均下降3%) needs no base year;
/// neither does an amount added (新建充电站254座).</summary>
internal sealed class BaselineCheck : ICheck
{
    public static readonly CheckRule NoBaseline = new("target.no-baseline", Severity.Warning, Messages.NoBaselineSummary);

    public IReadOnlyList<CheckRule> Rules => [NoBaseline];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var facts = context.Facts;
        foreach (var target in context.Draft.Targets)
        {
            var relative = target.Direction == Direction.Decrease
                || (target.Direction == Direction.Increase && facts.IsShareUnit(TargetFacts.Unit(target)));
            if (relative && target.BaselineYear is null && !facts.Annual(target))
                yield return NoBaseline.Find(Messages.NoBaseline(target.Metric, TargetFacts.Describe(target)),
                    CheckContext.At(target), null, Messages.NoBaselineSuggestion);
        }
    }
}
