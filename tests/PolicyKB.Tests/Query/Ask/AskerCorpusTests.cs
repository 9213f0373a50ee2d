using PolicyKB.Query.Ask;
using Xunit;

namespace PolicyKB.Tests.Query.Ask;

/// <summary>kb ask over the bundled corpus (柳州, 广西, 广安): each intent, aliases, and what the
/// knowledge base does not hold. Questions are worded differently from ../shared/gold/questions.yaml.</summary>
[Collection(AskCollection.Name)]
public sealed class AskerCorpusTests(AskFixture fixture)
{
    private AskResult Ask(string question) => fixture.Corpus.Ask(question);

    [Theory]
    [InlineData("柳州市全市降碳工作的牵头单位是谁？", "柳州市生态环境局")]
    [InlineData("柳州秸秆综合利用由哪个部门牵头？", "柳州市农业农村局")]
    [InlineData("柳州市绿色金融工作由什么部门牵头？", "柳州市财政局")]
    [InlineData("柳州市县级及以上党政机关达到节约型机关创建要求的目标由哪个单位负责？", "柳州市机关事务管理局")]
    public void Owner_comes_from_duty_paragraphs_and_targets(string question, string owner)
    {
        var result = Ask(question);

        Assert.True(result.Found);
        Assert.Equal(Intent.Owner, result.Intent);
        Assert.Equal(owner, result.Answer);
        Assert.NotEmpty(result.Evidence);
    }

    [Fact]
    public void Owner_of_a_body_that_is_no_department_is_that_body_not_its_office()
    {
        var result = Ask("广西哪个机构负责指导和统筹做好碳达峰碳中和工作？");

        Assert.Contains("碳达峰碳中和工作领导小组", result.Answer);
        Assert.DoesNotContain("办公室", result.Answer);
    }

    [Fact]
    public void Owner_not_written_in_the_plan_is_not_invented()
    {
        var result = Ask("广安市新建分散式充电桩4869个由哪个部门负责？");

        Assert.False(result.Found);
        Assert.StartsWith("知识库中没有找到", result.Answer);
        Assert.Contains(result.Evidence, e => e.Text.Contains("4869", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("广安市到2025年森林覆盖率要达到多少？", "32%左右")]
    [InlineData("广西2030年风电、太阳能发电总装机容量目标是多少？", "力争超过7000万千瓦")]
    [InlineData("柳州农膜回收率的目标是多少？", "85%")]
    public void Value_keeps_its_unit_and_qualifier(string question, string value)
    {
        var result = Ask(question);

        Assert.True(result.Found);
        Assert.Equal(value, result.Answer);
        Assert.Contains(result.Evidence, e => e.Text.Contains(value[..2], StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("广西的单位GDP能耗比2020年下降多少？")]
    [InlineData("广西壮族自治区的单位地区生产总值能耗比2020年下降多少？")]
    [InlineData("广西单位地区生产总值能源消耗要下降多少？")]
    public void Region_and_metric_aliases_give_the_same_answer(string question) =>
        Assert.Equal("13%", Ask(question).Answer);

    // 风电太阳能装机 is no name of the taxonomy, nor written so in the plan: the target whose metric
    // holds most of the question's words, in the year asked.
    [Fact]
    public void Value_of_a_metric_worded_loosely() =>
        Assert.Equal("力争超过7000万千瓦", Ask("广西2030年风电太阳能装机目标是多少？").Answer);

    [Fact]
    public void Two_metrics_in_one_question_give_both_values()
    {
        var result = Ask("广安新建集中式充电站和分散式充电桩的数量目标分别是多少？");

        Assert.Contains("254座", result.Answer);
        Assert.Contains("4869个", result.Answer);
        Assert.Equal(2, result.Lines.Count);
    }

    [Theory]
    [InlineData("广安市营运交通工具单位换算周转量碳排放强度下降9.5%左右的目标在哪一年实现？", "2030年")]
    [InlineData("柳州市畜禽粪污综合利用率达80%以上是什么时候的目标？", "2025年")]
    public void Deadline_is_the_year_of_the_target_the_question_describes(string question, string year)
    {
        var result = Ask(question);

        Assert.Equal(Intent.Deadline, result.Intent);
        Assert.Equal(year, result.Answer);
    }

    [Fact]
    public void List_names_only_regions_with_such_a_target()
    {
        var result = Ask("哪些地区提出了风电、太阳能发电总装机容量目标？");

        Assert.Equal(Intent.List, result.Intent);
        Assert.Equal("广西壮族自治区", result.Answer);
    }

    [Fact]
    public void Compare_gives_one_line_per_region_with_direction_and_qualifier()
    {
        var result = Ask("对比柳州、广西、广安2025年的单位GDP能耗下降目标");

        Assert.Equal(Intent.Compare, result.Intent);
        Assert.Equal(["柳州市：下降14.5%", "广西壮族自治区：下降13%", "广安市：下降14.5%以上"], result.Lines);
        Assert.Equal(3, result.Evidence.Count);
    }

    [Fact]
    public void Compare_says_which_region_sets_no_such_target()
    {
        var result = Ask("柳州和广西的森林覆盖率目标分别是多少？");

        Assert.Contains("柳州市：未找到相关目标", result.Lines);
        Assert.Contains(result.Lines, l => l.StartsWith("广西壮族自治区：62.6%", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("柳州市统计局有哪些职责？", "预警")]
    [InlineData("柳州市发改委负责什么？", "双控")]
    [InlineData("柳州市发展改革委负责什么？", "双控")]
    [InlineData("柳州供电局要做什么？", "消纳")]
    public void Duty_is_the_department_paragraph_found_by_any_of_its_names(string question, string word)
    {
        var result = Ask(question);

        Assert.Equal(Intent.Duty, result.Intent);
        Assert.Contains(word, result.Answer);
    }

    [Fact]
    public void Duties_of_sector_departments_in_prose()
    {
        var result = Ask("广西的能源主管部门要承担什么职责？");

        Assert.Contains("能源结构调整", result.Answer);
    }

    [Fact]
    public void Question_without_an_answer_says_so_and_shows_the_closest_passages()
    {
        var result = Ask("柳州市的氢燃料电池汽车推广目标是多少？");

        Assert.False(result.Found);
        Assert.StartsWith("知识库中没有找到柳州市", result.Answer);
        Assert.DoesNotContain("%", result.Answer);
    }

    [Fact]
    public void Region_not_in_the_knowledge_base_lists_the_regions_that_are()
    {
        var result = Ask("北京市到2025年森林覆盖率要达到多少？");

        Assert.False(result.Found);
        Assert.StartsWith("知识库中没有关于北京市的方案", result.Answer);
        foreach (var region in new[] { "柳州市", "广西壮族自治区", "广安市" })
            Assert.Contains(region, result.Answer);
    }

    [Fact]
    public void Other_questions_are_answered_from_passages()
    {
        var result = Ask("广安如何推进秸秆利用？");

        Assert.Equal(Intent.Passage, result.Intent);
        Assert.Contains("秸秆", result.Answer);
        Assert.All(result.Evidence, e => Assert.Equal("003_41fc7a36ab40bbf5", e.Document));
    }

    [Fact]
    public void Evidence_names_document_title_section_and_sentence()
    {
        var evidence = Assert.Single(Ask("广安市天然气（页岩气）年产量目标是多少？").Evidence);

        Assert.Equal("广安市碳达峰实施方案", evidence.Title);
        Assert.Contains("大力发展清洁能源", evidence.Section);
        Assert.Contains("20亿立方米以上", evidence.Text);
    }
}
