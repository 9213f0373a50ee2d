using PolicyKB.Core;
using PolicyKB.Rules;

namespace PolicyKB.Query.Check;

/// <summary>A target weaker than a parent plan's for the same metric and deadline: a smaller cut
/// (12% where the province cuts 13%), a lower share, a higher cap. Only values in units that compare
/// across regions of any size (%, not 万千瓦) are set side by side; a yearly rate only with a yearly rate.</summary>
internal sealed class WeakerThanParentCheck : ICheck
{
    public static readonly CheckRule Weaker = new("parent.weaker", Severity.Error, Messages.WeakerSummary);
    public static readonly CheckRule Hedged = new("parent.hedged", Severity.Warning, Messages.HedgedSummary);
    public static readonly CheckRule LowerLevel = new("parent.lower-level", Severity.Info, Messages.LowerLevelSummary);

    public IReadOnlyList<CheckRule> Rules => [Weaker, Hedged, LowerLevel];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var facts = context.Facts;
        foreach (var target in context.Draft.Targets.Where(t => t.Deadline is not null && facts.ComparableAcrossRegions(t)))
            foreach (var parent in context.Parents)
            {
                // The parent's firmest matching commitment is the one the draft must honour.
                var matches = parent.Targets.Where(p => facts.SameMeasure(target, p)).ToList();
                if (matches.Count == 0)
                    continue;
                var strongest = matches.Aggregate((best, p) => facts.Strength(p, best) > 0 ? p : best);
                if (Compare(context, target, parent.Plan, strongest) is { } finding)
                {
                    yield return finding;
                    break;   // one finding per draft target: the nearest parent that it fails
                }
            }
    }

    private static Finding? Compare(CheckContext context, Target draft, PlanInfo plan, Target parent)
    {
        var facts = context.Facts;
        var strength = facts.Strength(draft, parent);
        var here = CheckContext.At(draft);
        var there = CheckContext.From(plan, parent);
        var mine = TargetFacts.Describe(context.Rules, draft);
        var theirs = TargetFacts.Describe(context.Rules, parent);
        if (strength < 0)
        {
            var local = TargetFacts.KindOf(draft) == TargetFacts.Kind.Level
                && draft.MetricId is { } id && context.Settings.LocalLevels.Contains(id);
            return local
                ? LowerLevel.Find(Messages.LowerLevel(draft.Metric, mine, plan.Title, theirs), here, there, Messages.LowerLevelSuggestion)
                : Weaker.Find(Messages.Weaker(draft.Metric, mine, plan.Title, theirs), here, there,
                    Messages.WeakerSuggestion(TargetFacts.Number(parent.Value) + parent.Unit, facts.LowerIsBetter(draft)));
        }
        if (strength == 0 && facts.Hedged(draft) && !facts.Hedged(parent))
            return Hedged.Find(Messages.HedgedMessage(draft.Metric, mine, plan.Title, theirs), here, there, Messages.HedgedSuggestion(theirs));
        return null;
    }
}
