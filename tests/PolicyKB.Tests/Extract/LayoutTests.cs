using PolicyKB.Core;
using PolicyKB.Tests.Rules;
using Xunit;
using static PolicyKB.Tests.Extract.TargetAssert;

namespace PolicyKB.Tests.Extract;

/// <summary>Plans written in the layouts hidden plans use (Data/layouts/), read through the ingestor as
/// `kb extract` reads them.</summary>
public sealed class LayoutTests
{
    [Fact]
    public void Brackets_after_a_task_name_lead_and_responsible_units()
    {
        var plan = RulesFixture.Layout("a-brackets.txt");

        var cars = Single(plan, "新能源汽车产量", 10m, "万辆");
        Is(cars, Direction.Reach, null, null, 2025);
        Owned(cars, ["南宁市工业和信息化局"], "南宁市发展和改革委员会", "南宁市科学技术局");
        var factories = Single(plan, "绿色工厂", 30m, "家");
        Is(factories, Direction.Increase, "以上", null, 2025);   // 培育: things added
        Owned(factories, ["南宁市工业和信息化局"], "南宁市发展和改革委员会", "南宁市科学技术局");
        // 配合单位 are co-owners too
        Owned(Single(plan, "重点用能企业节能改造", 200m, "项"), ["南宁市工业和信息化局"], "南宁市发展和改革委员会", "南宁市统计局");
        // a bracket standing on its own line closes the task above it
        var pv = Single(plan, "光伏装机容量", 50m, "万千瓦");
        Is(pv, Direction.Increase, null, null, 2025);
        Owned(pv, ["南宁市发展和改革委员会"], "南宁市工业和信息化局");
        Is(Single(plan, "电能占终端能源消费比重", 30m), Direction.Reach, "左右", null, 2025);
    }

    [Fact]
    public void Brackets_never_reach_goals_outside_their_task()
    {
        var plan = RulesFixture.Layout("a-brackets.txt");

        var goal = Single(plan, "规模以上工业单位增加值能耗", 14m);
        Is(goal, Direction.Decrease, null, 2020, 2025);
        Assert.Empty(goal.Owners);
        Assert.Equal(7, plan.Targets.Count);   // not 1+N, 两高, 三线一单, the date or the phone number
        var prohibition = Assert.Single(plan.Measures, m => m.Text.Contains("严禁新增钢铁"));
        Assert.Equal(MeasureKind.Prohibition, prohibition.Kind);
        Assert.Equal(["南宁市发展和改革委员会"], prohibition.Owners);
    }

    [Fact]
    public void First_listed_responsible_unit_leads_when_the_plan_says_so()
    {
        var plan = RulesFixture.Layout("b-lead-first.txt");

        Owned(Single(plan, "光伏发电装机容量", 15m), ["柳城县发展和改革局"], "柳城县自然资源局", "柳城县林业局");
        Owned(Single(plan, "生物质发电装机容量", 3m), ["柳城县发展和改革局"], "柳城县自然资源局", "柳城县林业局");
        Owned(Single(plan, "绿色建筑面积占比", 100m), ["柳城县住房和城乡建设局"]);
        var buses = Single(plan, "新能源车辆占比", 80m);
        Is(buses, Direction.Reach, null, null, 2025);
        Owned(buses, ["柳城县交通运输局"], "柳城县发展和改革局", "柳城县工业和信息化局", "供电公司");
        Is(Single(plan, "新建公共充电桩", 200m, "个"), Direction.Increase, null, null, 2025);
    }

    [Fact]
    public void Numbered_year_items_date_their_goals()
    {
        var plan = RulesFixture.Layout("b-lead-first.txt");

        Is(Single(plan, "非化石能源消费比重", 28m), Direction.Reach, "以上", null, 2025);
        Is(Single(plan, "森林覆盖率", 82m), Direction.Maintain, "以上", null, 2025);
        Is(Single(plan, "非化石能源消费比重", 32m), Direction.Reach, "左右", null, 2030);
        Assert.Empty(Single(plan, "单位地区生产总值能耗", 12m).Owners);
    }

