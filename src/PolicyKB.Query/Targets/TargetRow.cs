using PolicyKB.Core;

namespace PolicyKB.Query.Targets;

/// <summary>One stored target with the plan it comes from, as `kb targets`, `kb owners` and the HTTP API
/// list it. Field names follow gold/SCHEMA.md; <see cref="Text"/> is the target as a plan writes it
/// (下降14.5%以上, 达到35%左右), <see cref="Evidence"/> the quoted source sentence.</summary>
public sealed record TargetRow(
    string Document,
    string Title,
    string? Region,
    string? Level,
    string Metric,
    string? MetricId,
    decimal Value,
    string Unit,
    Direction Direction,
    string? Qualifier,
    int? BaselineYear,
    int? Deadline,
    IReadOnlyList<string> Owners,
    IReadOnlyList<string> CoOwners,
    string Evidence,
    string Section,
    string Text);

/// <summary>What `kb targets` lists: {"targets": [...]}.</summary>
public sealed record TargetList(IReadOnlyList<TargetRow> Targets);

/// <summary>Which targets to list. <see cref="Region"/> takes full or short names (柳州); <see cref="Metric"/>
/// a metric id, a name or alias from rules/metrics.yaml (单位GDP能耗), or else words of the written metric
/// name; <see cref="Year"/> is the deadline.</summary>
public sealed record TargetFilter(string? Region = null, string? Metric = null, int? Year = null);
