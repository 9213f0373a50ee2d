using PolicyKB.Core;
using PolicyKB.Extract;
using PolicyKB.Tests.Rules;
using Xunit;

namespace PolicyKB.Tests.Extract;

/// <summary>Target reading on single sentences: values, units, qualifiers, and numbers that are no targets.</summary>
public sealed class SentenceExtractionTests
{
    private readonly Extractor _extractor = RulesFixture.Extractor;

    [Theory]
    [InlineData("制定完善全市碳达峰碳中和“1+N”政策体系。")]
    [InlineData("严把“两高”项目准入关，严格落实“三线一单”生态环境分区管控要求。")]
    [InlineData("按照第3条规定执行，联系电话：0771-5551234，传真0771-5551235。")]
    [InlineData("根据《2030年前碳达峰行动方案》和《“十四五”节能减排综合工作方案》，确保2030年前实现碳达峰。")]
    [InlineData("学习贯彻“4·27”重要讲话精神，构建“311”现代农业产业体系，推动5G基站建设。")]
    [InlineData("“十四五”期间，产业结构和能源结构明显优化，非化石能源消费比重进一步提高。")]
    [InlineData("2020年，全市森林覆盖率达到60%，单位地区生产总值能耗累计下降18%。")]
    [InlineData("“十三五”期间，全市单位地区生产总值能耗累计下降18.5%。")]
    [InlineData("对能耗强度下降低于5%的地区实行高耗能项目缓批限批。")]
    [InlineData("建设一批零碳示范园区，打造一个绿色低碳样板，推动一体化发展。")]
    [InlineData("截至目前，全市已建成充电桩1200个。")]
    [InlineData("广安Ⅱ500千伏输变电工程、广安邻水南等220千伏输变电工程加快建设。")]
    public void Numbers_that_are_not_targets_yield_nothing(string sentence) =>
        Assert.Empty(_extractor.ExtractSentence(sentence));

    [Fact]
    public void The_starting_value_of_a_change_is_no_target()
    {
        var targets = _extractor.ExtractSentence("到2025年，非化石能源消费比重由20%提高到25%。");

        var target = Assert.Single(targets);
        Assert.Equal(25m, target.Value);
        Assert.Equal(Direction.Reach, target.Direction);
        Assert.Equal("非化石能源消费比重", target.Metric);
    }

    [Theory]
    [InlineData("单位地区生产总值能耗下降13%—15%", "13%—15%")]
    [InlineData("单位地区生产总值能耗下降13%-15%", "13%-15%")]
    [InlineData("单位地区生产总值能耗下降13%至15%", "13%至15%")]
    [InlineData("单位地区生产总值能耗下降13—15%", "13—15%")]
    public void A_range_is_one_target_valued_at_its_lower_bound(string sentence, string range)
    {
        var target = Assert.Single(_extractor.ExtractSentence(sentence));

        Assert.Equal(13m, target.Value);
        Assert.Equal("%", target.Unit);
        Assert.Equal(range, target.Qualifier);
        Assert.Equal(Comparator.Range, target.Comparator);
        Assert.Equal(Direction.Decrease, target.Direction);
    }

    [Theory]
    [InlineData("到2030年，海上风电装机规模达到800万—1000万千瓦", 800, "万千瓦", "800万—1000万千瓦")]
    [InlineData("到2030年，海上风电装机规模达到800万至1000万千瓦", 800, "万千瓦", "800万至1000万千瓦")]
    [InlineData("到2030年，再生资源回收率提高６％—９％", 6, "%", "６％—９％")]
    public void A_range_with_units_on_both_ends_is_one_target(string sentence, int value, string unit, string range)
    {
        var target = Assert.Single(_extractor.ExtractSentence(sentence));

        Assert.Equal(value, target.Value);
        Assert.Equal(unit, target.Unit);
        Assert.Equal(range, target.Qualifier);
        Assert.Equal(2030, target.Deadline);
    }

    [Theory]
    [InlineData("到2026年，秸秆、畜禽粪污综合利用率均达到88%以上。", "秸秆综合利用率", "畜禽粪污综合利用率")]
    [InlineData("到2026年，风电、光伏发电装机容量均达到120万千瓦以上。", "风电装机容量", "光伏发电装机容量")]
    [InlineData("到2026年，森林覆盖率、草原综合植被盖度均达到88%以上。", "森林覆盖率", "草原综合植被盖度")]
    public void One_value_shared_by_a_list_is_a_target_for_each_item(string sentence, string first, string second)
    {
        var targets = _extractor.ExtractSentence(sentence);

        Assert.Equal([first, second], targets.Select(t => t.Metric));
        Assert.All(targets, t =>
        {
            Assert.Equal("以上", t.Qualifier);
            Assert.Equal(Comparator.AtLeast, t.Comparator);
            Assert.Equal(2026, t.Deadline);
        });
    }

