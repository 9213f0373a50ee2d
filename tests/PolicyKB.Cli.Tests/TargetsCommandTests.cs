using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Xunit;

namespace PolicyKB.Cli.Tests;

public sealed class TargetsCommandTests : IDisposable
{
    private readonly Kb _kb = new();

    public void Dispose() => _kb.Dispose();

    // issue 3, Done when: 柳州 14.5%, 广西 13%, 广安 14.5%以上, each with its source sentence.
    [Fact]
    public void Energy_intensity_2025_lines_up_three_regions_with_their_sentences()
    {
        var result = _kb.Run("targets", "--metric", "单位GDP能耗", "--year", "2025");

        Assert.Equal(0, result.ExitCode);
        var table = result.Stdout;
        Assert.Contains("共 3 个目标", table);
        foreach (var sentence in new[]
        {
            "“到 2025 年，全市单位地区生产总值能源消耗比 2020 年下降 14.5%，能源消费总量得到合理控制。”",
            "“单位地区生产总值能耗比 2020 年下降 13%，单位地区生产总值二氧化碳排放下降率确保完成国家下达的目标；”",
            "单位地区生产总值能源消耗下降14.5%以上，",
        })
            Assert.Contains(sentence, table);

        var json = JsonDocument.Parse(_kb.Run("targets", "--metric", "单位GDP能耗", "--year", "2025", "--json").Stdout);
        var rows = json.RootElement.GetProperty("targets").EnumerateArray()
            .ToDictionary(t => t.GetProperty("region").GetString()!, t => t);
        Assert.Equal(["广安市", "广西壮族自治区", "柳州市"], rows.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(14.5m, rows["柳州市"].GetProperty("value").GetDecimal());
        Assert.Equal(13m, rows["广西壮族自治区"].GetProperty("value").GetDecimal());
        Assert.Equal("以上", rows["广安市"].GetProperty("qualifier").GetString());
        Assert.Equal("下降14.5%以上", rows["广安市"].GetProperty("text").GetString());
        Assert.All(rows.Values, t =>
        {
            Assert.Equal("energy_intensity", t.GetProperty("metricId").GetString());
            Assert.Equal(2025, t.GetProperty("deadline").GetInt32());
            Assert.Contains("下降", t.GetProperty("evidence").GetString());
        });
        Assert.Equal("柳州市发展和改革委员会", rows["柳州市"].GetProperty("owners")[0].GetString());
    }

    [Fact]
    public void Csv_parses_with_one_record_per_target()
    {
        var result = _kb.Run("targets", "--region", "广安", "--format", "csv");

        Assert.Equal(0, result.ExitCode);
        using var csv = new CsvReader(new StringReader(result.Stdout), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var records = new List<(string Region, string Id, string Sentence)>();
        while (csv.Read())
            records.Add((csv.GetField("地区")!, csv.GetField("指标编号")!, csv.GetField("原句")!));
        var json = JsonDocument.Parse(_kb.Run("targets", "--region", "广安", "--json").Stdout);
        Assert.Equal(json.RootElement.GetProperty("targets").GetArrayLength(), records.Count);
        Assert.All(records, r => Assert.Equal("广安市", r.Region));
        Assert.Contains(records, r => r.Id == "energy_intensity" && r.Sentence.Contains("14.5%以上，", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_is_a_table_with_one_row_per_target()
    {
        var result = _kb.Run("targets", "--metric", "森林覆盖率", "--format", "md");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Stdout.Split('\n').Where(l => l.StartsWith('|')).ToList();
        Assert.Equal("| 地区 | 层级 | 指标 | 指标编号 | 目标 | 基准年 | 期限 | 牵头单位 | 来源 |", rows[0].TrimEnd());
        var cells = rows.Skip(2).Select(r => r.Trim().Trim('|').Trim().Split(" | ")).ToList();
        Assert.Equal(3, cells.Count);
        Assert.All(cells, c => Assert.Equal(9, c.Length));
        Assert.All(cells, c => Assert.Equal("forest_coverage", c[3]));
        Assert.Contains(cells, c => c[0] == "广安市" && c[4] == "达到32%左右" && c[6] == "2025");
    }

    [Fact]
    public void Unknown_region_exits_2_with_one_line()
    {
        var result = _kb.Run("targets", "--region", "火星");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("", result.Stdout);
        var line = Assert.Single(result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("kb:"));
        Assert.Contains("火星", line);
    }

    [Fact]
    public void No_match_says_so_and_gives_an_empty_json_list()
    {
        var table = _kb.Run("targets", "--metric", "单位GDP能耗", "--year", "2031");
        var json = _kb.Run("targets", "--metric", "单位GDP能耗", "--year", "2031", "--format", "json");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("没有找到符合条件的目标", table.Stdout);
        Assert.Equal(0, json.ExitCode);
        Assert.Equal(0, JsonDocument.Parse(json.Stdout).RootElement.GetProperty("targets").GetArrayLength());
    }
}
