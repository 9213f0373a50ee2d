using PolicyKB.Rules;

namespace PolicyKB.Query.Check;

/// <summary>Tells the drafter when the comparison with parent plans could not run: the draft's region is
/// unknown, or the knowledge base holds no plan of its parent regions.</summary>
internal sealed class RegionCheck : ICheck
{
    public static readonly CheckRule NoRegion = new("draft.no-region", Severity.Info, Messages.NoRegionSummary);
    public static readonly CheckRule NoParent = new("parent.none", Severity.Info, Messages.NoParentSummary);

    public IReadOnlyList<CheckRule> Rules => [NoRegion, NoParent];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var at = new DraftRef("", context.Plan.Title);
        if (context.Region is null && context.ParentRegions.Count == 0)
            yield return context.Plan.Region is { } unlisted
                ? NoRegion.Find(Messages.UnlistedRegion(unlisted), at, null, Messages.UnlistedRegionSuggestion)
                : NoRegion.Find(Messages.NoRegion, at, null, Messages.NoRegionSuggestion);
        else if (context.Parents.Count == 0 && context.ParentRegions.Count > 0)
            yield return NoParent.Find(Messages.NoParent(context.ParentRegions.Select(r => r.Name)), at, null, Messages.NoParentSuggestion);
    }
}
