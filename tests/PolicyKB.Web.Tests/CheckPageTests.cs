using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace PolicyKB.Web.Tests;

[Collection(ServedCollection.Name)]
public sealed class CheckPageTests(ServedKb served)
{
    private readonly HttpClient _client = served.Client;

    [Fact]
    public async Task Check_page_offers_a_multipart_upload_form()
    {
        var html = await _client.GetStringAsync("/check");

        Assert.Contains("<form class=\"search\" action=\"/check\" method=\"post\" enctype=\"multipart/form-data\">", html);
        Assert.Contains("<input type=\"file\" name=\"file\"", html);
    }

    [Fact]
    public async Task Report_shows_the_weaker_target_with_both_sentences_side_by_side()
    {
        var response = await _client.PostAsync("/check", CheckApiTests.Upload(File.ReadAllBytes(CheckApiTests.Draft), "weaker-draft.txt"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var row = Regex.Match(html, "<tr class=\"finding error\" data-rule=\"parent.weaker\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        var draft = Regex.Match(row, "<td class=\"draft\">(.*?)</td>", RegexOptions.Singleline).Groups[1].Value;
        var other = Regex.Match(row, "<td class=\"other\">(.*?)</td>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("全市单位地区生产总值能源消耗比2020年下降12%", draft);
        Assert.Contains("单位地区生产总值能耗比 2020 年下降 13%", other);
        Assert.Contains("中共广西壮族自治区委员会", other);
        Assert.Contains("<span class=\"severity\">错误</span>", row);
    }

    [Fact]
    public async Task Draft_text_in_the_report_is_escaped()
    {
        var html = await (await _client.PostAsync("/check", CheckApiTests.Upload(File.ReadAllBytes(CheckApiTests.Draft), "weaker-draft.txt")))
            .Content.ReadAsStringAsync();

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;城镇新建建筑", html);
        Assert.DoesNotContain("<script>alert(1)", html);
    }

    [Fact]
    public async Task A_bad_upload_shows_the_message_and_the_form_again()
    {
        var response = await _client.PostAsync("/check", CheckApiTests.Upload([], "empty.txt"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<p class=\"error\">上传的草案文件为空</p>", html);
        Assert.Contains("enctype=\"multipart/form-data\"", html);
    }
}
