using PolicyKB.Core;
using Xunit;

namespace PolicyKB.Tests.Ingest;

/// <summary>Metadata in the layouts plans come in, beyond the three seeds.</summary>
public sealed class MetadataTests
{
    private static DocumentMeta Meta(string text) => IngestFixture.Ingestor.Parse(text, "t", "t.txt").Meta;

    private const string Body = "\n\n一、总体要求\n\n坚持节约优先。";

    [Theory]
    [InlineData("阳朔县碳达峰实施方案", "阳朔县", "county")]
    [InlineData("桂林市临桂区碳达峰实施方案", "临桂区", "district")]
    [InlineData("柳州市柳江区碳达峰实施方案", "柳江区", "district")]
    [InlineData("三江侗族自治县节能降碳工作方案", "三江侗族自治县", "county")]
    [InlineData("生态环境部关于做好碳排放权交易工作的通知", "中华人民共和国", "national")]
    [InlineData("四川省碳达峰实施方案", "四川省", "province")]
    [InlineData("全市碳达峰工作要点", null, null)]
    public void Region_and_level_come_from_the_title(string title, string? region, string? level)
    {
        var meta = Meta(title + Body);

        Assert.Equal(title, meta.Title);
        Assert.Equal(region, meta.Region);
        Assert.Equal(level, meta.Level);
    }

    [Theory]
    [InlineData("南京经济技术开发区碳达峰实施方案", "南京经济技术开发区", "district")]
    [InlineData("合肥高新区绿色低碳发展行动方案", "合肥高新区", "district")]
    [InlineData("江苏省无锡工业园区节能降碳工作方案", "无锡工业园区", "district")]
    [InlineData("湖南省工业园区绿色低碳发展行动方案", "湖南省", "province")]
    public void A_park_named_after_its_city_is_the_region_its_plan_governs(string title, string region, string level)
    {
        var meta = Meta(title + Body);

        Assert.Equal(region, meta.Region);
        Assert.Equal(level, meta.Level);
    }

    [Theory]
    [InlineData("杭州市余杭区推动绿色低碳转型三年行动计划", "余杭区", "district")]
    [InlineData("江苏省昆山市工业领域节能降碳实施方案", "昆山市", "county")]
    [InlineData("凤冈县工业领域节能降碳实施方案", "凤冈县", "county")]
    [InlineData("萧县清洁能源发展规划", "萧县", "county")]
    [InlineData("长沙县碳达峰实施方案", "长沙县", "county")]
    [InlineData("鄂托克前旗新能源产业发展规划", "鄂托克前旗", "county")]
    [InlineData("双江拉祜族佤族布朗族傣族自治县农业减排固碳工作方案", "双江拉祜族佤族布朗族傣族自治县", "county")]
    [InlineData("六枝特区煤炭清洁高效利用行动方案", "六枝特区", "county")]
    [InlineData("中共宁乡市委 宁乡市人民政府关于推进绿色低碳发展的实施意见", "宁乡市", "county")]
    [InlineData("苏州市高新区绿色低碳发展行动方案", "苏州市", "city")]
    [InlineData("北京市东城区碳达峰实施方案", "东城区", "district")]
    [InlineData("上海市金山区节能降碳行动方案", "金山区", "district")]
    [InlineData("上海市浦东新区碳达峰实施方案", "浦东新区", "district")]
    [InlineData("重庆市两江新区绿色低碳发展行动方案", "重庆市", "province")]
    [InlineData("中心城区清洁取暖实施方案", null, null)]
    [InlineData("重点区域大气污染防治实施方案", null, null)]
    [InlineData("工业园区绿色低碳发展行动方案", null, null)]
    [InlineData("智慧城市建设三年行动计划", null, null)]
    [InlineData("农村地区清洁取暖实施方案", null, null)]
    [InlineData("数据要素市场化配置改革实施方案", null, null)]
    public void County_level_places_the_regions_file_does_not_list_are_read_from_their_names(
        string title, string? region, string? level)
    {
        var meta = Meta(title + Body);

        Assert.Equal(region, meta.Region);
        Assert.Equal(level, meta.Level);
    }

    [Fact]
    public void A_county_in_the_title_beats_a_province_named_in_the_body()
    {
        var meta = Meta("德清县节能降碳行动方案\n\n为贯彻落实《浙江省节能降碳行动方案》，结合我县实际，制定本方案。" + Body);

        Assert.Equal("德清县", meta.Region);
        Assert.Equal("county", meta.Level);
    }

    [Fact]
    public void A_county_issuer_beats_a_province_named_in_the_body()
    {
        var meta = Meta("绿色低碳发展实施方案\n\n为贯彻落实《云南省碳达峰实施方案》，结合本县实际，制定本方案。" + Body +
                        "\n\n勐海县人民政府办公室\n\n2023年5月6日");

        Assert.Equal("勐海县", meta.Region);
        Assert.Equal("county", meta.Level);
        Assert.Equal("2023-05-06", meta.Date);
    }

    [Fact]
    public void A_district_in_the_red_head_is_the_region_of_a_notice_that_names_none()
    {
        var meta = Meta("广东省佛山市顺德区人民政府文件\n\n顺府发〔2023〕3号\n\n关于印发推进绿色低碳发展实施方案的通知\n\n" +
                        "各镇人民政府：\n\n现将方案印发给你们，请认真贯彻执行。" + Body);

        Assert.Equal("推进绿色低碳发展实施方案", meta.Title);
        Assert.Equal("顺德区", meta.Region);
        Assert.Equal("district", meta.Level);
        Assert.Equal("顺府发〔2023〕3号", meta.DocNumber);
    }

