using PolicyKB.Rules;

namespace PolicyKB.Query.Check;

/// <summary>Targets without an owner. Where the draft gives other targets an owner (牵头单位, a duty
/// paragraph), one without is a gap: a warning per target. Where no target has one, the draft simply
/// does not assign numbers to units (a province's 实施意见 often does not): one info for the whole draft.</summary>
internal sealed class MissingOwnerCheck : ICheck
{
    public static readonly CheckRule NoOwner = new("target.no-owner", Severity.Warning, Messages.NoOwnerSummary);
    public static readonly CheckRule NoOwners = new("plan.no-owners", Severity.Info, Messages.NoOwnersSummary);

    public IReadOnlyList<CheckRule> Rules => [NoOwner, NoOwners];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var targets = context.Draft.Targets;
        if (targets.Count == 0)
            yield break;
        var orphans = targets.Where(t => t.Owners.Count == 0 && t.CoOwners.Count == 0).ToList();
        if (orphans.Count == targets.Count)
        {
            yield return NoOwners.Find(Messages.NoOwners(targets.Count), CheckContext.At(targets[0]), null, Messages.NoOwnerSuggestion);
            yield break;
        }
        foreach (var target in orphans)
            yield return NoOwner.Find(Messages.NoOwner(target.Metric, TargetFacts.Describe(target), targets.Count - orphans.Count),
                CheckContext.At(target), null, Messages.NoOwnerSuggestion);
    }
}
