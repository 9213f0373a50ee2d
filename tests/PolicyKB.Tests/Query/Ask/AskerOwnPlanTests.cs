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
    public void Missing_region_lists_the_stored_ones() =>
        Assert.Equal("知识库中没有关于北京市的方案；现有地区：南充市、桂林市", Ask("北京市的光伏装机目标是多少？").Answer);
}
