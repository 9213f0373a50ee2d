using PolicyKB.Rules;

namespace PolicyKB.Query.Check;

/// <summary>One problem `kb check` found in a draft: how much it matters, the stable id of the rule
/// that found it, what is wrong (Chinese), the draft's sentence, the other plan's sentence where one
/// is involved, and what to do about it.</summary>
public sealed record Finding(Severity Severity, string Rule, string Message, DraftRef Draft, OtherRef? Other, string Suggestion);
