using PolicyKB.Rules;

namespace PolicyKB.Query.Check;

/// <summary>What `kb check` reports: the draft, the parent plans it was compared with, and the findings,
/// errors first.</summary>
public sealed record CheckReport(PlanInfo Document, IReadOnlyList<PlanInfo> Parents, IReadOnlyList<Finding> Findings)
{
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);
}
