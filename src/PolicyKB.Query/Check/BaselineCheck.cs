using PolicyKB.Core;
using PolicyKB.Rules;

namespace PolicyKB.Query.Check;

/// <summary>A decrease (下降14.5%), or an increase in % or percentage points (提高5个百分点), that
/// does not say what it is measured from (比2020年): a warning. When a five-year period named in the
/// target's paragraph, section or the plan's title ends in the target's year (“十四五”期间 … 到2025年),
/// the base is the year before the period starts: an info. A yearly rate (年均下降3%) needs no base
/// year; neither does an amount added (新建充电站254座).</summary>
internal sealed class BaselineCheck : ICheck
{
    public static readonly CheckRule NoBaseline = new("target.no-baseline", Severity.Warning, Messages.NoBaselineSummary);
    public static readonly CheckRule ImpliedBaseline = new("target.implied-baseline", Severity.Info, Messages.ImpliedBaselineSummary);

    public IReadOnlyList<CheckRule> Rules => [NoBaseline, ImpliedBaseline];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var facts = context.Facts;
        foreach (var target in context.Draft.Targets)
        {
            var relative = target.Direction == Direction.Decrease
                || (target.Direction == Direction.Increase && facts.IsShareUnit(TargetFacts.Unit(target)));
            if (!relative || target.BaselineYear is not null || facts.Annual(target))
                continue;
            var described = TargetFacts.Describe(context.Rules, target);
            yield return ImpliedPeriod(context, target) is { } period
                ? ImpliedBaseline.Find(Messages.ImpliedBaseline(target.Metric, described, period.Name, period.Start - 1),
                    CheckContext.At(target), null, Messages.ImpliedBaselineSuggestion(period.Start - 1))
                : NoBaseline.Find(Messages.NoBaseline(target.Metric, described), CheckContext.At(target), null, Messages.NoBaselineSuggestion);
        }
    }

    private static Period? ImpliedPeriod(CheckContext context, Target target)
    {
        var around = TextFold.ForMatch(context.ParagraphOf(target) + target.Evidence.SectionPath + context.Plan.Title);
        return context.Rules.Patterns.Periods.FirstOrDefault(p => p.End == target.Deadline && around.Contains(p.Name, StringComparison.Ordinal));
    }
}
