using PolicyKB.Core;

namespace PolicyKB.Query.Check;

/// <summary>The plans a draft is checked against: the knowledge base's, or any set a test builds.
/// Targets are asked for only for the plans a check needs (parents and peers).</summary>
public interface IPlanLibrary
{
    IReadOnlyList<PlanInfo> Plans();

    IReadOnlyList<Target> Targets(string planId);
}