    [Fact]
    public void A_yearly_rate_after_a_change_from_a_base_year_shares_no_base_year()
    {
        var targets = _extractor.ExtractSentence("到2026年，全县单位工业增加值能耗较2022年下降12%，单位地区生产总值用水量年均下降3%。");

        Assert.Equal(2022, Assert.Single(targets, t => t.Value == 12m).BaselineYear);
        Assert.Null(Assert.Single(targets, t => t.Value == 3m).BaselineYear);
    }

    [Fact]
    public void A_yearly_average_is_no_shared_value()
    {
        var target = Assert.Single(_extractor.ExtractSentence("到2026年，农业用水量年均下降2%。"));

        Assert.Equal("农业用水量", target.Metric);
        Assert.Equal(Direction.Decrease, target.Direction);
    }

    [Theory]
    [InlineData("到2025年，单位建筑面积碳排放较2022年下降8%，人均用水量下降4%。")]
    [InlineData("到2025年，单位建筑面积碳排放比2022年下降8%、人均用水量下降4%。")]
    public void Enumerated_changes_share_the_first_ones_baseline_year(string sentence)
    {
        var targets = _extractor.ExtractSentence(sentence);

        Assert.Equal(2, targets.Count);
        Assert.All(targets, t => Assert.Equal(2022, t.BaselineYear));
    }

    [Fact]
    public void A_change_in_another_direction_does_not_share_the_baseline_year()
    {
        var targets = _extractor.ExtractSentence("到2025年，单位建筑面积碳排放较2022年下降8%，可再生能源应用比例提高4%。");

        Assert.Equal(2, targets.Count);
        Assert.Null(targets[1].BaselineYear);
    }

    [Fact]
    public void One_sentence_can_hold_several_targets()
    {
        var targets = _extractor.ExtractSentence("推动新建建筑执行居住建筑65%节能标准、公共建筑72%节能标准。");

        Assert.Equal(2, targets.Count);
        Assert.Equal(("居住建筑节能标准", 65m), (targets[0].Metric, targets[0].Value));
        Assert.Equal(("公共建筑节能标准", 72m), (targets[1].Metric, targets[1].Value));
    }

    [Fact]
    public void Respectively_pairs_each_noun_with_its_number()
    {
        var targets = _extractor.ExtractSentence("到2025年，单位地区生产总值能耗和二氧化碳排放分别比2020年下降14%和18%。");

        Assert.Equal(2, targets.Count);
        Assert.Equal(("单位地区生产总值能耗", 14m, "energy_intensity"), (targets[0].Metric, targets[0].Value, targets[0].MetricId));
        Assert.Equal(("单位地区生产总值二氧化碳排放", 18m, "carbon_intensity"), (targets[1].Metric, targets[1].Value, targets[1].MetricId));
        Assert.All(targets, t => Assert.Equal((Direction.Decrease, 2020, 2025), (t.Direction, t.BaselineYear!.Value, t.Deadline!.Value)));
    }

    [Theory]
    [InlineData("公共机构单位建筑面积能耗下降百分之五", 5, "%", "decrease")]
    [InlineData("新能源汽车占公务用车比例提高到两成以上", 20, "%", "reach")]
    [InlineData("农村生活垃圾资源化利用率力争提高一成", 10, "%", "increase")]
    [InlineData("到2025年，建设三个零碳示范园区", 3, "个", "increase")]
    [InlineData("到2025年，推广新能源汽车五千辆", 5000, "辆", "increase")]
    [InlineData("到2025年，新增光伏装机十万千瓦", 10, "万千瓦", "increase")]
    [InlineData("森林覆盖率达到百分之六十二点六", 62.6, "%", "reach")]
    public void Chinese_numerals_are_read(string sentence, double value, string unit, string direction)
    {
        var target = Assert.Single(_extractor.ExtractSentence(sentence));

        Assert.Equal((decimal)value, target.Value);
        Assert.Equal(unit, target.Unit);
        Assert.Equal(direction, target.Direction.ToString().ToLowerInvariant());
    }

    [Fact]
    public void Full_width_digits_are_read_and_the_evidence_quotes_the_original()
    {
        var target = Assert.Single(_extractor.ExtractSentence("到２０２５年，單位地區生產總值能耗比２０２０年下降１４．５％。"));

        Assert.Equal(14.5m, target.Value);
        Assert.Equal("%", target.Unit);
        Assert.Equal((2020, 2025), (target.BaselineYear!.Value, target.Deadline!.Value));
        Assert.Equal("單位地區生產總值能耗", target.Metric);
        Assert.Equal("energy_intensity", target.MetricId);
        Assert.Equal("到２０２５年，單位地區生產總值能耗比２０２０年下降１４．５％。", target.Evidence.Sentence);
    }

