using PolicyKB.Core;

namespace PolicyKB.Query.Check;

/// <summary>A plan of the knowledge base with its targets (a parent or a peer of the draft).</summary>
public sealed record PlanTargets(PlanInfo Plan, IReadOnlyList<Target> Targets);