    [Fact]
    public void Task_table_rows_are_owned_by_their_units_and_dated_by_their_time_limit()
    {
        var plan = RulesFixture.Layout("c-task-table.txt");

        var share = Assert.Single(plan.Targets, t => t.Metric == "非化石能源消费比重" && t.Qualifier == "左右");
        Is(share, Direction.Reach, "左右", null, 2025);
        Owned(share, ["钦州市发展和改革委员会"], "钦州市能源局", "钦州市统计局");
        var piles = Single(plan, "新建公共充电桩", 3000m, "个");
        Is(piles, Direction.Increase, null, null, 2025);
        Owned(piles, ["钦州市交通运输局"], "钦州市住房和城乡建设局", "供电局");
        var forest = Single(plan, "森林覆盖率", 60m);
        Is(forest, Direction.Maintain, "以上", null, 2030);
        Owned(forest, ["钦州市林业局"], "钦州市自然资源局");
        Assert.Contains(plan.Duties, d => d.Department == "钦州市工业和信息化局" && d.Role == "牵头单位" && d.Text.Contains("严禁新增钢铁"));
    }

    [Fact]
    public void Indicator_table_years_are_deadlines_and_the_base_year_is_no_target()
    {
        var plan = RulesFixture.Layout("c-task-table.txt");

        var indicators = plan.Targets.Where(t => t.Qualifier is null && t.Metric.StartsWith("非化石能源消费比重")).ToList();
        Assert.Equal([(30m, 2025), (35m, 2030)], indicators.Select(t => (t.Value, t.Deadline!.Value)));
        Assert.DoesNotContain(plan.Targets, t => t.Value == 22m);
        Is(Single(plan, "单位地区生产总值能耗降低", 14m), Direction.Decrease, null, null, 2025);
    }

    [Fact]
    public void District_duty_paragraphs_qualify_owners_with_the_district()
    {
        var plan = RulesFixture.Layout("d-duty-paragraphs.txt");

        var energy = Single(plan, "单位地区生产总值能耗", 13.5m);
        Is(energy, Direction.Decrease, null, 2020, 2025);
        Owned(energy, ["鱼峰区发展和改革局"]);
        Owned(Single(plan, "既有建筑节能改造", 20m, "万平方米"), ["鱼峰区住房和城乡建设局"]);
        Owned(Single(plan, "秸秆综合利用率", 88m), ["鱼峰区农业农村局"]);
        Assert.Contains(plan.Duties, d => d.Department == "鱼峰区统计局" && d.Text.Contains("能源统计监测"));
    }

    [Fact]
    public void Last_years_figures_are_no_targets()
    {
        var plan = RulesFixture.Layout("d-duty-paragraphs.txt");

        Assert.DoesNotContain(plan.Targets, t => t.Value is 3.1m or 60.5m);
        Assert.Equal(5, plan.Targets.Count);
    }

    [Fact]
    public void Pdf_page_breaks_and_full_width_digits_do_not_split_targets()
    {
        var plan = RulesFixture.Layout("e-pdf-broken.txt");

        Is(Single(plan, "单位地区生产总值能耗", 14.5m), Direction.Decrease, null, 2020, 2025);
        Is(Single(plan, "非化石能源消费比重", 30m), Direction.Reach, "以上", null, 2025);
        Is(Single(plan, "新能源汽车保有量", 5m, "万辆"), Direction.Reach, null, null, 2025);
        var buses = Single(plan, "新能源车辆占比", 95m);
        Owned(buses, ["贺州市交通运输局"]);
        Assert.Equal(2025, buses.Deadline);
        Assert.DoesNotContain(plan.Targets, t => t.Value is 2m or 3m);
    }

    [Fact]
    public void Traditional_characters_match_and_are_quoted_as_written()
    {
        var plan = RulesFixture.Layout("f-traditional.txt");

        var energy = Single(plan, "單位地區生產總值能耗", 14.5m);
        Is(energy, Direction.Decrease, null, 2020, 2025);
        Assert.Equal("energy_intensity", energy.MetricId);
        Owned(energy, ["梧州市发展和改革委员会"], "梧州市交通运输局", "梧州市统计局");
        Assert.Contains("單位地區生產總值能耗", energy.Evidence.Sentence);
        Owned(Single(plan, "新能源車輛佔比", 90m), ["梧州市交通运输局"]);
    }

    [Fact]
    public void Chinese_numerals_give_targets_and_counts_in_names_do_not()
    {
        var plan = RulesFixture.Layout("g-chinese-numerals.txt");

        Is(Single(plan, "公共机构单位建筑面积能耗", 5m, "%"), Direction.Decrease, null, null, 2025);
        Is(Single(plan, "人均综合能耗", 6m, "%"), Direction.Decrease, null, null, 2025);
        Is(Single(plan, "新能源汽车占公务用车比例", 20m, "%"), Direction.Reach, "以上", null, 2025);
        Is(Single(plan, "零碳示范园区", 3m, "个"), Direction.Increase, null, null, 2025);
        Is(Single(plan, "农村生活垃圾资源化利用率", 10m, "%"), Direction.Increase, "力争", null, 2025);
        Assert.Equal(5, plan.Targets.Count);   // 两高, 三线一单, 一批, 一体化 are none
    }

