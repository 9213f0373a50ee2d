using PolicyKB.Core;
using Xunit;

namespace PolicyKB.Tests.Ingest;

/// <summary>Normalisation and structure on small documents written in the layouts plans use.</summary>
public sealed class NormalizationTests
{
    private static Document Parse(string text) => IngestFixture.Ingestor.Parse(text, "t", "t.txt");

    private static List<string> Paragraphs(Document document) => document.AllSections().SelectMany(s => s.Paragraphs).ToList();

    [Fact]
    public void Page_numbers_in_every_style_are_dropped()
    {
        var text = "某市节能方案\n\n一、总体要求\n\n到2025年，完成目标。\n\n— 3 —\n\n-4-\n\n5\n\n第6页\n\n第 7 页 共 12 页\n\n8/12\n\n二、保障措施\n\n加强领导。";

        var document = Parse(text);

        Assert.Equal(["到2025年，完成目标。", "加强领导。"], Paragraphs(document));
    }

    [Fact]
    public void A_pdf_line_broken_at_a_unit_slash_goes_on()
    {
        var text = "某市能源领域碳达峰实施方案\n一、重点任务\n推动煤电节能降碳改造，到2025年全市煤电机组平均供电\n煤耗降至300克标准煤/\n千瓦时以下。由市发展改革委负责。";

        var document = Parse(text);

        Assert.Contains(Paragraphs(document), p => p.Contains("300克标准煤/千瓦时以下"));
    }

    [Fact]
    public void A_table_printed_one_cell_per_line_is_read_back_as_rows()
    {
        // a Word export: header labels one per line, then each row's cells; the 备注 cells are empty and leave no line
        var text = "某区公共机构节能工作方案\n一、重点任务\n表1 重点任务清单\n序号\n任务名称\n目标要求\n责任单位\n完成时限\n备注\n"
                   + "1\n推广光伏\n新建光伏覆盖率达到50%\n区发展改革委、区机关事务中心\n2025年12月底\n"
                   + "2\n推进节水\n人均用水量控制在21立方米以内\n区水利局\n2024年12月底\n"
                   + "二、保障措施\n加强组织领导。";

        var document = Parse(text);

        var table = document.AllSections().SelectMany(s => s.Tables).Single();
        Assert.Equal(["序号", "任务名称", "目标要求", "责任单位", "完成时限", "备注"], table.Header);
        Assert.Equal(["1", "2"], table.Rows.Select(r => r[0]));
        Assert.Equal(["区发展改革委、区机关事务中心", "区水利局"], table.Rows.Select(r => r[3]));
        Assert.Equal(["2025年12月底", "2024年12月底"], table.Rows.Select(r => r[4]));
        Assert.Equal(["加强组织领导。"], document.Sections[1].Paragraphs);
    }

    [Fact]
    public void Short_lines_without_serial_rows_stay_text()
    {
        var text = "某区节能工作方案\n一、重点任务\n序号\n任务名称\n责任单位\n推广光伏。\n2\n推进节水。";

        var document = Parse(text);

        Assert.Empty(document.AllSections().SelectMany(s => s.Tables));
    }

    [Fact]
    public void Web_boilerplate_is_dropped_and_its_dates_kept_apart()
    {
        var text = "当前位置：首页 > 政务公开 > 文件\n某市碳达峰实施方案\n发布时间：2023年05月06日 信息来源：某市发展改革委 浏览次数：120\n【字体：大 中 小】【打印本页】【关闭窗口】\n" +
                   "一、总体要求\n到2025年，完成目标。\n扫一扫在手机打开当前页\n";

        var document = Parse(text);

        Assert.Equal("某市碳达峰实施方案", document.Meta.Title);
        Assert.Equal("2023-05-06", document.Meta.PublishDate);
        Assert.Null(document.Meta.Date);
        Assert.Equal("某市发展改革委", document.Meta.Source);
        Assert.Equal(["到2025年，完成目标。"], Paragraphs(document));
    }

    [Fact]
    public void A_short_label_line_broken_inside_a_bracket_goes_on_to_the_line_closing_it()
    {
        var text = "某市方案\n\n一、重点任务\n    1．推进光伏建设。到2025年，光伏装机容量达到50万千瓦。\n" +
                   "    责任单位：市能源局、市发展改革委（排名第一的\n为牵头单位，下同）\n    2．推进风电建设。";

        var document = Parse(text);

        Assert.Contains("责任单位：市能源局、市发展改革委（排名第一的为牵头单位，下同）", Paragraphs(document));
    }

