using PolicyKB.Core;
using PolicyKB.Rules;
using Xunit;

namespace PolicyKB.Tests.Rules;

public sealed class RuleSetTests
{
    private readonly RuleSet _rules = RulesFixture.Rules;

    [Theory]
    [InlineData("单位GDP能耗", "energy_intensity")]
    [InlineData("单位地区生产总值能源消耗", "energy_intensity")]
    [InlineData("全市单位地区生产总值能耗", "energy_intensity")]
    [InlineData("万元GDP能耗", "energy_intensity")]
    [InlineData("单位地区生产总值二氧化碳排放", "carbon_intensity")]
    [InlineData("非化石能源占能源消费总量比重", "non_fossil_share")]
    [InlineData("水电、风电、太阳能发电总装机容量", "clean_power_capacity")]
    [InlineData("风电、太阳能发电总装机容量", "wind_solar_capacity")]
    [InlineData("星级绿色建筑占比", "star_green_building_share")]
    public void Metric_aliases_resolve_to_one_id_and_the_longest_name_wins(string written, string id) =>
        Assert.Equal(id, _rules.Metrics.Find(written)?.Id);

    [Fact]
    public void A_metric_the_taxonomy_lacks_has_no_id() =>
        Assert.Null(_rules.Metrics.Find("新建居住建筑节能标准"));

    [Theory]
    [InlineData("发改委", "发展和改革委员会")]
    [InlineData("发展改革委", "发展和改革委员会")]
    [InlineData("发改局", "发展和改革局")]
    [InlineData("住建局", "住房和城乡建设局")]
    [InlineData("住房城乡建设局", "住房和城乡建设局")]
    [InlineData("工信局", "工业和信息化局")]
    [InlineData("经信局", "经济和信息化局")]
    [InlineData("住建厅", "住房和城乡建设厅")]
    [InlineData("机关事务局", "机关事务管理局")]
    public void Department_aliases_resolve_to_the_official_name_of_the_same_rank(string alias, string official)
    {
        var found = _rules.Departments.Resolve(alias);

        Assert.NotNull(found);
        Assert.Equal(official, found.Official);
        Assert.False(found.IsSector);
    }

    [Fact]
    public void Sector_names_resolve_to_their_department_and_stay_as_written()
    {
        var found = _rules.Departments.Resolve("生态环境部门");

        Assert.Equal("ecology_environment", found?.Department.Id);
        Assert.True(found!.IsSector);
        Assert.Equal("生态环境部门", found.Official);
    }

    [Theory]
    [InlineData("万千瓦", "kW", 10000)]
    [InlineData("亿立方米", "m3", 100000000)]
    [InlineData("万吨标准煤", "tce", 10000)]
    [InlineData("个", "count", 1)]
    public void Units_carry_canonical_unit_and_scale(string written, string canonical, decimal scale)
    {
        var unit = _rules.Units.Find(written);

        Assert.Equal(canonical, unit?.Canonical);
        Assert.Equal(scale, unit!.Scale);
    }

    [Fact]
    public void Regions_come_from_regions_yaml() =>
        Assert.Equal("广西壮族自治区", _rules.Regions.Find("广西")?.Name);

    [Fact]
    public void Every_metric_with_a_unit_names_a_known_unit() =>
        Assert.All(_rules.Metrics.All.Where(m => m.Unit is not null), m => Assert.NotNull(_rules.Units.Find(m.Unit!)));

    [Fact]
    public void A_missing_rules_folder_is_bad_input()
    {
        var error = Assert.Throws<KbException>(() => RuleSet.Load(Path.Combine(TestPaths.Data, "no-such-rules")));

        Assert.Contains("规则目录不存在", error.Message);
    }
}
