using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace PolicyKB.Web.Tests;

[Collection(ServedCollection.Name)]
public sealed class AskTests(ServedKb served)
{
    private readonly HttpClient _client = served.Client;

    [Theory]
    [InlineData("柳州市全市节能工作由哪个部门牵头？")]
    [InlineData("北京市的单位GDP能耗目标是多少？")]
    public async Task Ask_returns_exactly_what_kb_ask_json_prints(string question)
    {
        var cli = served.Cli("ask", question, "--json");

        var body = await _client.GetStringAsync(ApiTests.Url("/api/ask", ("q", question)));

        Assert.Equal(cli.Stdout.Trim(), body.Trim());
    }

    [Fact]
    public async Task Owner_question_is_answered_with_the_department_and_its_paragraph()
    {
        var root = JsonDocument.Parse(await _client.GetStringAsync(ApiTests.Url("/api/ask", ("q", "柳州市全市节能工作由哪个部门牵头？")))).RootElement;

        Assert.True(root.GetProperty("found").GetBoolean());
        Assert.Equal("owner", root.GetProperty("intent").GetString());
        Assert.Contains("发展和改革委员会", root.GetProperty("answer").GetString());
        Assert.StartsWith("市发展改革委", root.GetProperty("evidence")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task Ask_without_a_question_is_400()
    {
        var response = await _client.GetAsync("/api/ask?q=");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("缺少问题", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ask_page_shows_the_answer_then_its_sources()
    {
        var html = await _client.GetStringAsync(ApiTests.Url("/ask", ("q", "柳州市全市节能工作由哪个部门牵头？")));

        var answer = Regex.Match(html, "<section class=\"answer found\" data-intent=\"owner\">(.*?)</section>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("<p class=\"line\">柳州市发展和改革委员会</p>", answer);
        Assert.Contains("<h2>出处</h2>", html);
        Assert.Contains("href=\"/doc/000_b9235fa2a03b53ca\"", html);
    }

    [Fact]
    public async Task A_question_about_a_region_not_held_says_so_and_escapes_the_question()
    {
        var html = await _client.GetStringAsync(ApiTests.Url("/ask", ("q", "<b>北京市</b>的单位GDP能耗目标是多少？")));

        Assert.Contains("<section class=\"answer not-found\"", html);
        Assert.Contains("value=\"&lt;b&gt;北京市&lt;/b&gt;的单位GDP能耗目标是多少？\"", html);
        Assert.DoesNotContain("<b>北京市</b>", html);
    }
}
