using System.Globalization;
using PolicyKB.Core;

namespace PolicyKB.Rules;

/// <summary>An example carried by a rule: a sentence and the target it must yield (or none).
/// The test suite runs each as one theory case named by <see cref="Id"/>, e.g. "rules/metrics.yaml:7".</summary>
/// <param name="Expect">Fields one target must have; a field given as null must be null.</param>
/// <param name="Reject">Fields no target may have (由20%提高到25%: no target of value 20).</param>
/// <remarks>With neither, the example says <c>expect: none</c>: the text holds no target.</remarks>
public sealed record RuleExample(
    string Id, string Text, IReadOnlyDictionary<string, string?>? Expect, IReadOnlyDictionary<string, string?>? Reject)
{
    /// <summary>The keys an expectation may name, as in gold/SCHEMA.md.</summary>
    public static readonly IReadOnlyList<string> Fields =
        ["metric", "metricId", "value", "unit", "direction", "qualifier", "baselineYear", "deadline", "owners", "coOwners"];

    /// <summary>Owners and coOwners are written as one string, names joined by 、.</summary>
    public const char ListSeparator = '、';

    public bool ExpectsNone => Expect is null && Reject is null;

    /// <summary>Whether the targets extracted from <see cref="Text"/> are what the example says.</summary>
    public bool Holds(IReadOnlyList<Target> targets) =>
        ExpectsNone
            ? targets.Count == 0
            : (Expect is null || targets.Any(t => Matches(Expect, t))) && (Reject is null || !targets.Any(t => Matches(Reject, t)));

    public static bool Matches(IReadOnlyDictionary<string, string?> fields, Target target)
    {
        foreach (var (field, expected) in fields)
        {
            var actual = field switch
            {
                "metric" => Squeeze(target.Metric),
                "metricId" => target.MetricId,
                "value" => target.Value.ToString(CultureInfo.InvariantCulture),
                "unit" => target.Unit,
                "direction" => target.Direction.ToString().ToLowerInvariant(),
                "qualifier" => target.Qualifier,
                "baselineYear" => target.BaselineYear?.ToString(CultureInfo.InvariantCulture),
                "deadline" => target.Deadline?.ToString(CultureInfo.InvariantCulture),
                "owners" => string.Join(ListSeparator, target.Owners.Order(StringComparer.Ordinal)),
                "coOwners" => string.Join(ListSeparator, target.CoOwners.Order(StringComparer.Ordinal)),
                _ => throw new InvalidOperationException($"unknown field {field}"),
            };
            if (!Same(field, expected, actual))
                return false;
        }
        return true;
    }

    private static bool Same(string field, string? expected, string? actual)
    {
        if (field is "value" && expected is not null && actual is not null)
            return decimal.Parse(expected, CultureInfo.InvariantCulture) == decimal.Parse(actual, CultureInfo.InvariantCulture);
        if (field is "owners" or "coOwners")
            return string.Join(ListSeparator, (expected ?? "").Split(ListSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Order(StringComparer.Ordinal)) == (actual ?? "");
        if (field is "metric")
            return Squeeze(expected) == actual;
        return expected == (string.IsNullOrEmpty(actual) ? null : actual);
    }

    private static string? Squeeze(string? text) =>
        text is null ? null : string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    public override string ToString() => Id;
}