    [Fact]
    public void A_heading_is_never_glued_to_its_paragraph_nor_a_list_item_to_the_previous_line()
    {
        var text = "某市方案\n\n一、主要目标\n到2025年，单位地区生产总值能耗比2020年下降\n14.5%，完成自治区下达的目标任务\n（一）能源\n1. 推进光伏建设\n2. 推进风电建设";

        var document = Parse(text);

        var top = document.Sections.Single();
        Assert.Equal("一、主要目标", top.Heading);
        Assert.Equal(["到2025年，单位地区生产总值能耗比2020年下降14.5%，完成自治区下达的目标任务"], top.Paragraphs);
        Assert.Equal(["1. 推进光伏建设", "2. 推进风电建设"], top.Children.Single().Children.Select(s => s.Heading));
    }

    [Fact]
    public void A_numbered_target_sentence_is_a_paragraph_not_a_heading()
    {
        var text = "某市方案\n\n一、主要目标\n\n1. 到2025年，全市单位地区生产总值能耗下降14.5%。\n\n2. 到2025年，非化石能源消费比重达到30%。";

        var top = Parse(text).Sections.Single();

        Assert.Empty(top.Children);
        Assert.Equal(2, top.Paragraphs.Count);
    }

    [Fact]
    public void Depth_follows_the_order_markers_first_appear_even_when_a_level_is_skipped()
    {
        var text = "某市方案\n\n一、总体要求\n\n1. 指导思想\n\n坚持节约优先。\n\n二、重点任务\n\n（一）能源\n\n1. 光伏\n\n发展光伏。\n\n（1）屋顶光伏\n\n推广屋顶光伏。";

        var document = Parse(text);

        var paths = document.AllSections().Select(s => $"{s.Level}:{s.Path}").ToList();
        Assert.Equal([
            "1:一、总体要求", "2:一、总体要求 > 1. 指导思想", "1:二、重点任务", "2:二、重点任务 > （一）能源",
            "3:二、重点任务 > （一）能源 > 1. 光伏", "4:二、重点任务 > （一）能源 > 1. 光伏 > （1）屋顶光伏",
        ], paths);
    }

    [Fact]
    public void Chapters_and_full_width_numbers_are_headings()
    {
        var text = "某省条例\n\n第一章 总则\n\n第一节 目的\n\n为了节约能源，制定本条例。\n\n第二章 目标\n\n１．能耗目标\n\n到２０２５年下降１４．５％。";

        var document = Parse(text);

        Assert.Equal(["第一章 总则", "第二章 目标"], document.Sections.Select(s => s.Heading));
        Assert.Equal("第二章 目标 > １．能耗目标", document.Sections[1].Children.Single().Path);
        Assert.Equal("到２０２５年下降１４．５％。", document.Sections[1].Children.Single().Paragraphs.Single());
    }

    [Fact]
    public void Table_rows_become_a_table_with_its_header()
    {
        var text = "某市方案\n\n一、重点任务\n\n序号\t任务\t牵头单位\t完成时限\n1\t推广新能源公交\t市交通运输局\t2025年\n2\t建筑节能改造\t市住房城乡建设局\t2024年\n\n各单位要抓好落实。";

        var section = Parse(text).Sections.Single();

        var table = section.Tables.Single();
        Assert.Equal(["序号", "任务", "牵头单位", "完成时限"], table.Header);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("市交通运输局", table.Rows[0][2]);
        Assert.Equal(["各单位要抓好落实。"], section.Paragraphs);
    }

    [Fact]
    public void Date_and_doc_number_come_from_the_head_in_other_styles()
    {
        var text = "柳州市人民政府文件\n柳政发〔2023〕12号\n柳州市人民政府关于印发柳州市碳达峰实施方案的通知\n各县、区人民政府：\n现将方案印发给你们。\n柳州市人民政府\n二〇二三年十二月二十九日\n一、总体要求\n坚持节约优先。";

        var meta = Parse(text).Meta;

        Assert.Equal("柳州市碳达峰实施方案", meta.Title);
        Assert.Equal("柳政发〔2023〕12号", meta.DocNumber);
        Assert.Equal("2023-12-29", meta.Date);
        Assert.Equal("柳州市人民政府", meta.Issuer);
        Assert.Equal("柳州市", meta.Region);
    }

    [Fact]
    public void Doc_numbers_cited_in_the_body_are_not_the_document_s_own()
    {
        var text = "某市碳达峰实施方案\n\n根据《国务院关于印发2030年前碳达峰行动方案的通知》（国发〔2021〕23号），制定本方案。\n\n一、总体要求\n\n坚持节约优先。";

        Assert.Null(Parse(text).Meta.DocNumber);
    }

    [Fact]
    public void Empty_and_blank_text_is_refused_with_the_file_name()
    {
        var error = Assert.Throws<KbException>(() => IngestFixture.Ingestor.Parse(" \n\u3000\n", "t", "t.txt"));

        Assert.Equal("t.txt", error.File);
    }
}
