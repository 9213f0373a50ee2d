using PolicyKB.Rules;

namespace PolicyKB.Query.Check;

/// <summary>Targets without a year, and targets due outside the plan's period (DocumentMeta.Period, or
/// the years or five-year period in its title: （2023-2025年）, “十四五”).</summary>
internal sealed class DeadlineCheck : ICheck
{
    public static readonly CheckRule NoDeadline = new("target.no-deadline", Severity.Warning, Messages.NoDeadlineSummary);
    public static readonly CheckRule OutsidePeriod = new("target.outside-period", Severity.Warning, Messages.OutsidePeriodSummary);

    public IReadOnlyList<CheckRule> Rules => [NoDeadline, OutsidePeriod];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var period = PlanPeriod.Of(context.Plan, context.Rules.Patterns);
        foreach (var target in context.Draft.Targets)
        {
            if (target.Deadline is not { } year)
                yield return NoDeadline.Find(Messages.NoDeadline(target.Metric, TargetFacts.Describe(context.Rules, target)),
                    CheckContext.At(target), null, Messages.NoDeadlineSuggestion(period?.ToString()));
            else if (period is { } p && !p.Contains(year))
                yield return OutsidePeriod.Find(Messages.OutsidePeriod(target.Metric, year, p.ToString()),
                    CheckContext.At(target), null, Messages.OutsidePeriodSuggestion(p.ToString()));
        }
    }
}
