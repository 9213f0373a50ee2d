using PolicyKB.Core;
using Xunit;

namespace PolicyKB.Tests.Extract;

/// <summary>Finds one target by metric and value and checks its fields (record equality compares lists
/// by reference, so fields are compared one by one).</summary>
internal static class TargetAssert
{
    public static Target Single(Extraction extraction, string metricContains, decimal value, string? unit = null) =>
        Assert.Single(extraction.Targets, t => t.Metric.Contains(metricContains, StringComparison.Ordinal) && t.Value == value
                                              && (unit is null || t.Unit == unit));

    public static void Is(Target target, Direction direction, string? qualifier, int? baseline, int? deadline)
    {
        Assert.Equal(direction, target.Direction);
        Assert.Equal(qualifier, target.Qualifier);
        Assert.Equal(baseline, target.BaselineYear);
        Assert.Equal(deadline, target.Deadline);
    }

    public static void Owned(Target target, string[] owners, params string[] coOwners)
    {
        Assert.Equal(owners, target.Owners);
        Assert.Equal(coOwners, target.CoOwners);
    }
}
