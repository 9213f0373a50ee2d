using PolicyKB.Core;
using PolicyKB.Tests.Rules;
using Xunit;
using static PolicyKB.Tests.Extract.TargetAssert;

namespace PolicyKB.Tests.Extract;

/// <summary>How far a date, a baseline, a naming of units or a table note reaches: over the semicolons of
/// one sentence, to the rows a note names, to the text or the table a lead-first note stands beside.</summary>
public sealed class ClauseReachTests
{
    private static readonly DocumentMeta Meta = new() { Title = "柳州市公共机构节能降碳工作方案", Region = "柳州市", Level = "city", Date = "2023-03-01" };

    private static Extraction Extract(params Section[] sections) =>
        RulesFixture.Extractor.Extract(new Document("reach", Meta, sections));

    private static Section Text(string heading, params string[] paragraphs) => new(heading, 1, heading, paragraphs, [], []);

    [Fact]
    public void A_date_opening_a_sentence_dates_every_part_after_its_semicolons()
    {
        var plan = Extract(Text("二、重点任务",
            "2.推进可再生能源利用。统筹风光资源开发。到2026年，全市光伏装机规模达到80万千瓦（责任单位：市能源局）；"
            + "公共机构屋顶光伏安装比例力争达到40%（责任单位：市机关事务管理局、市住房城乡建设局）；累计推广太阳能热水器2万台；"
            + "2030年新能源汽车保有量达到5万辆。另新增换电站12座。"));

        Assert.Equal(2026, Single(plan, "光伏装机规模", 80m).Deadline);
        Assert.Equal(2026, Single(plan, "屋顶光伏安装比例", 40m).Deadline);
        Assert.Equal(2026, Single(plan, "太阳能热水器", 2m).Deadline);
        Assert.Equal(2030, Single(plan, "新能源汽车保有量", 5m).Deadline);   // a part with a year of its own keeps it
        Assert.Null(Single(plan, "换电站", 12m).Deadline);                   // the full stop ends the date's reach
    }

    [Fact]
    public void A_date_opening_a_later_clause_dates_the_parts_after_it()
    {
        var plan = Extract(Text("二、重点任务",
            "（二）推广节能家电。党政机关带头采购高效节能产品，到二〇二七年，新购空调中一级能效产品比例不低于百分之八十；"
            + "县级以上机关建设能耗监测平台十二个以上。"));

        Assert.Equal(2027, Single(plan, "一级能效产品比例", 80m).Deadline);
        Assert.Equal(2027, Single(plan, "能耗监测平台", 12m).Deadline);
    }

    [Fact]
    public void A_baseline_named_with_what_is_counted_dates_the_changes_after_it()
    {
        var plan = Extract(Text("三、主要目标",
            "到二〇二六年，全市公共机构用能总量控制在三万吨标准煤以内；以二〇二一年用能和用水数据为基数，单位建筑面积电耗下降百分之四，人均用水量下降百分之三。"));

        Is(Single(plan, "用能总量", 3m), Direction.Cap, "以内", null, 2026);
        Is(Single(plan, "单位建筑面积电耗", 4m), Direction.Decrease, null, 2021, 2026);
        Is(Single(plan, "人均用水量", 3m), Direction.Decrease, null, 2021, 2026);
    }

    [Theory]
    [InlineData("“十四五”期间，全区党政机关实施既有建筑节能改造十五万平方米。", 15, "万平方米", "既有建筑节能改造")]
    [InlineData("“十四五”期间，全区党政机关实施既有建筑节能改造15万平方米。", 15, "万平方米", "既有建筑节能改造")]
    [InlineData("到2025年，评选节约型机关示范单位五家。", 5, "家", "节约型机关示范单位")]
    [InlineData("到2025年，评选节约型机关示范单位5家。", 5, "家", "节约型机关示范单位")]
    public void Chinese_and_arabic_numerals_after_object_verbs_read_alike(string sentence, int value, string unit, string metric)
    {
        var target = Assert.Single(RulesFixture.Extractor.ExtractSentence(sentence));

        Assert.Equal((metric, (decimal)value, unit, 2025), (target.Metric, target.Value, target.Unit, target.Deadline));
    }

    [Fact]
    public void A_unit_working_with_partners_leads_and_the_partners_co_own()
    {
        var plan = Extract(Text("二、重点任务",
            "（一）推进绿色出行。到2025年，公共机构新能源公务用车占比达到百分之四十。此项工作由市机关事务管理局会同市交通运输局、市财政局组织实施。",
            "（二）推进节水。到2025年，公共机构节水器具普及率达到100%。由市水利局会同市机关事务管理局负责。"));

        Owned(Single(plan, "新能源公务用车占比", 40m), ["柳州市机关事务管理局"], "柳州市交通运输局", "柳州市财政局");
        Owned(Single(plan, "节水器具普及率", 100m), ["柳州市水利局"], "柳州市机关事务管理局");
    }