    [Fact]
    public void Province_plan_year_headings_and_period_words_date_the_goals()
    {
        var plan = RulesFixture.Layout("h-province.txt");

        Is(Single(plan, "单位地区生产总值能源消耗", 14m), Direction.Decrease, null, 2020, 2025);
        var carbon = Single(plan, "单位地区生产总值二氧化碳排放", 18m);
        Is(carbon, Direction.Decrease, null, 2020, 2025);
        Assert.Equal("carbon_intensity", carbon.MetricId);
        Is(Single(plan, "非化石能源消费比重", 27.4m), Direction.Reach, null, null, 2025);
        Is(Single(plan, "森林覆盖率", 66.8m), Direction.Maintain, "以上", null, 2025);
        Is(Single(plan, "非化石能源消费比重", 32m), Direction.Reach, "左右", null, 2030);
        Is(Single(plan, "二氧化碳排放", 65m), Direction.Decrease, "以上", 2005, 2030);
    }

    [Fact]
    public void Province_units_named_inline_before_the_task_own_it()
    {
        var plan = RulesFixture.Layout("h-province.txt");

        var capacity = Single(plan, "风电、光伏发电装机容量", 2000m, "万千瓦");
        Is(capacity, Direction.Reach, null, null, 2025);
        Owned(capacity, ["福建省发展和改革委员会", "福建省能源局"], "福建省自然资源厅", "福建省生态环境厅");
        Assert.All(plan.Targets.Where(t => t != capacity), t => Assert.Empty(t.Owners));
    }
}

/// <summary>More layouts: labels on lines of their own, review sections and indicator tables in Markdown.</summary>
public sealed class MoreLayoutTests
{
    [Fact]
    public void Label_lines_before_the_task_are_one_naming_and_lead_it()
    {
        var plan = RulesFixture.Layout("i-labels-on-lines.txt");

        Owned(Single(plan, "光伏装机容量", 20m), ["岳池县发展和改革局"], "岳池县自然资源和规划局", "岳池县林业局");
        Owned(Single(plan, "生物质能利用量", 5m, "万吨标准煤"), ["岳池县发展和改革局"], "岳池县自然资源和规划局", "岳池县林业局");
    }

    [Fact]
    public void A_label_line_after_the_task_closes_it_and_the_first_listed_leads()
    {
        var plan = RulesFixture.Layout("i-labels-on-lines.txt");

        var boilers = Single(plan, "淘汰落后锅炉", 50m, "台");
        Owned(boilers, ["岳池县经济和信息化局"], "岳池县发展和改革局", "岳池县生态环境局");
        Owned(Single(plan, "新能源汽车", 100m, "%"), ["岳池县交通运输局"], "岳池县公安局");   // 【责任单位】
    }

    [Fact]
    public void A_unit_opening_a_sentence_owns_its_numbers_and_headings_date_their_sections()
    {
        var plan = RulesFixture.Layout("i-labels-on-lines.txt");

        var straw = Single(plan, "秸秆综合利用率", 92m);
        Is(straw, Direction.Reach, "以上", null, 2025);
        Owned(straw, ["岳池县农业农村局"]);
        Is(Single(plan, "非化石能源消费比重", 15m), Direction.Reach, "以上", null, 2025);   // （一）近期目标（到2025年）
        Is(Single(plan, "二氧化碳排放", 65m), Direction.Decrease, "以上", 2005, 2030);    // 2030年，…
    }

    [Fact]
    public void Review_sections_hold_no_targets_and_indicator_tables_do()
    {
        var plan = RulesFixture.Layout("j-review-and-indicators.md");

        Assert.DoesNotContain(plan.Targets, t => t.Value is 16.2m or 65m);
        Is(Single(plan, "非化石能源占一次能源消费比重", 27m), Direction.Reach, "≥", null, 2025);
        Assert.DoesNotContain(plan.Targets, t => t.Value is 22.3m or 60m);
        var renovation = Single(plan, "既有建筑节能改造", 50m, "万平方米");
        Owned(renovation, ["玉林市住房和城乡建设局"], "玉林市机关事务管理局");
        Assert.Null(renovation.Deadline);   // 时间安排: 长期
        Assert.Equal(2025, Single(plan, "能效标杆水平以上产能比例", 30m).Deadline);
    }

