using PolicyKB.Rules;

namespace PolicyKB.Query.Check;

/// <summary>One metric given different values for one deadline inside the draft (非化石能源消费比重 to
/// reach 30% by 2025 in 主要目标, 28% by 2025 in a later section). Values in one sentence never conflict:
/// such a sentence enumerates different things.</summary>
internal sealed class ConflictingValuesCheck : ICheck
{
    public static readonly CheckRule Conflict = new("draft.conflict", Severity.Error, Messages.ConflictSummary);

    public IReadOnlyList<CheckRule> Rules => [Conflict];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var facts = context.Facts;
        var targets = context.Draft.Targets;
        var reported = new HashSet<int>();
        for (var i = 0; i < targets.Count; i++)
            for (var j = i + 1; j < targets.Count; j++)
            {
                var (first, later) = (targets[i], targets[j]);
                // A sentence listing two values for "one" metric lists two things (居住建筑65%、公共建筑72%).
                if (reported.Contains(j) || first.Evidence.Sentence == later.Evidence.Sentence || !facts.SameMeasure(first, later)
                    || TargetFacts.Amount(first) == TargetFacts.Amount(later))
                    continue;
                reported.Add(j);
                yield return Conflict.Find(
                    Messages.Conflict(later.Metric, first.Deadline!.Value, TargetFacts.Describe(context.Rules, later), TargetFacts.Describe(context.Rules, first)),
                    CheckContext.At(later),
                    CheckContext.From(context.Plan, first),
                    Messages.ConflictSuggestion);
            }
    }
}
