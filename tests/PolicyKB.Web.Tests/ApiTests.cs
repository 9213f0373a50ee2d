using System.Net;
using System.Text.Json;
using Xunit;

namespace PolicyKB.Web.Tests;

[Collection(ServedCollection.Name)]
public sealed class ApiTests(ServedKb served)
{
    private readonly HttpClient _client = served.Client;

    [Fact]
    public async Task Search_returns_exactly_what_kb_search_json_prints()
    {
        var cli = served.Cli("search", "秸秆", "--limit", "3", "--json");

        var response = await _client.GetAsync(Url("/api/search", ("q", "秸秆"), ("limit", "3")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(cli.Stdout.Trim(), (await response.Content.ReadAsStringAsync()).Trim());
    }

    [Fact]
    public async Task Straw_search_puts_liuzhou_agriculture_bureau_first_with_the_hit_marked()
    {
        var root = await Json(Url("/api/search", ("q", "秸秆")));

        var first = root.GetProperty("results")[0];
        Assert.StartsWith("市农业农村局", first.GetProperty("text").GetString());
        Assert.Contains("农作物【秸秆】综合利用", first.GetProperty("highlighted").GetString());
        Assert.Equal("柳州市", first.GetProperty("region").GetString());
        Assert.Equal("三、严格落实责任 > （二）严格落实有关部门责任", first.GetProperty("section").GetString());
    }

    [Theory]
    [InlineData("region", "广安", "region", "广安市")]
    [InlineData("region", "广西壮族自治区", "region", "广西壮族自治区")]
    [InlineData("level", "省级", "level", "province")]
    [InlineData("level", "city", "level", "city")]
    public async Task Search_filters_by_region_and_level_given_as_researchers_write_them(string parameter, string value, string field, string expected)
    {
        var results = (await Json(Url("/api/search", ("q", "碳达峰"), (parameter, value)))).GetProperty("results");

        Assert.NotEqual(0, results.GetArrayLength());
        Assert.All(results.EnumerateArray(), r => Assert.Equal(expected, r.GetProperty(field).GetString()));
    }

    [Fact]
    public async Task Year_keeps_only_plans_in_force_that_year()
    {
        // 柳州: period 2023-2025; 广西: issued 2022-04-28, no period; 广安: issued 2024-01-26, no period.
        var in2023 = Regions(await Json(Url("/api/search", ("q", "碳达峰"), ("year", "2023"), ("limit", "100"))));
        var in2024 = Regions(await Json(Url("/api/search", ("q", "碳达峰"), ("year", "2024"), ("limit", "100"))));
        var in2021 = Regions(await Json(Url("/api/search", ("q", "碳达峰"), ("year", "2021"), ("limit", "100"))));

        Assert.Equal(new[] { "广西壮族自治区", "柳州市" }, in2023);
        Assert.Equal(new[] { "广安市", "广西壮族自治区", "柳州市" }, in2024);
        Assert.Empty(in2021);
    }

    [Fact]
    public async Task Documents_returns_exactly_what_kb_docs_json_prints()
    {
        var cli = served.Cli("docs", "--json");

        var body = await _client.GetStringAsync("/api/documents");

        Assert.Equal(0, cli.ExitCode);
        Assert.Equal(cli.Stdout.Trim(), body.Trim());
        Assert.Equal(3, JsonDocument.Parse(body).RootElement.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public async Task One_document_comes_with_its_metadata_and_canonical_markdown()
    {
        var root = await Json("/api/documents/003_41fc7a36ab40bbf5");

        var document = root.GetProperty("document");
        Assert.Equal("广安市碳达峰实施方案", document.GetProperty("title").GetString());
        Assert.Equal("广安府发〔2024〕1号", document.GetProperty("docNumber").GetString());
        Assert.StartsWith("---\n", root.GetProperty("markdown").GetString());
        Assert.Contains("# 广安市碳达峰实施方案", root.GetProperty("markdown").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("targets").ValueKind);
        Assert.Equal(document.GetProperty("targets").GetInt32(), root.GetProperty("targets").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/documents/000_nope")]
    [InlineData("/api/documents/..%2F..%2Fetc%2Fpasswd")]
    public async Task Unknown_document_is_404_with_a_message(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("知识库中没有编号为", await Responses.Error(response));
    }

    [Theory]
    [InlineData("", "缺少检索词")]
    [InlineData("q=%20%20", "缺少检索词")]
    [InlineData("q=秸秆&limit=abc", "参数 limit 应为整数，收到“abc”")]
    [InlineData("q=秸秆&limit=0", "参数 limit 应在 1 到 1000 之间")]
    [InlineData("q=秸秆&limit=1001", "参数 limit 应在 1 到 1000 之间")]
    [InlineData("q=秸秆&limit=-5", "参数 limit 应在 1 到 1000 之间")]
    [InlineData("q=秸秆&year=二〇二五", "参数 year 应为整数")]
    [InlineData("q=秸秆&year=99999", "参数 year 应在 1900 到 2200 之间")]
    [InlineData("q=秸秆&level=planet", "未知级别“planet”")]
    [InlineData("q=秸秆&region=火星", "未知地区“火星”；知识库中的地区：广安市、广西壮族自治区、柳州市")]
    [InlineData("q=秸秆&region=北京", "知识库中没有北京市的方案；已有地区：广安市、广西壮族自治区、柳州市")]
    public async Task Bad_search_parameters_are_400_with_a_chinese_message(string query, string message)
    {
        var response = await _client.GetAsync("/api/search?" + EncodeValues(query));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await Responses.Error(response));
    }

    [Fact]
    public async Task Overlong_query_is_400()
    {
        var response = await _client.GetAsync(Url("/api/search", ("q", new string('碳', 201))));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("参数 q 过长（最多 200 个字符）", await Responses.Error(response));
    }

    // User text never becomes SQL or FTS5 syntax: each of these is searched as words, answered with 200
    // and echoed as given, and the knowledge base is unchanged afterwards.
    [Theory]
    [InlineData("\"")]
    [InlineData("\"\"\"碳达峰")]
    [InlineData("NEAR(碳达峰 碳中和)")]
    [InlineData("碳达峰 NEAR/2 碳中和")]
    [InlineData("*")]
    [InlineData("碳*")]
    [InlineData("^碳达峰")]
    [InlineData("碳达峰 OR 1=1")]
    [InlineData("碳达峰 AND NOT 秸秆")]
    [InlineData("words: 秸秆")]
    [InlineData("{words grams}: 秸秆")]
    [InlineData("秸秆'); DROP TABLE documents; --")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("(((")]
    public async Task Hostile_query_strings_are_searched_as_text(string query)
    {
        var response = await _client.GetAsync(Url("/api/search", ("q", query)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(query, root.GetProperty("query").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("results").ValueKind);
        Assert.Equal(3, (await Json("/api/documents")).GetProperty("documents").GetArrayLength());
        Assert.Equal("", served.ServerLog.ToString());
    }

    [Fact]
    public async Task Operators_in_a_query_are_words_not_syntax()
    {
        // As FTS5 syntax, "秸秆 NOT 秸秆" would match nothing; as words it finds the straw paragraph.
        var results = (await Json(Url("/api/search", ("q", "秸秆 NOT 秸秆")))).GetProperty("results");

        Assert.NotEqual(0, results.GetArrayLength());
        Assert.Contains("秸秆", results[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Unknown_api_path_is_404_json()
    {
        var response = await _client.GetAsync("/api/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("没有这个页面", await Responses.Error(response));
    }

    internal static string Url(string path, params (string Name, string Value)[] parameters) =>
        path + "?" + string.Join("&", parameters.Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value)}"));

    // "a=x&b=y" with each value percent-encoded, as a browser sends it.
    private static string EncodeValues(string query) => string.Join("&", query.Split('&', StringSplitOptions.RemoveEmptyEntries)
        .Select(p => p.Split('=', 2) is [var name, var value] ? $"{name}={Uri.EscapeDataString(Uri.UnescapeDataString(value))}" : p));

    private async Task<JsonElement> Json(string url)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }


    private static List<string> Regions(JsonElement root) =>
        root.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("region").GetString()!).Distinct().Order(StringComparer.Ordinal).ToList();
}
