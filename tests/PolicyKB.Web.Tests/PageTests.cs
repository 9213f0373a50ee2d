using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace PolicyKB.Web.Tests;

[Collection(ServedCollection.Name)]
public sealed class PageTests(ServedKb served)
{
    private readonly HttpClient _client = served.Client;

    [Fact]
    public async Task Search_page_lists_the_agriculture_bureau_first_with_the_hit_marked_and_its_section_path()
    {
        var html = await Page(ApiTests.Url("/", ("q", "秸秆")));

        var first = Regex.Match(html, "<li class=\"hit\">(.*?)</li>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("市农业农村局", first);
        Assert.Contains("<mark>秸秆</mark>", first);
        Assert.Contains("三、严格落实责任 &gt; （二）严格落实有关部门责任", first);
        Assert.Contains("href=\"/doc/000_b9235fa2a03b53ca\"", first);
    }

    [Fact]
    public async Task Search_page_facets_count_hits_per_region_and_level_and_link_to_the_filtered_search()
    {
        var html = await Page(ApiTests.Url("/", ("q", "碳达峰")));

        var regions = Regex.Matches(html, "data-facet=\"region\"[^>]*><span>([^<]+)</span><span class=\"count\">(\\d+)</span>")
            .ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value));
        Assert.Equal(new[] { "广安市", "广西壮族自治区", "柳州市" }, regions.Keys.Order(StringComparer.Ordinal));
        Assert.All(regions.Values, count => Assert.True(count > 0));
        Assert.Contains("<span>省级</span>", html);
        Assert.Contains("href=\"/?q=%E7%A2%B3%E8%BE%BE%E5%B3%B0&amp;region=%E6%9F%B3%E5%B7%9E%E5%B8%82\"", html);
    }

    [Fact]
    public async Task A_region_facet_given_by_short_name_shows_as_selected_and_filters_the_hits()
    {
        var html = await Page(ApiTests.Url("/", ("q", "碳达峰"), ("region", "广安")));

        Assert.Matches("class=\"selected\"><span>广安市</span>", html);
        var regions = Regex.Matches(html, "<li class=\"hit\">.*?</a> · ([^ ]+) ·", RegexOptions.Singleline).Select(m => m.Groups[1].Value).Distinct();
        Assert.Equal(new[] { "广安市" }, regions);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("\"><img src=x onerror=alert(1)>", "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")]
    [InlineData("' onfocus='alert(1)", "&#39; onfocus=&#39;alert(1)")]
    public async Task Hostile_query_comes_back_escaped_in_the_page(string query, string escaped)
    {
        var html = await Page(ApiTests.Url("/", ("q", query)));

        Assert.Contains(escaped, html);
        Assert.DoesNotContain(query, html);
        Assert.Single(Regex.Matches(html, "<script"));   // only the page's own /static/app.js
    }

    [Fact]
    public async Task Search_page_with_an_unknown_region_is_400_with_the_known_regions()
    {
        var response = await _client.GetAsync(ApiTests.Url("/", ("q", "秸秆"), ("region", "火星")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("未知地区“火星”；知识库中的地区：广安市、广西壮族自治区、柳州市", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Plan_page_renders_the_canonical_markdown_without_its_front_matter()
    {
        var html = await Page("/doc/000_b9235fa2a03b53ca");

        Assert.Contains("<h1>柳州市降碳目标工作实施方案（2023-2025年）</h1>", html);
        Assert.Contains("<h2>一、工作目标</h2>", html);
        Assert.Contains("<h3>（二）严格落实有关部门责任</h3>", html);
        Assert.Contains("市农业农村局</mark>:农业农村领域节能降碳工作牵头单位。", html);
        Assert.DoesNotContain("sourceFile:", html);
        Assert.Contains("<dd>2023-2025</dd>", html);
    }

    [Fact]
    public async Task Plan_page_marks_targets_inline_and_lists_them_with_their_owners()
    {
        var html = await Page("/doc/000_b9235fa2a03b53ca");

        var mark = Regex.Match(html, "<mark class=\"target\" id=\"(t-\\d+)\" title=\"([^\"]*)\">到 2025 年，全市单位地区生产总值能源消耗比 2020 年下降 14.5%");
        Assert.True(mark.Success, "the 14.5% sentence is marked");
        Assert.Contains("下降 14.5%", mark.Groups[2].Value);
        Assert.Contains("牵头：柳州市发展和改革委员会", mark.Groups[2].Value);
        var id = mark.Groups[1].Value;
        var item = Regex.Match(html, $"<li><a href=\"#{id}\" data-mark=\"{id}\">([^<]+)</a>\\s*<div><span class=\"value\">([^<]+)</span>", RegexOptions.Singleline);
        Assert.Equal("下降 14.5%", item.Groups[2].Value);
        Assert.Contains("<mark class=\"owner\" id=\"d-", html);
        Assert.Matches("<mark class=\"owner\" id=\"d-\\d+\" title=\"柳州市农业农村局[^\"]*\">市农业农村局</mark>:", html);
    }

    [Fact]
    public async Task Every_target_listed_beside_a_plan_links_to_a_mark_when_its_sentence_is_in_the_text()
    {
        var html = await Page("/doc/000_b9235fa2a03b53ca");

        var links = Regex.Matches(html, "<a href=\"#(t-\\d+)\" data-mark").Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(links);
        Assert.All(links, id => Assert.Matches($"id=\"{id}\"", html));
    }

    [Fact]
    public async Task Unknown_plan_page_is_404()
    {
        var response = await _client.GetAsync("/doc/nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("知识库中没有编号为“nope”的方案", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Documents_page_links_every_plan()
    {
        var html = await Page("/docs");

        foreach (var id in new[] { "000_b9235fa2a03b53ca", "001_fb0704a0d694ad82", "003_41fc7a36ab40bbf5" })
            Assert.Contains($"href=\"/doc/{id}\"", html);
        Assert.Contains("广安府发〔2024〕1号", html);
    }

    [Fact]
    public async Task Pages_forbid_inline_script_and_framing()
    {
        var response = await _client.GetAsync("/");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("/static/app.css", "text/css; charset=utf-8", "mark")]
    [InlineData("/static/app.js", "text/javascript; charset=utf-8", "DOMContentLoaded")]
    public async Task Static_files_come_from_the_assembly(string path, string contentType, string content)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.ToString());
        Assert.Contains(content, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_page_is_404()
    {
        var response = await _client.GetAsync("/etc/passwd");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> Page(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        return await response.Content.ReadAsStringAsync();
    }
}
