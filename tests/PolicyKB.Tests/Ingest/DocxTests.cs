using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Xunit;
using Document = PolicyKB.Core.Document;
using KbException = PolicyKB.Core.KbException;

namespace PolicyKB.Tests.Ingest;

/// <summary>A Word plan written for the test: heading styles, automatic 一、 numbering, and a task table whose
/// 牵头单位 column is merged down two rows.</summary>
public sealed class DocxTests
{
    private static readonly Lazy<Document> Plan = new(() =>
        IngestFixture.Ingestor.Read(FormatTests.TempFile("liuzhou-transport.docx", TaskTablePlan())));

    [Fact]
    public void Heading_styles_and_automatic_numbers_make_the_tree()
    {
        var document = Plan.Value;

        Assert.Equal("柳州市交通运输领域碳达峰实施方案", document.Meta.Title);
        Assert.Equal("柳州市", document.Meta.Region);
        Assert.Equal(["一、总体目标", "二、重点任务"], document.Sections.Where(s => s.Level == 1).Select(s => s.Heading));
        Assert.Equal("二、重点任务 > （一）推广新能源车辆", document.Sections[^1].Children.Single().Path);
        Assert.Equal(["到2025年，营运车辆单位换算周转量碳排放强度比2020年下降5%。"], document.Sections[^2].Paragraphs);
    }

    [Fact]
    public void Task_table_keeps_its_lead_unit_on_every_row()
    {
        var table = Plan.Value.Sections[^1].Children.Single().Tables.Single();

        Assert.Equal(["序号", "任务", "牵头单位", "责任单位"], table.Header);
        Assert.Equal(["市交通运输局", "市交通运输局"], table.Rows.Select(r => r[2]));   // merged cell repeated
        Assert.Equal("市住房城乡建设局、广西电网柳州供电局", table.Rows[1][3]);        // one unit per cell paragraph
        Assert.Equal("新增和更新公交车中新能源车辆占比达到100%", table.Rows[0][1]);
    }

    [Fact]
    public void Signature_after_the_table_dates_the_plan()
    {
        Assert.Equal("2023-03-01", Plan.Value.Meta.Date);
        Assert.Equal("柳州市交通运输局", Plan.Value.Meta.Issuer);
    }

    [Fact]
    public void A_truncated_docx_is_refused_with_the_file_name()
    {
        var bytes = TaskTablePlan();
        var path = FormatTests.TempFile("broken.docx", bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<KbException>(() => IngestFixture.Ingestor.Read(path));

        Assert.Equal(path, error.File);
        Assert.Contains("Word", error.Message);
    }

    internal static byte[] TaskTablePlan()
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new Styles(HeadingStyle("Heading1", "heading 1"), HeadingStyle("Heading2", "heading 2"));
            // Level 0 of list 1 draws 一、 二、 (chineseCounting, "%1、").
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new Numbering(
                new AbstractNum(new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.ChineseCounting },
                    new LevelText { Val = "%1、" }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new Body(
                Para("柳州市交通运输领域碳达峰实施方案"),
                Para("总体目标", style: "Heading1", numbered: true),
                Para("到2025年，营运车辆单位换算周转量碳排放强度比2020年下降5%。"),
                Para("重点任务", style: "Heading1", numbered: true),
                Para("（一）推广新能源车辆", style: "Heading2"),
                new Table(
                    Row(Cell("序号"), Cell("任务"), Cell("牵头单位"), Cell("责任单位")),
                    Row(Cell("1"), Cell("新增和更新公交车中新能源车辆占比达到100%"), Cell("市交通运输局", MergedCellValues.Restart), Cell("市发展改革委")),
                    Row(Cell("2"), Cell("建成公共充电桩2000个"), Cell("", MergedCellValues.Continue), Cell("市住房城乡建设局", "广西电网柳州供电局"))),
                Para("柳州市交通运输局"),
                Para("2023年3月1日")));
        }
        return stream.ToArray();
    }

    private static Style HeadingStyle(string id, string name) =>
        new(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };

    private static Paragraph Para(string text, string? style = null, bool numbered = false)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
            properties.ParagraphStyleId = new ParagraphStyleId { Val = style };
        if (numbered)
            properties.NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 });
        return new Paragraph(properties, new Run(new Text(text)));
    }

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static TableCell Cell(string text, MergedCellValues? merge = null) => Cell(merge, text);

    private static TableCell Cell(params string[] paragraphs) => Cell(null, paragraphs);

    private static TableCell Cell(MergedCellValues? merge, params string[] paragraphs)
    {
        var cell = new TableCell(paragraphs.Select(p => new Paragraph(new Run(new Text(p)))));
        if (merge is { } value)
            cell.TableCellProperties = new TableCellProperties(new VerticalMerge { Val = value });
        return cell;
    }
}