    [Theory]
    [InlineData("南京市人民政府关于印发南京市“十四五”应对气候\n变化规划的通知", "南京市“十四五”应对气候变化规划", "南京市")]
    [InlineData("内蒙古自治区人民政府办公厅关于印发\n《内蒙古自治区新能源装备制造业高质量发展实施方案》的通知", "内蒙古自治区新能源装备制造业高质量发展实施方案", "内蒙古自治区")]
    [InlineData("国务院关于印发2030年前碳达峰行动方案的通知", "2030年前碳达峰行动方案", "中华人民共和国")]
    public void A_notice_whose_plan_title_line_is_missing_is_titled_by_the_plan(string notice, string title, string region)
    {
        var meta = Meta(notice + "\n\n各有关单位：\n\n现将方案印发给你们，请认真贯彻执行。" + Body);

        Assert.Equal(title, meta.Title);
        Assert.Equal(region, meta.Region);
    }

    [Fact]
    public void A_wrapped_notice_title_gives_way_to_the_plan_title_line_under_it()
    {
        var meta = Meta("西安市人民政府关于印发西安市“十四五”节能减排综合\n工作方案的通知\n\n各区县人民政府：\n\n现将方案印发给你们。\n\n" +
                        "西安市人民政府\n\n2022年7月1日\n\n西安市“十四五”节能减排综合\n工作方案" + Body);

        Assert.Equal("西安市“十四五”节能减排综合工作方案", meta.Title);
        Assert.Equal("西安市人民政府", meta.Issuer);
        Assert.Equal("2022-07-01", meta.Date);
    }

    [Theory]
    [InlineData("某市“十四五”节能减排综合工作方案", "2021-2025")]
    [InlineData("某市碳达峰实施方案（2021—2030年）", "2021-2030")]
    [InlineData("某市2023年至2025年节能行动计划", "2023-2025")]
    [InlineData("某市2030年前碳达峰实施方案", null)]
    public void Period_comes_from_the_title(string title, string? period) =>
        Assert.Equal(period, Meta(title + Body).Period);

    [Theory]
    [InlineData("某市人民政府文件\n\n某政发〔2023〕5号\n\n某市碳达峰实施方案", "某政发〔2023〕5号")]
    [InlineData("某市碳达峰实施方案\n\n川府发（2022）15号", "川府发（2022）15号")]
    [InlineData("某市碳达峰实施方案\n\n文号：某办发[2023]第12号", "某办发[2023]第12号")]
    public void Doc_number_comes_from_the_head_in_any_bracket_style(string head, string number) =>
        Assert.Equal(number, Meta(head + Body).DocNumber);

    [Theory]
    [InlineData("某市碳达峰实施方案\n（2023年12月29日市人民政府第36次常务会议审议通过）", "2023-12-29")]
    [InlineData("某市碳达峰实施方案\n(2022 年 4 月 28 日)", "2022-04-28")]
    [InlineData("某市碳达峰实施方案\n\n一、总体要求\n\n坚持节约优先。\n\n某市人民政府\n\n二〇二三年十二月二十九日\n\n某市人民政府办公室 2024年1月3日印发", "2023-12-29")]
    public void Date_of_issue_comes_from_under_the_title_or_the_first_signature(string text, string date) =>
        Assert.Equal(date, Meta(text).Date);

    [Fact]
    public void Title_split_over_lines_ends_at_the_document_type_and_takes_a_bracketed_subtitle()
    {
        var meta = Meta("中共某市委 某市人民政府\n关于推进碳达峰碳中和工作的实施意见\n（征求意见稿）\n为贯彻落实党中央决策部署而未加标点的首行\n" + Body);

        Assert.Equal("中共某市委 某市人民政府关于推进碳达峰碳中和工作的实施意见（征求意见稿）", meta.Title);
    }

    [Fact]
    public void Plan_issued_by_a_notice_without_book_title_marks_is_unwrapped()
    {
        var meta = Meta("柳州市人民政府办公室关于印发柳州市节能降碳实施方案的通知\n各县、区人民政府：\n现将方案印发给你们。\n柳州市人民政府办公室\n2023年5月6日\n柳州市节能降碳实施方案" + Body);

        Assert.Equal("柳州市节能降碳实施方案", meta.Title);
        Assert.Equal("2023-05-06", meta.Date);
        Assert.Equal("柳州市人民政府办公室", meta.Issuer);
    }

    [Fact]
    public void Repeated_owner_lines_are_text_not_running_headers()
    {
        var text = "某市方案\n\n一、任务\n\n推广光伏。\n\n责任单位：市发展改革委\n\n推广风电。\n\n责任单位：市发展改革委\n\n推广储能。\n\n责任单位：市发展改革委";

        var paragraphs = IngestFixture.Ingestor.Parse(text, "t", null).AllSections().SelectMany(s => s.Paragraphs);

        Assert.Equal(3, paragraphs.Count(p => p == "责任单位：市发展改革委"));
    }

    [Fact]
    public void Parts_are_headings_like_chapters()
    {
        var document = IngestFixture.Ingestor.Parse("某市规划\n\n第一部分 发展基础\n\n成效明显。\n\n第二部分 总体要求\n\n一、指导思想\n\n坚持节约优先。", "t", null);

        Assert.Equal(["第一部分 发展基础", "第二部分 总体要求"], document.Sections.Select(s => s.Heading));
        Assert.Equal("第二部分 总体要求 > 一、指导思想", document.Sections[1].Children.Single().Path);
    }
}
