namespace PolicyKB.Rules;

/// <summary>One entry of the metric taxonomy: a stable id, a display name, a category and the names plans use.</summary>
public sealed record MetricRule(string Id, string Name, string Category, string? Unit, IReadOnlyList<string> Aliases, int Line);
