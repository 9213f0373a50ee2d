using PolicyKB.Core;
using Xunit;

namespace PolicyKB.Tests.Ingest;

/// <summary>Issue 2's "Done when" on the three real plans.</summary>
public sealed class SeedIngestTests
{
    private static readonly Document Liuzhou = IngestFixture.Seed(TestPaths.Liuzhou);
    private static readonly Document Guangxi = IngestFixture.Seed(TestPaths.Guangxi);
    private static readonly Document Guangan = IngestFixture.Seed(TestPaths.Guangan);

    [Fact]
    public void Liuzhou_metadata_is_a_city_plan_for_2023_to_2025()
    {
        var meta = Liuzhou.Meta;

        Assert.Equal("000_b9235fa2a03b53ca", Liuzhou.Id);
        Assert.Equal("柳州市降碳目标工作实施方案（2023-2025年）", meta.Title);
        Assert.Equal("柳州市", meta.Region);
        Assert.Equal("city", meta.Level);
        Assert.Equal("2023-2025", meta.Period);
        Assert.Null(meta.Date);
        Assert.Null(meta.DocNumber);
    }

    [Fact]
    public void Guangxi_metadata_joins_the_three_title_lines_and_is_a_province_plan()
    {
        var meta = Guangxi.Meta;

        Assert.Equal("中共广西壮族自治区委员会广西壮族自治区人民政府关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的实施意见", meta.Title);
        Assert.Equal("广西壮族自治区", meta.Region);
        Assert.Equal("province", meta.Level);
        Assert.Equal("2022-04-28", meta.Date);
        Assert.Null(meta.DocNumber);
    }

    [Fact]
    public void Guangan_metadata_takes_the_plan_title_inside_the_notice_and_the_signature_date()
    {
        var meta = Guangan.Meta;

        Assert.Equal("广安市碳达峰实施方案", meta.Title);
        Assert.Equal("广安市", meta.Region);
        Assert.Equal("city", meta.Level);
        Assert.Equal("广安府发〔2024〕1号", meta.DocNumber);
        Assert.Equal("2024-01-26", meta.Date);
        Assert.Equal("2024-01-31", meta.PublishDate);
        Assert.Equal("广安市人民政府办公室", meta.Source);
        Assert.Equal("广安市人民政府", meta.Issuer);
    }

    [Fact]
    public void Liuzhou_heading_tree_has_five_chapters_with_their_subsections()
    {
        var top = Liuzhou.Sections.Where(s => s.Level == 1).ToList();

        Assert.Equal(["一、工作目标", "二、基本思路", "三、严格落实责任", "四、严格落实工作措施", "五、保障措施"], top.Select(s => s.Heading));
        Assert.Equal([0, 0, 2, 5, 3], top.Select(s => s.Children.Count));
        Assert.Equal("三、严格落实责任 > （二）严格落实有关部门责任", top[2].Children[1].Path);
        Assert.Equal("（一）严格控制温室气体排放", top[3].Children[0].Heading);
    }

    [Fact]
    public void Guangxi_heading_tree_has_twelve_chapters_and_thirty_five_numbered_measures()
    {
        var top = Guangxi.Sections.Where(s => s.Level == 1).ToList();

        Assert.Equal(12, top.Count);
        Assert.Equal("一、总体要求", top[0].Heading);
        Assert.Equal("十二、切实加强组织实施", top[^1].Heading);
        Assert.Equal(35, top.Sum(s => s.Children.Count));
        // (一) 指导思想。以习近平… is an inline heading: heading, then the rest as its first paragraph.
        var guiding = top[0].Children[0];
        Assert.Equal("(一) 指导思想", guiding.Heading);
        Assert.StartsWith("以习近平新时代中国特色社会主义思想为指导", guiding.Paragraphs[0]);
        Assert.Equal(3, top[0].Children[1].Paragraphs.Count);   // (二) 主要目标: 2025, 2030, 2060
    }

    [Fact]
    public void Guangan_heading_tree_nests_numbered_actions_and_dash_principles()
    {
        var top = Guangan.Sections.Where(s => s.Level == 1).ToList();

        Assert.Equal(["一、总体要求", "二、重点行动", "三、对外合作", "四、政策保障", "五、组织实施"], top.Select(s => s.Heading));
        Assert.Equal([3, 10, 3, 4, 3], top.Select(s => s.Children.Count));
        var industry = top[1].Children[2];
        Assert.Equal("二、重点行动 > （三）实施工业领域碳达峰行动 > 2. 推动建材行业碳达峰", industry.Children[1].Path);
        Assert.Equal(5, industry.Children.Count);
        Assert.Equal(["——总体部署、分类施策", "——系统推进、重点突破", "——双轮驱动、两手发力", "——稳妥有序、安全降碳"],
            top[0].Children[1].Children.Select(s => s.Heading));
    }

    [Fact]
    public void Guangan_preamble_keeps_the_notice_letter_but_not_its_title_or_the_web_page()
    {
        var preamble = Guangan.Sections[0];
        var all = string.Join("\n", Guangan.AllSections().SelectMany(s => s.Paragraphs));

        Assert.Equal(0, preamble.Level);
        Assert.Equal("", preamble.Heading);
        Assert.StartsWith("各县（市、区）人民政府", preamble.Paragraphs[0]);
        Assert.Contains("广安市人民政府", preamble.Paragraphs);
        Assert.DoesNotContain("字体", all);
        Assert.DoesNotContain("访问量", all);
        Assert.DoesNotContain("分享", all);
        Assert.DoesNotContain("关于印发《广安市碳达峰实施方案》的通知", all);
    }

    [Theory]
    [InlineData("推动结构优化调整")]            // 推动结 / page break / 构优化调整
    [InlineData("稳步推进新型建筑工业化，大力发展装配式建筑")]
    [InlineData("低于全市单位工业增加值能耗目标的项目")]
    [InlineData("澜沧江—湄公河等重要区域")]
    public void Liuzhou_lines_broken_at_page_breaks_are_rejoined(string phrase)
    {
        var paragraphs = Liuzhou.AllSections().SelectMany(s => s.Paragraphs).ToList();

        Assert.Single(paragraphs, p => p.Contains(phrase));
    }

    [Fact]
    public void Liuzhou_duty_paragraphs_stay_one_per_department()
    {
        var duties = Liuzhou.Sections[3].Children[1].Paragraphs;

        Assert.Equal(12, duties.Count);
        Assert.StartsWith("市生态环境局:", duties[1]);
        Assert.EndsWith("形成减污降碳协同增效合力。", duties[1]);
    }

    [Fact]
    public void No_paragraph_is_broken_inside_a_sentence()
    {
        var paragraphs = new[] { Liuzhou, Guangxi, Guangan }
            .SelectMany(d => d.AllSections().Where(s => s.Level > 0)).SelectMany(s => s.Paragraphs);

        Assert.All(paragraphs, p => Assert.Matches("[。：；）]$", p));
    }
}
