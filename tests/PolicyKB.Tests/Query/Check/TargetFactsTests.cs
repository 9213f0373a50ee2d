using PolicyKB.Core;
using PolicyKB.Query.Check;
using Xunit;

namespace PolicyKB.Tests.Query.Check;

/// <summary>How targets are matched and ranked: metric aliases, polarity of caps and lower-is-better
/// levels, yearly rates, units that do not compare across regions.</summary>
public sealed class TargetFactsTests(CheckFixture fixture) : IClassFixture<CheckFixture>
{
    private TargetFacts Facts => new(fixture.Rules, fixture.Settings);

    private static Target Make(string metric, decimal value, string unit = "%", Direction direction = Direction.Reach,
        string? qualifier = null, Comparator comparator = Comparator.Equal, int? deadline = 2025, string? sentence = null, string? metricId = null,
        string? canonical = null, decimal? scale = null) => new()
    {
        Metric = metric,
        MetricId = metricId,
        Value = value,
        Unit = unit,
        CanonicalUnit = canonical ?? (unit == "%" ? "%" : null),
        Scale = scale,
        Direction = direction,
        Qualifier = qualifier,
        Comparator = comparator,
        Deadline = deadline,
        Evidence = new Evidence("test", "", sentence ?? $"到{deadline}年，{metric}{value}{unit}"),
    };

    [Fact]
    public void Aliases_of_one_metric_share_a_key_but_a_longer_name_keeps_its_own()
    {
        var written = Make("单位地区生产总值能源消耗", 14, direction: Direction.Decrease, metricId: "energy_intensity");
        var alias = Make("单位GDP能耗", 13, direction: Direction.Decrease, metricId: "energy_intensity");
        var scoped = Make("全市单位地区生产总值能耗", 13, direction: Direction.Decrease, metricId: "energy_intensity");
        var model = Make("节约型公共机构示范单位", 5, "家", metricId: "public_institution_models");

        Assert.Equal(Facts.MetricKey(written), Facts.MetricKey(alias));
        Assert.Equal(Facts.MetricKey(written), Facts.MetricKey(scoped));
        Assert.True(Facts.SameMeasure(written, alias));
        Assert.Equal("id:public_institution_models", Facts.MetricKey(model));
        Assert.NotEqual(Facts.MetricKey(model), Facts.MetricKey(Make("全国公共机构能效领跑者示范", 1, "家", metricId: "public_institution_models")));
    }

    [Fact]
    public void A_higher_cap_and_a_higher_coal_share_are_weaker()
    {
        var cap = Make("能源消费总量", 1000, "万吨标准煤", Direction.Cap, "以内", Comparator.AtMost, canonical: "tce", scale: 10000);
        var higherCap = cap with { Value = 1100 };
        var coal = Make("煤炭消费比重", 50, metricId: "coal_share");
        var moreCoal = coal with { Value = 55 };

        Assert.True(Facts.Strength(higherCap, cap) < 0);
        Assert.True(Facts.Strength(moreCoal, coal) < 0);
        Assert.True(Facts.Strength(Make("非化石能源消费比重", 28, metricId: "non_fossil_share"), Make("非化石能源消费比重", 30, metricId: "non_fossil_share")) < 0);
    }

    [Fact]
    public void Yearly_rates_and_different_units_or_years_do_not_compare()
    {
        var fiveYear = Make("单位GDP能耗", 13, direction: Direction.Decrease, metricId: "energy_intensity");
        var yearly = Make("单位GDP能耗", 3, direction: Direction.Decrease, metricId: "energy_intensity", sentence: "单位GDP能耗年均下降3%");
        var points = Make("单位GDP能耗", 3, "个百分点", Direction.Decrease, metricId: "energy_intensity", canonical: "percentage point");
        var later = fiveYear with { Deadline = 2030 };

        Assert.True(Facts.Annual(yearly));
        Assert.False(Facts.SameMeasure(fiveYear, yearly));
        Assert.False(Facts.SameMeasure(fiveYear, points));
        Assert.False(Facts.SameMeasure(fiveYear, later));
    }

    [Fact]
    public void Absolute_amounts_do_not_compare_across_regions_but_shares_do()
    {
        Assert.False(Facts.ComparableAcrossRegions(Make("风电、太阳能发电总装机容量", 4000, "万千瓦", canonical: "kW", scale: 10000)));
        Assert.True(Facts.ComparableAcrossRegions(Make("森林覆盖率", 62.6m)));
    }

    [Theory]
    [InlineData("下降", Direction.Decrease, null, Comparator.Equal, "到2025年下降13%")]
    [InlineData("达到", Direction.Reach, "以上", Comparator.AtLeast, "到2025年达到30%以上")]
    [InlineData("力争", Direction.Reach, "力争", Comparator.Equal, "到2025年力争达到30%")]
    [InlineData("不低于", Direction.Reach, "不低于", Comparator.AtLeast, "到2025年不低于30%")]
    [InlineData("力争超过", Direction.Reach, "力争超过", Comparator.AtLeast, "到2025年力争超过30%")]
    [InlineData("累计下降", Direction.Decrease, "累计", Comparator.Equal, "到2025年累计下降13%")]
    public void Describe_writes_the_target_as_a_plan_would(string verb, Direction direction, string? qualifier, Comparator comparator, string expected)
    {
        var value = direction == Direction.Decrease ? 13 : 30;
        var sentence = qualifier switch
        {
            "以上" => $"到2025年，非化石能源消费比重{verb}{value}%以上",
            null or "累计" => $"到2025年，单位GDP能耗{verb}{value}%",
            _ => $"到2025年，非化石能源消费比重{verb}{value}%",
        };

        Assert.Equal(expected, TargetFacts.Describe(fixture.Rules, Make("x", value, direction: direction, qualifier: qualifier, comparator: comparator, sentence: sentence)));
    }
}