    [Fact]
    public void A_lead_first_note_beside_a_table_speaks_for_that_table_only()
    {
        var task = Text("二、重点任务",
            "（一）工业节能。到2025年，重点行业能效达到标杆水平的产能比例超过25%。（市工业和信息化局、市发展改革委按职责分工负责）");
        var table = new Table(["序号", "指标名称", "单位", "2025年目标", "责任单位"],
            [["1", "城市生活污水集中收集率", "%", "75", "市住房城乡建设局、市生态环境局"]]);
        var annex = new Section("附件", 1, "附件", ["注：责任单位中排在第一位的为牵头单位，其他为配合单位。"], [], [table]);

        var plan = Extract(task, annex);

        Owned(Single(plan, "标杆水平的产能比例", 25m), ["柳州市工业和信息化局", "柳州市发展和改革委员会"]);
        Owned(Single(plan, "生活污水集中收集率", 75m), ["柳州市住房和城乡建设局"], "柳州市生态环境局");
    }

    [Fact]
    public void A_section_on_the_present_state_holds_no_targets()
    {
        var plan = Extract(
            Text("一、基本情况", "我市是全省重要的粮食生产基地，全市耕地面积85万亩，规模养殖场320个。"),
            Text("二、工作目标", "到2025年，畜禽粪污综合利用率达到92%。"));

        Assert.Equal(92m, Assert.Single(plan.Targets).Value);
    }

    [Fact]
    public void A_lead_first_note_in_the_text_speaks_for_the_text()
    {
        var plan = Extract(Text("二、重点任务",
            "（一）工业节能。到2025年，重点行业能效达到标杆水平的产能比例超过25%。（市工业和信息化局、市发展改革委按职责分工负责）",
            "注：以上各项任务的责任单位中，排名第一的为牵头单位。"));

        Owned(Single(plan, "标杆水平的产能比例", 25m), ["柳州市工业和信息化局"], "柳州市发展和改革委员会");
    }

    [Fact]
    public void Indicator_rows_read_caps_amounts_and_baselines_from_cells_and_notes()
    {
        var table = new Table(["序号", "指标", "单位", "2021年基数", "2025年目标"],
        [
            ["1", "单位地区生产总值二氧化碳排放较2021年下降", "%", "—", "16"],
            ["2", "二氧化硫重点工程减排量", "吨", "—", "3500"],
            ["3", "城市空气中可吸入颗粒物年均浓度", "微克/立方米", "52", "≤45"],
            ["4", "公共机构人均能耗降低", "%", "—", "6"],
            ["5", "规模以上工业单位增加值能耗降低", "%", "—", "13"],
        ]);
        var section = new Section("附件", 1, "附件", ["注：公共机构人均能耗降低指标以2020年为基期。"], [], [table]);

        var plan = Extract(section);

        var carbon = Single(plan, "单位地区生产总值二氧化碳排放", 16m);
        Assert.Equal("单位地区生产总值二氧化碳排放", carbon.Metric);
        Is(carbon, Direction.Decrease, null, 2021, 2025);
        Is(Single(plan, "二氧化硫重点工程减排量", 3500m), Direction.Reach, null, null, 2025);
        Is(Single(plan, "可吸入颗粒物年均浓度", 45m), Direction.Cap, "≤", null, 2025);
        Is(Single(plan, "公共机构人均能耗", 6m), Direction.Decrease, null, 2020, 2025);
        Is(Single(plan, "规模以上工业单位增加值能耗", 13m), Direction.Decrease, null, null, 2025);   // the note names another row
    }

    [Fact]
    public void An_indicator_row_of_things_newly_added_is_an_increase_from_the_base_year_column()
    {
        var table = new Table(["序号", "指标", "单位", "2020年", "2025年"],
        [
            ["1", "新增城市绿地面积", "公顷", "—", "300"],
            ["2", "新建建筑中绿色建筑占比", "%", "60", "100"],
        ]);
        var section = new Section("一、主要目标", 1, "一、主要目标", [], [], [table]);

        var plan = Extract(section);

        Is(Single(plan, "新增城市绿地面积", 300m), Direction.Increase, null, 2020, 2025);
        Is(Single(plan, "绿色建筑占比", 100m), Direction.Reach, null, null, 2025);   // a share of new buildings is a level
    }

    [Fact]
    public void A_table_note_naming_no_row_gives_every_change_row_its_baseline()
    {
        var table = new Table(["序号", "指标", "单位", "2025年"],
        [
            ["1", "单位地区生产总值能耗降低", "%", "14"],
            ["2", "非化石能源消费比重", "%", "20"],
        ]);
        var section = new Section("附件", 1, "附件", ["注：以上降低类指标均以2020年为基数。"], [], [table]);

        var plan = Extract(section);

        Is(Single(plan, "单位地区生产总值能耗", 14m), Direction.Decrease, null, 2020, 2025);
        Is(Single(plan, "非化石能源消费比重", 20m), Direction.Reach, null, null, 2025);
    }

    [Fact]
    public void The_divisions_of_a_place_are_no_targets()
    {
        var targets = RulesFixture.Extractor.ExtractSentence("全县下辖9个镇、2个街道，到2025年，全县森林覆盖率达到58%。");

        Assert.Equal([58m], targets.Select(t => t.Value));
    }
}
