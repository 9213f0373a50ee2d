using PolicyKB.Rules;

namespace PolicyKB.Query.Check;

/// <summary>A rule a check applies: its stable id (what rules/checks.yaml and --format json name), the
/// severity it has unless checks.yaml says otherwise, and its one-line description.</summary>
public sealed record CheckRule(string Id, Severity DefaultSeverity, string Summary)
{
    public Finding Find(string message, DraftRef draft, OtherRef? other, string suggestion) =>
        new(DefaultSeverity, Id, message, draft, other, suggestion);
}
