using PolicyKB.Query.Ask;
using Xunit;

namespace PolicyKB.Tests.Query.Ask;

/// <summary>kb ask over two small plans written for these tests (Data/ask: 桂林 with bracketed owners,
/// a 领导小组 and its office, duty prose, full-width digits; 南充 with 责任单位 brackets), so the analysis
/// is checked on wording other than the seeds'.</summary>
[Collection(AskCollection.Name)]
public sealed class AskerOwnPlanTests(AskFixture fixture)
{
    private AskResult Ask(string question) => fixture.Own.Ask(question);

    [Theory]
    [InlineData("桂林市光伏发电装机的牵头部门是哪个？", "桂林市发展和改革委员会")]
    [InlineData("桂林市新能源汽车保有量达到5万辆以上由谁负责？", "桂林市交通运输局")]
    [InlineData("南充市新增或更换公交车中新能源车辆占比达到95%的责任单位是哪个？", "南充市交通运输局")]
    [InlineData("桂林谁负责统筹协调全市节能降碳工作？", "桂林市节能减排工作领导小组")]
    public void Owner(string question, string owner) => Assert.Equal(owner, Ask(question).Answer);

    [Fact]
    public void Cooperating_units_when_the_question_asks_for_them() =>
        Assert.Equal("桂林市工业和信息化局、桂林市自然资源局", Ask("桂林市光伏发电装机容量目标的配合单位有哪些？").Answer);

    [Fact]
    public void Every_unit_named_when_the_question_asks_for_all() =>
        Assert.Equal("桂林市发展和改革委员会、桂林市工业和信息化局、桂林市自然资源局", Ask("桂林市光伏发电装机容量目标的责任单位有哪些？").Answer);

    [Fact]
    public void Owner_of_a_target_without_one_is_not_invented()
    {
        var result = Ask("桂林市生活垃圾回收利用率目标由哪个部门牵头？");

        Assert.False(result.Found);
        Assert.DoesNotContain("局", result.Answer);
    }

    [Theory]
    [InlineData("桂林到2027年新能源汽车保有量目标是多少？", "5万辆以上")]
    [InlineData("桂林市单位GDP能耗要降低多少？", "13.5%")]
    [InlineData("南充天然气年产量要达到多少？", "30亿立方米左右")]
    [InlineData("桂林城镇新建建筑中绿色建筑占比要达到多少？", "100%")]
    public void Value(string question, string value) => Assert.Equal(value, Ask(question).Answer);

    [Theory]
    [InlineData("南充市到2027年公共换电站建设目标是多少？")]
    [InlineData("南充市公共换电站力争建成多少座、确保建成多少座？")]
    public void A_stretch_goal_and_its_floor_answer_together(string question)
    {
        var answer = Ask(question).Answer;

        Assert.Contains("60座", answer);
        Assert.Contains("45座", answer);
    }

    [Fact]
    public void Deadline_of_a_target_written_in_full_width_digits() =>
        Assert.Equal("2027年", Ask("桂林城镇新建建筑中绿色建筑占比什么时候达到100%？").Answer);

    [Fact]
    public void Deadline_and_value_asked_together()
    {
        var result = Ask("桂林非化石能源消费比重要提高到多少？在哪一年？");

        Assert.Equal("2027年，40%左右", result.Answer);
    }

    [Fact]
    public void List_of_cities()
    {
        var result = Ask("哪些城市设定了森林覆盖率目标？");

        Assert.Contains("桂林市", result.Answer);
        Assert.Contains("南充市", result.Answer);
    }

    [Fact]
    public void Compare_says_which_is_higher()
    {
        var result = Ask("桂林和南充的单位地区生产总值能耗下降目标哪个更高？");

        Assert.Equal(Intent.Compare, result.Intent);
        Assert.Equal("桂林市：下降13.5%；南充市：下降14%以上；南充市更高", result.Answer.Replace("（2025年）", ""));
    }

    [Theory]
    [InlineData("桂林市统计局负责什么？", "能耗预警")]
    [InlineData("桂林市发改委有哪些职责？", "能耗双控目标分解")]
    [InlineData("桂林市机关事务管理局要做什么？", "节约型机关")]
    public void Duty(string question, string words) => Assert.Contains(words, Ask(question).Answer);

    [Fact]
    public void Unanswerable_question_is_not_found() =>
        Assert.False(Ask("桂林市的氢能产业目标是多少？").Found);

    [Fact]
    public void Missing_region_lists_the_stored_ones()
    {
        var answer = Ask("北京市的光伏装机目标是多少？").Answer;

        Assert.StartsWith("知识库中没有关于北京市的方案；现有地区：", answer);
        foreach (var region in new[] { "南充市", "桂林市", "恭城瑶族自治县" })
            Assert.Contains(region, answer);
    }

    // 恭城瑶族自治县 is not in rules/regions.yaml: the knowledge base's own regions are recognised, by
    // their full names and by short ones.
    [Theory]
    [InlineData("恭城瑶族自治县的风电装机容量目标是多少？")]
    [InlineData("恭城县的风电装机容量目标是多少？")]
    [InlineData("恭城的风电装机容量目标是多少？")]
    public void A_region_the_catalog_lacks_is_found_by_its_stored_name(string question)
    {
        var result = Ask(question);

        Assert.Equal(["恭城瑶族自治县"], result.Entities.Regions);
        Assert.Equal("20万千瓦", result.Answer);
    }

    [Fact]
    public void A_region_the_catalog_lacks_takes_part_in_comparisons()
    {
        var result = Ask("恭城和桂林的光伏装机容量目标分别是多少？");

        Assert.Equal(Intent.Compare, result.Intent);
        Assert.Equal(["恭城瑶族自治县：30万千瓦（2025年）", "桂林市：120万千瓦（2025年）"], result.Lines);
    }

    [Fact]
    public void Target_in_a_paragraph_opened_by_a_body_s_duty_is_that_body_s() =>
        Assert.Equal("恭城瑶族自治县发展和改革局", Ask("恭城瑶族自治县光伏装机容量达到30万千瓦由哪个部门负责？").Answer);

    [Fact]
    public void Value_the_store_lacks_is_quoted_from_the_clause_that_names_it()
    {
        var result = Ask("恭城瑶族自治县生态农业产值要达到多少？");

        Assert.True(result.Found);
        Assert.Contains("80亿元", result.Answer);
        Assert.Contains("生态农业产值", result.Evidence[0].Text);
    }

    [Fact]
    public void Deadline_of_a_goal_without_a_number_comes_from_the_phrase_that_dates_it() =>
        Assert.Equal("2030年", Ask("恭城瑶族自治县什么时候实现碳达峰？").Answer);
}
