using PolicyKB.Core;
using PolicyKB.Rules;

namespace PolicyKB.Query.Check;

/// <summary>Where the draft's target ranks among the regions of its level that the knowledge base holds
/// plans for (2025 energy-intensity cut: 柳州 14.5%, 广安 14.5%以上 …). Only values that compare across
/// regions of any size (%, not 万千瓦), for the same metric, deadline and kind; a peer region counts
/// once, with its strongest matching target.</summary>
internal sealed class PeerRankCheck : ICheck
{
    public static readonly CheckRule Rank = new("peer.rank", Severity.Info, Messages.PeerRankSummary);

    public IReadOnlyList<CheckRule> Rules => [Rank];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var facts = context.Facts;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var target in context.Draft.Targets.Where(t => t.Deadline is not null && facts.ComparableAcrossRegions(t)))
        {
            var peers = context.Peers
                .SelectMany(p => p.Targets.Where(t => facts.SameMeasure(target, t)).Select(t => (p.Plan, Target: t)))
                .GroupBy(p => p.Plan.Region ?? p.Plan.Id)
                .Select(g => g.Aggregate((best, p) => facts.Strength(p.Target, best.Target) > 0 ? p : best))
                .ToList();
            if (peers.Count == 0 || !reported.Add(facts.MetricKey(target) + "@" + target.Deadline))
                continue;
            var rank = 1 + peers.Count(p => facts.Strength(p.Target, target) > 0);
            var strongest = peers.Aggregate((best, p) => facts.Strength(p.Target, best.Target) > 0 ? p : best);
            var values = peers.Select(p => (Name: p.Plan.Region ?? p.Plan.Title, p.Target))
                .Append((Name: Messages.ThisDraft, Target: target))
                .OrderByDescending(p => p.Target, Comparer<Target>.Create(facts.Strength))
                .Select(p => $"{p.Name} {TargetFacts.Describe(context.Rules, p.Target)}");
            yield return Rank.Find(
                Messages.PeerRank(target.Metric, TargetFacts.Describe(context.Rules, target), peers.Count + 1, rank, Levels.Display(context.Plan.Level), values),
                CheckContext.At(target),
                CheckContext.From(strongest.Plan, strongest.Target),
                Messages.PeerRankSuggestion(strongest.Plan.Region ?? strongest.Plan.Title, TargetFacts.Describe(context.Rules, strongest.Target)));
        }
    }
}