    [Fact]
    public void Numbered_goal_items_take_the_date_and_baseline_of_the_sentence_opening_them()
    {
        var plan = RulesFixture.Layout("k-numbered-goals.txt");

        // 到2025年，…。 then ①②③: every item is a 2025 goal; its own 较2020年 stays
        Is(Single(plan, "单位地区生产总值能耗", 12m), Direction.Decrease, null, 2020, 2025);
        Is(Single(plan, "非化石能源消费比重", 30m), Direction.Reach, "以上", null, 2025);
        Is(Single(plan, "新能源汽车新车销售量占比", 20m), Direction.Reach, "左右", null, 2025);
        // a later 到2030年 opener starts a list of its own; an item with its own year keeps it
        Is(Single(plan, "森林覆盖率", 72m), Direction.Reach, null, null, 2030);
        Is(Single(plan, "绿地率", 40m), Direction.Reach, null, null, 2028);
        // 与2020年相比，到2027年，…： dates and bases (1)(2)
        Is(Single(plan, "单位工业增加值用水量", 10m), Direction.Decrease, null, 2020, 2027);
        Is(Single(plan, "规模以上工业单位增加值能耗", 14m), Direction.Decrease, null, 2020, 2027);
        Assert.Equal(7, plan.Targets.Count);
    }

    [Fact]
    public void A_task_table_restating_a_target_of_the_text_makes_one_target_owned_by_the_row()
    {
        var plan = RulesFixture.Layout("l-restated-tasks.txt");

        var solar = Single(plan, "建筑屋顶光伏装机", 5m, "万千瓦");
        Owned(solar, ["池州市发展和改革委员会"], "池州市住房和城乡建设局", "池州市机关事务管理局");
        Assert.Equal(2026, solar.Deadline);   // the row's 完成时限; the text gives none
        var prefab = Single(plan, "装配式建筑占比", 35m);
        Owned(prefab, ["池州市住房和城乡建设局"], "池州市自然资源和规划局");
        Assert.Equal(2026, prefab.Deadline);   // the row says 持续推进; the text gives 到2026年
        // 2025年起 is when a yearly task starts, not its deadline
        var buildings = Single(plan, "超低能耗建筑", 3m);
        Assert.Equal(2026, buildings.Deadline);
        Assert.DoesNotContain(plan.Targets, t => t.Metric.StartsWith('起'));
        Owned(Single(plan, "既有居住建筑节能改造", 20m), ["池州市住房和城乡建设局"], "池州市财政局");
        Assert.Empty(Single(plan, "绿色建材应用比例", 70m).Owners);   // in no row
        Assert.Equal(5, plan.Targets.Count);
    }

    [Fact]
    public void Office_lines_after_a_task_name_its_lead_and_cooperating_offices()
    {
        var plan = RulesFixture.Layout("m-office-lines.txt");

        Owned(Single(plan, "超低排放改造", 4m), ["大气环境处"], "综合处", "青海省生态环境监测中心");
        Owned(Single(plan, "一般工业固体废物综合利用率", 60m), ["固体废物与化学品处"]);
        // an office acting in prose has a duty
        Assert.Contains(plan.Duties, d => d.Department == "规划财务处" && d.Text.Contains("专项资金", StringComparison.Ordinal));
    }

    [Fact]
    public void A_lead_first_note_under_a_table_saying_the_same_below_governs_the_task_lines_after_it()
    {
        var plan = RulesFixture.Layout("n-park-table-note.txt");

        // 排在首位的为牵头部门，下同: the rows and the 责任部门 lines after the tasks alike
        Owned(Single(plan, "非化石能源消费比重", 15m), ["南宁经济技术开发区经济发展局"], "南宁经济技术开发区规划建设局");
        Owned(Single(plan, "分布式光伏装机容量", 30m), ["南宁经济技术开发区经济发展局"], "南宁经济技术开发区规划建设局", "供电公司");
        Owned(Single(plan, "公共充电桩", 500m), ["南宁经济技术开发区规划建设局"], "南宁经济技术开发区经济发展局");
    }

    [Fact]
    public void A_lead_first_note_broken_by_a_pdf_line_leaves_the_last_unit_whole_and_governs_later_tasks()
    {
        var plan = RulesFixture.Layout("o-pdf-note-broken.txt");

        Owned(Single(plan, "光伏装机容量", 200m), ["钦州市发展和改革委员会"], "钦州市能源局", "钦州市住房和城乡建设局");
        Owned(Single(plan, "公共充电桩", 3000m), ["钦州市交通运输局"], "钦州市发展和改革委员会", "钦州市工业和信息化局");
    }

