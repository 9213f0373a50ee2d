using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace PolicyKB.Web.Tests;

[Collection(ServedCollection.Name)]
public sealed class TargetsTests(ServedKb served)
{
    private readonly HttpClient _client = served.Client;

    [Fact]
    public async Task Targets_returns_exactly_what_kb_targets_json_prints()
    {
        var cli = served.Cli("targets", "--metric", "单位GDP能耗", "--year", "2025", "--json");

        var body = await _client.GetStringAsync(ApiTests.Url("/api/targets", ("metric", "单位GDP能耗"), ("year", "2025")));

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(cli.Stdout.Trim(), body.Trim());
    }

    [Fact]
    public async Task Energy_intensity_2025_lines_up_the_three_regions_as_their_plans_write_it()
    {
        var body = await _client.GetStringAsync(ApiTests.Url("/api/targets", ("metric", "单位GDP能耗"), ("year", "2025")));

        var byRegion = JsonDocument.Parse(body).RootElement.GetProperty("targets").EnumerateArray()
            .ToDictionary(t => t.GetProperty("region").GetString()!, t => t.GetProperty("text").GetString());
        Assert.Equal("下降14.5%", byRegion["柳州市"]);
        Assert.Equal("下降13%", byRegion["广西壮族自治区"]);
        Assert.Equal("下降14.5%以上", byRegion["广安市"]);
    }

    [Theory]
    [InlineData("/api/targets?year=abc", "参数 year 应为整数")]
    [InlineData("/api/targets?region=%E7%81%AB%E6%98%9F", "未知地区“火星”")]
    [InlineData("/api/owners?region=%E5%8C%97%E4%BA%AC", "知识库中没有北京市的方案")]
    public async Task Bad_parameters_are_400_with_a_message(string url, string message)
    {
        var response = await _client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await Responses.Error(response));
    }

    [Fact]
    public async Task Owners_returns_exactly_what_kb_owners_json_prints()
    {
        var cli = served.Cli("owners", "--region", "柳州", "--unit", "发改委", "--json");

        var body = await _client.GetStringAsync(ApiTests.Url("/api/owners", ("region", "柳州"), ("unit", "发改委")));

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(cli.Stdout.Trim(), body.Trim());
        var owner = JsonDocument.Parse(body).RootElement.GetProperty("owners")[0];
        Assert.Equal("柳州市", owner.GetProperty("region").GetString());
        Assert.Contains("发展和改革委员会", owner.GetProperty("department").GetString());
    }

    [Fact]
    public async Task Comparison_page_draws_the_regions_largest_first_with_their_wording()
    {
        var html = await _client.GetStringAsync(ApiTests.Url("/compare", ("metric", "单位GDP能耗"), ("year", "2025")));

        var bars = Regex.Matches(html, "<g class=\"bar\" data-label=\"([^\"]+)\" data-value=\"([^\"]+)\">")
            .Select(m => (Region: m.Groups[1].Value, Value: decimal.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        Assert.Equal(new[] { "广安市", "广西壮族自治区", "柳州市" }, bars.Select(b => b.Region).Order(StringComparer.Ordinal));
        Assert.Equal(bars.Select(b => b.Value).OrderByDescending(v => v), bars.Select(b => b.Value));
        Assert.Equal("广西壮族自治区", bars[^1].Region);
        Assert.Contains(">下降14.5%以上</text>", html);
        Assert.Contains("<td class=\"value\">下降14.5%以上</td>", html);
        Assert.Contains("单位地区生产总值能耗比 2020 年下降 13%", html);
    }

    [Fact]
    public async Task Comparison_landing_page_suggests_metrics_several_regions_share()
    {
        var html = await _client.GetStringAsync("/compare");

        Assert.Matches("<a href=\"/compare\\?metric=[^\"]+&amp;year=2025\">单位GDP能耗 · 2025年</a> <span class=\"muted\">3 个地区</span>", html);
    }

    [Fact]
    public async Task Comparison_page_escapes_the_metric_it_was_given()
    {
        var html = await _client.GetStringAsync(ApiTests.Url("/compare", ("metric", "<script>alert(1)</script>")));

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<script>alert(1)", html);
        Assert.Contains("知识库中没有符合条件的目标。", html);
    }
}
