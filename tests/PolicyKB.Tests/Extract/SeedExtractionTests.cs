using PolicyKB.Core;
using PolicyKB.Tests.Rules;
using Xunit;
using static PolicyKB.Tests.Extract.TargetAssert;

namespace PolicyKB.Tests.Extract;

/// <summary>The three real plans: the targets, owners and duties a reader finds in them.</summary>
public sealed class SeedExtractionTests
{
    private static readonly Extraction Liuzhou = RulesFixture.Seed(TestPaths.Liuzhou);
    private static readonly Extraction Guangxi = RulesFixture.Seed(TestPaths.Guangxi);
    private static readonly Extraction Guangan = RulesFixture.Seed(TestPaths.Guangan);

    [Fact]
    public void Liuzhou_duty_paragraphs_own_their_targets()
    {
        var energy = Single(Liuzhou, "单位地区生产总值能源消耗", 14.5m);
        Is(energy, Direction.Decrease, null, 2020, 2025);
        Owned(energy, ["柳州市发展和改革委员会"]);

        Owned(Single(Liuzhou, "清洁能源车辆占比", 90m), ["柳州市交通运输局"]);
        Owned(Single(Liuzhou, "秸秆综合利用率", 86m), ["柳州市农业农村局"]);
        Owned(Single(Liuzhou, "全国公共机构能效领跑者", 1m, "家"), ["柳州市机关事务管理局"]);
        Assert.Equal(11, Liuzhou.Targets.Count);
    }

    [Fact]
    public void Liuzhou_paragraph_period_word_of_another_sentence_gives_no_deadline()
    {
        // "督促有关单位完成年度和“十四五”节能降碳目标任务。推动新建建筑执行居住建筑 65%节能标准…"
        var housing = Single(Liuzhou, "居住建筑节能标准", 65m);

        Is(housing, Direction.Reach, null, null, null);
        Owned(housing, ["柳州市住房和城乡建设局"]);
    }

    [Fact]
    public void Liuzhou_work_goal_has_no_owner_and_dates_from_the_period()
    {
        var carbon = Single(Liuzhou, "二氧化碳排放", 17m);

        Is(carbon, Direction.Decrease, "累计", 2020, 2025);
        Assert.Empty(carbon.Owners);
        Assert.Equal("carbon_intensity", carbon.MetricId);
    }

    [Fact]
    public void Liuzhou_duties_name_each_department_with_its_role()
    {
        var statistics = Assert.Single(Liuzhou.Duties, d => d.Department == "柳州市统计局");
        Assert.Contains("统计核算", statistics.Text);

        var grid = Assert.Single(Liuzhou.Duties, d => d.Department == "广西电网柳州供电局");
        Assert.Contains("调入及调出", grid.Text);

        var environment = Assert.Single(Liuzhou.Duties, d => d.Department == "柳州市生态环境局");
        Assert.Equal("全市降碳工作牵头单位", environment.Role);
    }

    [Fact]
    public void Guangxi_main_goals_take_their_year_from_the_paragraph_opening()
    {
        Is(Single(Guangxi, "单位地区生产总值能耗", 13m), Direction.Decrease, null, 2020, 2025);
        Is(Single(Guangxi, "风电、太阳能发电总装机容量", 7000m), Direction.Reach, "力争超过", null, 2030);
        Is(Single(Guangxi, "非化石能源消费比重", 80m), Direction.Reach, "以上", null, 2060);
        Assert.Equal(2, Guangxi.Targets.Count(t => t.Metric == "森林覆盖率"));
        Assert.Equal(10, Guangxi.Targets.Count);
        Assert.All(Guangxi.Targets, t => Assert.Empty(t.Owners));
    }

    [Fact]
    public void Guangxi_sector_duties_and_the_leading_group_are_recorded()
    {
        Assert.Contains(Guangxi.Duties, d => d.Department == "生态环境部门" && d.Text.Contains("统筹控制二氧化碳"));
        Assert.Contains(Guangxi.Duties, d => d.Department == "能源主管部门" && d.Text.Contains("能源结构调整"));
        Assert.Contains(Guangxi.Duties, d => d.Department == "广西壮族自治区碳达峰碳中和工作领导小组" && d.Text.StartsWith("指导和统筹"));
    }

    [Fact]
    public void Guangan_targets_come_from_goals_and_actions_without_owners()
    {
        Assert.Equal(26, Guangan.Targets.Count);
        Assert.All(Guangan.Targets, t => Assert.Empty(t.Owners));
        Is(Single(Guangan, "单位地区生产总值能源消耗", 14.5m), Direction.Decrease, "以上", null, 2025);
        Is(Single(Guangan, "新建集中式充电站", 254m), Direction.Increase, null, null, 2025);
        Is(Single(Guangan, "重点技术改造项目", 100m), Direction.Reach, "累计", null, 2025);
        Is(Single(Guangan, "新能源车辆占比", 90m), Direction.Reach, null, null, null);
        Is(Single(Guangan, "再生资源回收利用率", 100m), Direction.Reach, null, null, 2030);
    }

    [Fact]
    public void Guangan_committee_duty_is_found_behind_its_lead_in()
    {
        var committee = Assert.Single(Guangan.Duties, d => d.Department == "广安市碳达峰、碳中和工作委员会");

        Assert.StartsWith("对全市碳达峰相关工作的整体部署和系统推进", committee.Text);
    }

    [Fact]
    public void Measures_keep_prohibitions_and_encouragements()
    {
        Assert.Contains(Guangan.Measures, m => m.Kind == MeasureKind.Prohibition && m.Text.Contains("严禁新增水泥熟料产能"));
        Assert.Contains(Guangxi.Measures, m => m.Kind == MeasureKind.Encouragement && m.Text.Contains("鼓励"));
        Assert.Contains(Liuzhou.Measures, m => m.Kind == MeasureKind.Duty && m.Owners.SequenceEqual(["柳州市统计局"]));
    }
}
