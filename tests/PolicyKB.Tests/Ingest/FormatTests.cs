using System.Text;
using PolicyKB.Core;
using PolicyKB.Rules;
using Xunit;

namespace PolicyKB.Tests.Ingest;

/// <summary>Issue 6: plans as they reach researchers — GBK files, web pages, PDF text, Traditional pages.</summary>
public sealed class FormatTests
{
    private static Document Read(string name) => IngestFixture.Ingestor.Read(Path.Combine(IngestFixture.IngestData, name));

    private static List<string> Paragraphs(Document document) => document.AllSections().SelectMany(s => s.Paragraphs).ToList();

    [Fact]
    public void Gbk_file_is_decoded_and_parsed()
    {
        var document = Read("gbk-plan.txt");

        Assert.Equal("南宁市工业领域碳达峰实施方案", document.Meta.Title);
        Assert.Equal("南府发〔2023〕18号", document.Meta.DocNumber);
        Assert.Equal("2023-08-15", document.Meta.Date);
        Assert.Equal("南宁市", document.Meta.Region);
        Assert.Equal(["一、总体要求", "二、重点任务"], document.Sections.Where(s => s.Level == 1).Select(s => s.Heading));
        Assert.Contains(Paragraphs(document), p => p.EndsWith("（牵头单位：市工业和信息化局；责任单位：市发展改革委、市生态环境局）"));
    }

    [Fact]
    public void Markdown_bold_around_a_whole_line_is_formatting_not_text()
    {
        var document = Read("bold-doc-number.md");

        Assert.Equal("赣发改环资〔2024〕112号", document.Meta.DocNumber);
        Assert.Contains("到2025年，规模以上工业单位增加值能耗较2020年下降14%。", Paragraphs(document));
    }

    [Fact]
    public void Web_page_keeps_the_article_and_its_dates_and_drops_the_site()
    {
        var document = Read("web-page.html");
        var meta = document.Meta;
        var text = string.Join("\n", document.AllSections().SelectMany(s => s.Paragraphs.Prepend(s.Heading)));

        Assert.Equal("钦州市节能降碳行动方案", meta.Title);          // the plan inside the notice
        Assert.Equal("钦政办发〔2023〕9号", meta.DocNumber);
        Assert.Equal("2023-06-09", meta.Date);                     // signature, not the page's date
        Assert.Equal("2023-06-12", meta.PublishDate);
        Assert.Equal("钦州市人民政府办公室", meta.Source);
        Assert.Equal("钦州市", meta.Region);
        Assert.Equal("city", meta.Level);
        Assert.Equal(["一、主要目标", "二、重点任务", "三、保障措施"], document.Sections.Where(s => s.Level == 1).Select(s => s.Heading));
        Assert.Contains("非化石能源消费比重达到28%。", text);
        foreach (var furniture in new[] { "首页", "当前位置", "浏览次数", "打印", "相关链接", "扫一扫", "版权所有", "ICP", "统计代码", "font-size" })
            Assert.DoesNotContain(furniture, text);
    }

    [Fact]
    public void Web_page_task_table_becomes_a_table_with_its_lead_unit_column()
    {
        var document = Read("web-page.html");

        var section = document.AllSections().Single(s => s.Heading == "（二）建筑节能降碳");
        var table = section.Tables.Single();
        Assert.Equal(["序号", "任务", "牵头单位", "完成时限"], table.Header);
        Assert.Equal(["市住房城乡建设局", "市交通运输局"], table.Rows.Select(r => r[2]));
        Assert.Equal("二、重点任务 > （二）建筑节能降碳", section.Path);
    }

    [Fact]
    public void Web_page_table_cells_merged_across_rows_stand_in_every_row_they_cover()
    {
        var document = Read("merged-cells.html");

        var table = document.AllSections().SelectMany(s => s.Tables).Single();
        Assert.Equal(["序号", "任务", "目标", "牵头单位", "配合单位", "完成时限"], table.Header);
        // rowspan: one 牵头单位 for two tasks; each row keeps its own 完成时限 in the last column
        Assert.Equal(["市住房城乡建设局", "市住房城乡建设局", "市住房城乡建设局", "市发展改革委"], table.Rows.Select(r => r[3]));
        Assert.Equal(["市自然资源局", "市工业和信息化局", "各县（区）人民政府", "各县（区）人民政府"], table.Rows.Select(r => r[4]));
        Assert.Equal(["2025年底前", "2026年底前", "2027年底前", "持续推进"], table.Rows.Select(r => r[5]));
    }

