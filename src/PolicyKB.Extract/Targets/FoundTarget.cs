using PolicyKB.Core;
using PolicyKB.Extract.Text;
using PolicyKB.Rules;

namespace PolicyKB.Extract.Targets;

/// <summary>A target as read from one sentence, before the paragraph, heading and owners around it
/// are taken into account. <see cref="Deadline"/> is the sentence's own, if it has one.</summary>
internal sealed record FoundTarget(
    Span Quantity,
    string Metric,
    decimal Value,
    string Unit,
    UnitRule? UnitRule,
    Direction Direction,
    string? Qualifier,
    Comparator Comparator,
    int? BaselineYear,
    int? Deadline);
