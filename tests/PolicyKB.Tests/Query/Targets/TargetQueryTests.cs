using PolicyKB.Core;
using PolicyKB.Query.Targets;
using Xunit;

namespace PolicyKB.Tests.Query.Targets;

public sealed class TargetQueryTests(BundledKbFixture fixture) : IClassFixture<BundledKbFixture>
{
    [Theory]
    [InlineData("单位GDP能耗")]
    [InlineData("单位地区生产总值能源消耗")]
    [InlineData("单位地区生产总值能耗")]
    [InlineData("energy_intensity")]
    public void Any_name_of_a_metric_finds_the_same_targets_in_every_region(string metric)
    {
        var targets = fixture.Kb.Targets(new TargetFilter(Metric: metric, Year: 2025)).Targets;

        Assert.All(targets, t => Assert.Equal("energy_intensity", t.MetricId));
        Assert.Equal(["广安市", "广西壮族自治区", "柳州市"], targets.Select(t => t.Region));
        Assert.Equal(["下降14.5%以上", "下降13%", "下降14.5%"], targets.Select(t => t.Text));
    }

    [Fact]
    public void Targets_sort_by_metric_then_deadline_then_region()
    {
        var targets = fixture.Kb.Targets(new TargetFilter(Metric: "非化石能源占能源消费总量比重")).Targets;

        Assert.Equal([(2025, "广安市"), (2025, "广西壮族自治区"), (2030, "广安市"), (2030, "广西壮族自治区"), (2060, "广西壮族自治区")],
            targets.Select(t => (t.Deadline ?? 0, t.Region ?? "")));
        Assert.Equal("达到35%左右", targets[0].Text);
    }

    [Fact]
    public void An_unknown_metric_matches_words_of_the_written_name()
    {
        var targets = fixture.Kb.Targets(new TargetFilter(Metric: "充电")).Targets;

        Assert.NotEmpty(targets);
        Assert.All(targets, t => Assert.Contains("充电", t.Metric));
    }

    [Fact]
    public void Short_region_name_keeps_that_regions_targets_with_their_evidence()
    {
        var targets = fixture.Kb.Targets(new TargetFilter(Region: "柳州")).Targets;

        Assert.NotEmpty(targets);
        Assert.All(targets, t => Assert.Equal("柳州市", t.Region));
        Assert.All(targets, t => Assert.Contains(t.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), t.Evidence.Replace(" ", "")));
    }

    [Fact]
    public void Unknown_region_is_a_user_error() =>
        Assert.Throws<KbException>(() => fixture.Kb.Targets(new TargetFilter(Region: "火星")));

    [Theory]
    [InlineData("发改委")]
    [InlineData("发展和改革委员会")]
    [InlineData("柳州市发改委")]
    [InlineData("市发展改革委")]
    public void Department_aliases_find_one_department(string unit)
    {
        var owners = fixture.Kb.Owners(new OwnerFilter(Region: "柳州", Unit: unit)).Owners;

        var owner = Assert.Single(owners);
        Assert.Equal("柳州市发展和改革委员会", owner.Department);
        Assert.Contains(owner.Targets, t => t.MetricId == "energy_intensity");
        Assert.Contains(owner.Tasks, t => t.Kind == MeasureKind.Duty && t.Role == "全市节能工作牵头单位");
    }

    [Fact]
    public void A_region_qualified_unit_of_another_region_finds_nothing() =>
        Assert.DoesNotContain(fixture.Kb.Owners(new OwnerFilter(Unit: "广安市交通运输局")).Owners, o => o.Region == "柳州市");

    [Fact]
    public void Each_department_appears_once_per_region()
    {
        var owners = fixture.Kb.Owners(new OwnerFilter()).Owners;

        Assert.Equal(owners.Count, owners.Select(o => (o.Region, o.DepartmentId ?? o.Department)).Distinct().Count());
        Assert.All(owners, o => Assert.All(o.Tasks, t => Assert.True(t.Text.Length <= OwnerQuery.MaxTaskChars + 1)));
    }
}
