using PolicyKB.Query.Ask;
using Xunit;

namespace PolicyKB.Tests.Query.Ask;

[Collection(AskCollection.Name)]
public sealed class QuestionAnalyzerTests(AskFixture fixture)
{
    private Question Analyze(string question) => fixture.Analyzer.Analyze(question);

    // Several examples can share a line of questions.yaml: each is one case (source and question).
    public static TheoryData<string, string> ExampleIds()
    {
        var data = new TheoryData<string, string>();
        foreach (var (question, _, source) in QuestionRules.Load(TestPaths.Rules).Examples)
            data.Add(source, question);
        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleIds))]
    public void Rule_example_gets_its_intent(string source, string text)
    {
        var example = fixture.Questions.Examples.First(e => e.Source == source && e.Question == text);

        var question = Analyze(example.Question);

        Assert.Equal(example.Intent, question.Intent);
    }

    [Theory]
    [InlineData("柳州市哪个部门负责秸秆综合利用？", Intent.Owner)]
    [InlineData("全市光伏推广由谁牵头？", Intent.Owner)]
    [InlineData("南宁到2025年光伏装机要达到多少万千瓦？", Intent.Value)]
    [InlineData("森林覆盖率达到45%要在哪一年实现？", Intent.Deadline)]
    [InlineData("哪些城市提出了森林覆盖率目标？", Intent.List)]
    [InlineData("桂林和南充的能耗下降目标分别是多少？", Intent.Compare)]
    [InlineData("对比一下桂林、南充的森林覆盖率", Intent.Compare)]
    [InlineData("市统计局承担什么职责？", Intent.Duty)]
    [InlineData("柳州如何推进秸秆综合利用？", Intent.Passage)]
    [InlineData("广安2030年非化石能源消费比重目标？", Intent.Value)]
    [InlineData("柳州和广安的能耗下降目标有何不同？", Intent.Compare)]
    [InlineData("新建公共建筑全面电气化比例20%的目标年份？", Intent.Deadline)]
    [InlineData("光伏装机目标的配合单位有哪些？", Intent.Owner)]
    // 要求 asked of a measure, no body named, asks for its value; asked of a body, for its duty
    [InlineData("某区对新增公务用车中新能源汽车的比例有什么要求？", Intent.Value)]
    [InlineData("方案对住房城乡建设部门提出了哪些要求？", Intent.Duty)]
    public void Intent_comes_from_the_question_words(string text, Intent intent) =>
        Assert.Equal(intent, Analyze(text).Intent);

    [Fact]
    public void Separately_about_one_region_asks_for_values_not_a_comparison()
    {
        var question = Analyze("桂林市森林覆盖率在2025年和2030年分别要达到多少？");

        Assert.Equal(Intent.Value, question.Intent);
        Assert.True(question.Plural);
        Assert.Equal([2025, 2030], question.Years);
    }

    [Theory]
    [InlineData("广西的森林覆盖率目标是多少？", "广西壮族自治区")]
    [InlineData("广西壮族自治区的森林覆盖率目标是多少？", "广西壮族自治区")]
    [InlineData("柳州的秸秆综合利用率是多少？", "柳州市")]
    [InlineData("廣安市的森林覆蓋率是多少？", "广安市")]
    public void Regions_are_found_by_full_short_and_traditional_names(string text, string region) =>
        Assert.Equal([region], Analyze(text).Regions.Select(r => r.Name));

    [Fact]
    public void A_park_the_knowledge_base_holds_is_found_whole_not_as_the_city_in_its_name()
    {
        var park = new PolicyKB.Rules.Region("柳州高新区", [], "district", "柳州市");

        var question = fixture.Analyzer.Analyze("柳州高新区和广安市的光伏装机容量目标分别是多少？", [park]);

        Assert.Equal(["柳州高新区", "广安市"], question.Regions.Select(r => r.Name));
    }

    [Fact]
    public void Several_regions_keep_the_order_of_the_question()
    {
        var question = Analyze("柳州、广西、广安三地的单位GDP能耗分别下降多少？");

        Assert.Equal(["柳州市", "广西壮族自治区", "广安市"], question.Regions.Select(r => r.Name));
        Assert.Equal(Intent.Compare, question.Intent);
    }

    [Theory]
    [InlineData("单位GDP能耗要下降多少？")]
    [InlineData("单位地区生产总值能源消耗要下降多少？")]
    [InlineData("单位生产总值能耗要下降多少？")]
    public void Metric_aliases_resolve_to_one_metric(string text) =>
        Assert.Equal("energy_intensity", Assert.Single(Analyze(text).Metrics).Metric.Id);

    [Theory]
    [InlineData("市发改委负责什么？")]
    [InlineData("市发展改革委负责什么？")]
    [InlineData("市发展和改革委员会负责什么？")]
    public void Department_aliases_resolve_to_one_department(string text)
    {
        var question = Analyze(text);

        Assert.Equal(["development_reform"], question.DepartmentIds);
        Assert.Equal(Intent.Duty, question.Intent);
        Assert.StartsWith("市发", question.Organisation);
    }

    [Fact]
    public void A_body_that_is_no_department_is_the_duty_question_subject() =>
        Assert.Equal("广西电网柳州供电局", Analyze("广西电网柳州供电局在降碳工作中负责什么？").Organisation);

    [Fact]
    public void Baseline_year_is_not_a_deadline()
    {
        var question = Analyze("到2030年碳排放强度要比2020年下降多少？");

        Assert.Equal([2030], question.Years);
        Assert.Equal(2020, question.BaselineYear);
    }

    [Fact]
    public void A_five_year_period_means_its_last_year() =>
        Assert.Equal([2025], Analyze("“十四五”单位GDP二氧化碳排放降低目标是多少？").Years);

    [Fact]
    public void Numbers_keep_their_unit_and_leave_the_topic()
    {
        var question = Analyze("清洁能源车辆占比达到９０％以上由哪个部门负责？");

        var number = Assert.Single(question.Numbers);
        Assert.Equal(90m, number.Value);
        Assert.Equal("%", number.Unit);
        Assert.DoesNotContain(question.Topic, t => t.Contains("90", StringComparison.Ordinal));
    }

    [Fact]
    public void Topic_drops_regions_question_words_and_frame_words()
    {
        var question = Analyze("柳州、广西、广安三份方案中，哪些地区设定了森林覆盖率目标？");

        Assert.Equal(["森林覆盖率"], question.Topic);
    }

    [Fact]
    public void Two_how_many_ask_for_two_values()
    {
        var question = Analyze("计划新建多少座充电站、多少个充电桩？");

        Assert.Equal(2, question.ValueSlots);
        Assert.True(question.Plural);
    }
}