    [Fact]
    public void A_number_after_its_noun_names_the_metric_after_it()
    {
        var targets = _extractor.ExtractSentence("到2025年,全市80%以上的县级及以上党政机关达到节约型机关创建要求,争创5家以上全国节约型公共机构示范单位、1家以上全国公共机构能效领跑者。");

        Assert.Equal(3, targets.Count);
        Assert.Equal("县级及以上党政机关达到节约型机关创建要求", targets[0].Metric);
        Assert.Equal(("全国节约型公共机构示范单位", 5m, "以上"), (targets[1].Metric, targets[1].Value, targets[1].Qualifier));
        Assert.Equal(("全国公共机构能效领跑者", 1m, "以上"), (targets[2].Metric, targets[2].Value, targets[2].Qualifier));
        Assert.All(targets, t => Assert.Equal(2025, t.Deadline));
    }

    [Fact]
    public void A_number_without_a_noun_of_its_own_takes_the_previous_metric()
    {
        var targets = _extractor.ExtractSentence("到2025年，再生资源回收利用量达到83万吨，到2030年达到100万吨。");

        Assert.Equal(2, targets.Count);
        Assert.Equal(("再生资源回收利用量", 2030), (targets[1].Metric, targets[1].Deadline!.Value));
    }

    [Fact]
    public void A_ceiling_is_a_cap()
    {
        var target = Assert.Single(_extractor.ExtractSentence("到2025年，全市能源消费总量控制在1200万吨标准煤以内。"));

        Assert.Equal((Direction.Cap, "以内", Comparator.AtMost), (target.Direction, target.Qualifier, target.Comparator));
        Assert.Equal(("tce", 10000m), (target.CanonicalUnit, target.Scale!.Value));
    }

    [Fact]
    public void A_cumulative_change_over_a_plan_period_is_measured_from_the_year_before_it()
    {
        var target = Assert.Single(_extractor.ExtractSentence("完成自治区下达的“十四五”单位 GDP 二氧化碳排放累计降低 17% 的目标。"));

        Assert.Equal(("单位GDP二氧化碳排放", "累计", 2020, 2025), (target.Metric, target.Qualifier, target.BaselineYear!.Value, target.Deadline!.Value));
    }

    [Fact]
    public void Without_a_written_baseline_there_is_none()
    {
        var target = Assert.Single(_extractor.ExtractSentence("到2025年，单位地区生产总值能源消耗下降14.5%以上。"));

        Assert.Null(target.BaselineYear);
        Assert.Equal("以上", target.Qualifier);
    }
}

public sealed class SentenceShapeTests
{
    private readonly PolicyKB.Extract.Extractor _extractor = RulesFixture.Extractor;

    [Fact]
    public void A_remark_in_brackets_is_its_own_target()
    {
        var targets = _extractor.ExtractSentence("到2025年，全市光伏发电装机规模达到100万千瓦以上（其中分布式光伏50万千瓦）。");

        Assert.Equal([("光伏发电装机规模", 100m), ("分布式光伏", 50m)], targets.Select(t => (t.Metric, t.Value)));
    }

    [Fact]
    public void A_unit_per_unit_is_one_unit()
    {
        var target = Assert.Single(_extractor.ExtractSentence("到2025年，煤电机组供电煤耗降至300克标准煤/千瓦时以下。"));

        Assert.Equal(("克标准煤/千瓦时", "以下", "coal_power_consumption"), (target.Unit, target.Qualifier, target.MetricId));
    }

    [Fact]
    public void List_items_share_the_verb_of_the_first()
    {
        var targets = _extractor.ExtractSentence("到2025年，新建充电桩2000个、换电站10座。");

        Assert.Equal([("新建充电桩", Direction.Increase), ("换电站", Direction.Increase)], targets.Select(t => (t.Metric, t.Direction)));
    }

    [Fact]
    public void The_metric_id_follows_the_head_noun()
    {
        var target = Assert.Single(_extractor.ExtractSentence("全市煤炭消费量占能源消费总量比重下降到50%以下。"));

        Assert.Null(target.MetricId);   // a share of 能源消费总量, not 能源消费总量 itself
        Assert.Equal(Direction.Cap, target.Direction);   // down to a level with a ceiling (以下)
    }

    [Theory]
    [InlineData("安排市级专项资金5000万元支持节能改造。")]
    [InlineData("实行重点用能单位24小时在线监测。")]
    public void Budgets_and_hours_without_a_goal_verb_are_no_targets(string sentence) =>
        Assert.Empty(_extractor.ExtractSentence(sentence));
}