    [Fact]
    public void A_goal_restated_in_a_unit_s_duty_paragraph_is_one_target_owned_by_that_unit()
    {
        var plan = RulesFixture.Layout("p-duty-section.txt");

        Owned(Single(plan, "光伏装机容量", 60m), ["德清县发展和改革局"]);
        Assert.Empty(Single(plan, "非化石能源消费比重", 25m).Owners);
    }

    [Fact]
    public void Units_a_duty_paragraph_works_together_with_co_own_the_numbers_of_that_sentence()
    {
        var plan = RulesFixture.Layout("p-duty-section.txt");

        // 县交通运输局：…会同县发改局、县供电公司推进…: the head leads, its partners co-own
        Owned(Single(plan, "公共充电桩", 400m), ["德清县交通运输局"], "德清县发展和改革局", "德清县供电公司");
        // after the semicolon the sentence is the head's alone
        Owned(Single(plan, "新能源汽车保有量", 2m), ["德清县交通运输局"]);
        Owned(Single(plan, "建筑光伏装机", 3m), ["德清县住房和城乡建设局"], "德清县自然资源局");
    }

    [Fact]
    public void Bracketed_indicator_cells_are_totals_over_the_period_the_note_names()
    {
        var plan = RulesFixture.Layout("q-indicator-brackets.md");

        // the row restates the text's goal, which gives the base year the row leaves open
        Is(Single(plan, "规模以上工业单位增加值能耗", 13.5m), Direction.Decrease, "累计", 2020, 2025);
        // [ ]内为“十四五”期间累计数: a total over 2021–2025, measured from 2020
        Is(Single(plan, "单位工业增加值用水量", 15m), Direction.Decrease, "累计", 2020, 2025);
        // 新增…装机容量: an amount added
        Is(Single(plan, "工业园区分布式光伏装机容量", 200m), Direction.Increase, null, null, 2025);
    }

    [Fact]
    public void A_change_against_the_base_year_the_plan_defines_is_measured_from_that_year()
    {
        var plan = RulesFixture.Layout("r-defined-base-year.txt");

        Assert.Equal(2020, Single(plan, "单位建筑面积碳排放", 12m).BaselineYear);
        Assert.Equal(2020, Single(plan, "单位建筑面积碳排放", 15m).BaselineYear);
        Assert.Null(Single(plan, "电能占终端能源消费比重", 50m).BaselineYear);
    }

    [Fact]
    public void A_time_field_beside_the_units_dates_the_task_and_names_no_one()
    {
        var plan = RulesFixture.Layout("s-task-fields.txt");

        // （责任单位：A、B，完成时限：2024年底前）: the field ends the list and dates the task
        var straw = Single(plan, "秸秆综合利用率", 95m);
        Is(straw, Direction.Maintain, "以上", null, 2024);
        Owned(straw, ["青州市农业农村局"], "青州市发展和改革局");
        Assert.Equal(2024, Assert.Single(plan.Measures, m => m.Text.Contains("完善秸秆收储运体系")).Deadline);   // its measure too
        // 时间：持续推进 gives no year
        var bases = Single(plan, "种养结合示范基地", 6m, "处");
        Assert.Null(bases.Deadline);
        Owned(bases, ["青州市畜牧业发展中心"], "青州市农业农村局");
        // 责任单位：… and 完成时限：… on lines of their own are one naming
        var pits = Single(plan, "户用沼气池", 300m, "个");
        Assert.Equal(2025, pits.Deadline);
        Owned(pits, ["青州市农业农村局"], "青州市财政局");
    }

    [Fact]
    public void An_indicator_row_restated_by_a_task_is_one_target_owned_by_the_task_units()
    {
        var plan = RulesFixture.Layout("t-indicators-and-tasks.md");

        foreach (var (value, year) in new[] { (40m, 2025), (50m, 2030) })
        {
            var rate = Single(plan, "城市生活垃圾回收利用率", value);
            Assert.Equal(year, rate.Deadline);
            Owned(rate, ["福建省住房和城乡建设厅"], "福建省生态环境厅", "福建省商务厅");
        }
        // a row no task restates stays the table's, ownerless
        Assert.Empty(Assert.Single(plan.Targets, t => t.Metric.Contains("绿色建筑占比") && t.Deadline == 2025).Owners);
    }
}