    [Fact]
    public void Pdf_text_is_rejoined_across_fixed_width_lines_page_numbers_and_running_headers()
    {
        var document = Read("pdf-text.txt");
        var paragraphs = Paragraphs(document);

        Assert.Equal("贵港市降碳工作方案（２０２３—２０２５年）", document.Meta.Title);
        Assert.Equal("2023-2025", document.Meta.Period);
        Assert.Equal("贵港市", document.Meta.Region);
        Assert.Equal(["一、工作目标", "二、重点任务", "三、保障措施"], document.Sections.Where(s => s.Level == 1).Select(s => s.Heading));
        Assert.Equal(["（一）优化能源结构", "（二）推进工业节能降碳"], document.Sections[2].Children.Select(s => s.Heading));
        Assert.Equal(
            ["到２０２５年，全市单位地区生产总值能源消耗比２０２０年下降１３．５％，单位地区生产总值二氧化碳排放比２０２０年下降１５％，非化石能源消费比重达到３０％以上。"],
            document.Sections[1].Paragraphs);
        Assert.Equal(2, document.Sections[2].Children[0].Paragraphs.Count);
        Assert.EndsWith("规模以上工业单位增加值能耗下降１４％。市工业和信息化局牵头负责。", document.Sections[2].Children[1].Paragraphs.Single());
        Assert.DoesNotContain(paragraphs, p => p.Contains('—') && p.Length < 10);
        Assert.DoesNotContain(paragraphs, p => p.Contains("贵港市降碳工作方案"));
    }

    [Fact]
    public void Traditional_page_is_kept_as_written_and_matched_through_its_simplified_form()
    {
        var document = Read("traditional.txt");
        var goal = document.AllSections().Single(s => s.Heading == "（二）主要目標").Paragraphs.Single();

        Assert.Equal("廣州市碳達峰實施方案", document.Meta.Title);
        Assert.Equal("广州市", document.Meta.Region);
        Assert.Equal("city", document.Meta.Level);
        Assert.Equal("穗府〔2022〕15號", document.Meta.DocNumber);
        Assert.Equal("2022-12-30", document.Meta.Date);
        Assert.StartsWith("到２０２５年，全市單位地區生產總值能源消耗", goal);
        Assert.Contains("单位地区生产总值能源消耗比2020年下降14.5%", TextFold.ForMatch(goal));
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Unicode_encodings_with_a_byte_order_mark_read_like_utf8(string encoding)
    {
        var text = File.ReadAllText(TestPaths.Seed(TestPaths.Guangan));
        var bytes = encoding switch
        {
            "utf-8-bom" => new UTF8Encoding(true).GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
            "utf-16le" => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
            _ => Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes(text)).ToArray(),
        };
        var path = TempFile(TestPaths.Guangan, bytes);

        var document = IngestFixture.Ingestor.Read(path);

        Assert.Equal(CanonicalMarkdownTests.Serialize(IngestFixture.Seed(TestPaths.Guangan)), CanonicalMarkdownTests.Serialize(document));
    }

    [Fact]
    public void Bytes_that_are_neither_unicode_nor_plausible_gbk_are_refused()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var big5 = Encoding.GetEncoding(950).GetBytes(File.ReadAllText(Path.Combine(IngestFixture.IngestData, "traditional.txt")));
        var latin1 = Encoding.Latin1.GetBytes("Fahrplan für die Energiewende: Ölheizungen ersetzen, Wärmepumpen fördern. ÄÖÜ äöü ß");

        foreach (var bytes in new[] { big5, latin1 })
        {
            var path = TempFile("bad.txt", bytes);
            var error = Assert.Throws<KbException>(() => IngestFixture.Ingestor.Read(path));
            Assert.Equal(path, error.File);
            Assert.Contains("编码", error.Message);
        }
    }

    [Fact]
    public void Empty_binary_and_oversized_files_are_refused_with_a_clear_message()
    {
        var empty = TempFile("empty.txt", []);
        var binary = TempFile("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        var large = TempFile("large.txt", []);
        using (var stream = File.OpenWrite(large))
            stream.SetLength(Ingestor_MaxBytes + 1);   // sparse: no 50 MB written

        Assert.Contains("为空", Assert.Throws<KbException>(() => IngestFixture.Ingestor.Read(empty)).Message);
        Assert.Contains("二进制", Assert.Throws<KbException>(() => IngestFixture.Ingestor.Read(binary)).Message);
        Assert.Contains("过大", Assert.Throws<KbException>(() => IngestFixture.Ingestor.Read(large)).Message);
        Assert.Contains("不支持", Assert.Throws<KbException>(() => IngestFixture.Ingestor.Read(TempFile("plan.pdf", [1]))).Message);
    }

    private const long Ingestor_MaxBytes = PolicyKB.Ingest.Ingestor.MaxFileBytes;

    internal static string TempFile(string name, byte[] bytes)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("kb-ingest-").FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