public sealed class GenreShapeTests
{
    private readonly PolicyKB.Extract.Extractor _extractor = RulesFixture.Extractor;

    private static Extraction Paragraphs(params string[] paragraphs)
    {
        var section = new Section("一、目标", 1, "一、目标", paragraphs, [], []);
        var meta = new DocumentMeta { Title = "株洲市节能减排方案", Region = "株洲市", Level = "city", Date = "2022-06-01" };
        return RulesFixture.Extractor.Extract(new Document("shapes", meta, [section]));
    }

    [Fact]
    public void One_number_for_each_of_several_nouns()
    {
        var targets = _extractor.ExtractSentence("到2025年，建设协同创新试点城市和产业园区各10个左右。");

        Assert.Equal(["协同创新试点城市", "产业园区"], targets.Select(t => t.Metric));
        Assert.All(targets, t => Assert.Equal((10m, Direction.Increase, "左右"), (t.Value, t.Direction, t.Qualifier)));
    }

    [Fact]
    public void Respective_numbers_share_the_noun_after_the_last()
    {
        var targets = _extractor.ExtractSentence("到2025年，新建居住建筑、公共建筑分别执行75%、78%节能标准。");

        Assert.Equal([("新建居住建筑节能标准", 75m), ("公共建筑节能标准", 78m)], targets.Select(t => (t.Metric, t.Value)));
        Assert.All(targets, t => Assert.Equal(Direction.Reach, t.Direction));
    }

    [Fact]
    public void A_year_in_Chinese_numerals_is_a_deadline()
    {
        var target = Assert.Single(_extractor.ExtractSentence("到二〇二五年，全县光伏发电装机规模达到三十万千瓦。"));

        Assert.Equal((30m, "万千瓦", 2025), (target.Value, target.Unit, target.Deadline!.Value));
    }

    [Fact]
    public void Creating_things_adds_them_and_a_running_total_is_reached()
    {
        var created = Assert.Single(_extractor.ExtractSentence("到2025年，创建省级以上绿色工厂5家。"));
        var total = Assert.Single(_extractor.ExtractSentence("到2025年，全市累计建成公共充电桩8000个。"));

        Assert.Equal(("省级以上绿色工厂", Direction.Increase), (created.Metric, created.Direction));
        Assert.Equal(("公共充电桩", Direction.Reach, "累计"), (total.Metric, total.Direction, total.Qualifier));
    }

    [Fact]
    public void Only_the_paragraph_opening_date_reaches_later_sentences()
    {
        var plan = Paragraphs(
            "到2025年，产业结构明显优化。全市单位地区生产总值能耗下降14%。",
            "全面推进城镇绿色规划。到2025年，完成既有公共建筑节能改造50万平方米。城市生活污水集中收集率达到70%以上。");

        Assert.Equal(2025, plan.Targets.Single(t => t.Value == 14m).Deadline);
        Assert.Equal(2025, plan.Targets.Single(t => t.Value == 50m).Deadline);
        Assert.Null(plan.Targets.Single(t => t.Value == 70m).Deadline);
    }

    [Fact]
    public void A_department_opening_a_paragraph_as_its_subject_owns_its_numbers()
    {
        var plan = Paragraphs(
            "工业和信息化部门要推动传统产业绿色化改造。到2025年，全省规模以上工业单位增加值能耗比2020年下降15%。",
            "坚持先立后破。到2025年，全市新能源和清洁能源装机占比达到50%。");

        Assert.Equal(["工业和信息化部门"], plan.Targets.Single(t => t.Value == 15m).Owners);
        Assert.Empty(plan.Targets.Single(t => t.Value == 50m).Owners);
    }

    [Fact]
    public void A_numbered_duty_paragraph_belongs_to_its_unit()
    {
        var plan = Paragraphs("1. 市发展改革委：负责统筹协调，到2025年煤炭消费比重下降到45%以下。", "2. 市生态环境局：负责碳排放统计核算。");

        var coal = Assert.Single(plan.Targets);
        Assert.Equal(["株洲市发展和改革委员会"], coal.Owners);
        Assert.Equal((Direction.Cap, "以下"), (coal.Direction, coal.Qualifier));
        Assert.Contains(plan.Duties, d => d.Department == "株洲市生态环境局" && d.Text.Contains("碳排放统计核算"));
    }

    [Fact]
    public void Generic_units_in_a_bracket_are_passed_over()
    {
        var plan = Paragraphs("到2025年，公共机构人均综合能耗比2020年下降6%。（县机关事务服务中心牵头，县直各部门配合）");

        var target = Assert.Single(plan.Targets);
        Assert.Equal(["县机关事务服务中心"], target.Owners);
        Assert.Empty(target.CoOwners);
    }
}
