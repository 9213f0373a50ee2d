using PolicyKB.Core;
using PolicyKB.Rules;

namespace PolicyKB.Query.Check;

/// <summary>Targets without an owner. A task's target without one is a gap when the draft's convention
/// is to name owners, i.e. when at least half of the targets outside the goal sections have one: a
/// warning per target. Everything else is told once, as an info: the overall goals of 主要目标/工作目标
/// (usually the whole government's, assigned through the tasks below), or a draft that mostly names no
/// owners (a province's 实施意见 often does not).</summary>
internal sealed class MissingOwnerCheck : ICheck
{
    public static readonly CheckRule NoOwner = new("target.no-owner", Severity.Warning, Messages.NoOwnerSummary);
    public static readonly CheckRule NoOwners = new("plan.no-owners", Severity.Info, Messages.NoOwnersSummary);

    public IReadOnlyList<CheckRule> Rules => [NoOwner, NoOwners];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var targets = context.Draft.Targets;
        var orphans = targets.Where(t => t.Owners.Count == 0 && t.CoOwners.Count == 0).ToList();
        if (orphans.Count == 0)
            yield break;
        var tasks = targets.Where(t => !context.InGoalSection(t)).ToList();
        var ownedTasks = tasks.Count(t => !orphans.Contains(t));
        var convention = ownedTasks > 0 && ownedTasks * 2 >= tasks.Count;
        var warned = convention ? orphans.Where(t => !context.InGoalSection(t)).ToList() : [];
        foreach (var target in warned)
            yield return NoOwner.Find(Messages.NoOwner(target.Metric, TargetFacts.Describe(context.Rules, target), ownedTasks, tasks.Count),
                CheckContext.At(target), null, Messages.NoOwnerSuggestion);
        var told = orphans.Except(warned).ToList();
        if (told.Count > 0)
            yield return NoOwners.Find(Messages.NoOwners(told.Count, targets.Count, told.All(context.InGoalSection), Names(told)),
                CheckContext.At(told[0]), null, Messages.NoOwnerSuggestion);
    }

    private static IEnumerable<string> Names(IEnumerable<Target> targets) => targets.Select(t => t.Metric).Distinct().Take(6);
}
