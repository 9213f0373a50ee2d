using System.Text.Json.Serialization;
using PolicyKB.Rules;

namespace PolicyKB.Query.Check;

/// <summary>What `kb check` reports: the draft, the parent plans it was compared with, and the findings,
/// errors first. Serialised as is by `kb check --format json` and POST /api/check.</summary>
public sealed record CheckReport(PlanInfo Document, IReadOnlyList<PlanInfo> Parents, IReadOnlyList<Finding> Findings)
{
    [JsonIgnore]
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);
}
