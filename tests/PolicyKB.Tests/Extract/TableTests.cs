using PolicyKB.Core;
using PolicyKB.Tests.Rules;
using Xunit;
using static PolicyKB.Tests.Extract.TargetAssert;

namespace PolicyKB.Tests.Extract;

/// <summary>Task tables built as Table records, as DOCX and HTML ingest hand them over.</summary>
public sealed class TableTests
{
    private static Extraction ExtractTable(Table table, string region = "柳州市", string level = "city")
    {
        var section = new Section("二、重点任务", 1, "二、重点任务", [], [], [table]);
        var meta = new DocumentMeta { Title = "柳州市碳达峰实施方案", Region = region, Level = level, Date = "2023-05-01" };
        return RulesFixture.Extractor.Extract(new Document("table", meta, [section]));
    }

    [Fact]
    public void Lead_column_owns_and_responsible_column_co_owns()
    {
        var table = new Table(["序号", "重点任务", "牵头单位", "责任单位", "完成时限"],
        [
            ["1", "城镇新建建筑中绿色建筑面积占比达到100%。", "市住房城乡建设局", "市发展改革委、市自然资源局", "2025年底前"],
        ]);

        var target = Single(ExtractTable(table), "绿色建筑面积占比", 100m);

        Is(target, Direction.Reach, null, null, 2025);
        Owned(target, ["柳州市住房和城乡建设局"], "柳州市发展和改革委员会", "柳州市自然资源局");
    }

    [Theory]
    [InlineData("时间安排")]
    [InlineData("时间")]
    public void A_time_column_dates_its_rows(string header)
    {
        var table = new Table(["序号", "重点任务", "牵头单位", header],
        [
            ["1", "新建公共充电桩500个。", "市交通运输局", "2024年底前"],
        ]);

        Assert.Equal(2024, Single(ExtractTable(table), "公共充电桩", 500m).Deadline);
    }

    [Fact]
    public void A_responsible_column_declaring_the_first_unit_leads_gives_one_owner()
    {
        var table = new Table(["序号", "主要任务", "责任单位（排名第一的为牵头单位）", "时间节点"],
        [
            ["1", "新建公共充电桩500个。", "市交通运输局、市发展改革委、供电局", "2024年"],
            ["2", "持续推进公共机构节能。", "市机关事务管理局", "持续推进"],
        ]);

        var extraction = ExtractTable(table);

        var piles = Single(extraction, "新建公共充电桩", 500m, "个");
        Is(piles, Direction.Increase, null, null, 2024);
        Owned(piles, ["柳州市交通运输局"], "柳州市发展和改革委员会", "供电局");
        var measure = Assert.Single(extraction.Measures, m => m.Text.Contains("公共机构节能"));
        Assert.Equal(["柳州市机关事务管理局"], measure.Owners);
        Assert.Null(measure.Deadline);
    }

    [Fact]
    public void Several_responsible_units_without_a_lead_own_the_task_together()
    {
        var table = new Table(["序号", "工作任务", "责任单位"],
        [
            ["1", "到2025年，秸秆综合利用率达到90%。", "市农业农村局、市生态环境局"],
        ]);

        Owned(Single(ExtractTable(table), "秸秆综合利用率", 90m), ["柳州市农业农村局", "柳州市生态环境局"]);
    }
}
