using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Xunit;

namespace PolicyKB.Web.Tests;

[Collection(ServedCollection.Name)]
public sealed class CheckApiTests(ServedKb served)
{
    private readonly HttpClient _client = served.Client;

    internal static string Draft => Path.Combine(AppContext.BaseDirectory, "Data", "weaker-draft.txt");

    [Fact]
    public async Task Check_returns_exactly_what_kb_check_format_json_prints()
    {
        var cli = served.Cli("check", Draft, "--format", "json");

        var response = await _client.PostAsync("/api/check", Upload(File.ReadAllBytes(Draft), "weaker-draft.txt"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, cli.ExitCode);   // an error-level finding
        Assert.Equal(cli.Stdout.Trim(), (await response.Content.ReadAsStringAsync()).Trim());
    }

    [Fact]
    public async Task A_planted_weaker_than_parent_target_is_an_error_citing_both_sentences()
    {
        var root = await Check(Upload(File.ReadAllBytes(Draft), "weaker-draft.txt"));

        var finding = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "parent.weaker");
        Assert.Equal("error", finding.GetProperty("severity").GetString());
        Assert.Contains("下降12%", finding.GetProperty("draft").GetProperty("text").GetString());
        Assert.Contains("下降 13%", finding.GetProperty("other").GetProperty("text").GetString());
        Assert.Equal("广西壮族自治区", root.GetProperty("parents")[0].GetProperty("region").GetString());
        Assert.Equal("weaker-draft", root.GetProperty("document").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Parent_can_be_given_as_a_form_field()
    {
        var content = Upload(File.ReadAllBytes(Draft), "weaker-draft.txt");
        content.Add(new StringContent("广西"), "parent");

        var root = await Check(content);

        Assert.Equal("广西壮族自治区", root.GetProperty("parents")[0].GetProperty("region").GetString());
    }

    [Fact]
    public async Task The_upload_lives_only_in_a_temporary_folder_that_is_gone_afterwards()
    {
        var before = DraftFolders();

        var root = await Check(Upload(File.ReadAllBytes(Draft), "../../../etc/cron.d/weaker-draft.txt"));

        Assert.Equal("weaker-draft", root.GetProperty("document").GetProperty("id").GetString());
        Assert.Equal(before, DraftFolders());
        Assert.False(File.Exists("/etc/cron.d/weaker-draft.txt"));
        Assert.Equal(3, (await _client.GetFromJsonDocument("/api/documents")).RootElement.GetProperty("documents").GetArrayLength());
    }

    [Theory]
    [InlineData("draft.exe", "无法读取该格式的草案")]
    [InlineData("draft", "无法读取该格式的草案")]
    public async Task A_draft_in_a_format_ingest_cannot_read_is_400(string name, string message)
    {
        var response = await _client.PostAsync("/api/check", Upload(File.ReadAllBytes(Draft), name));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await Responses.Error(response));
    }

    [Fact]
    public async Task An_empty_draft_is_400()
    {
        var response = await _client.PostAsync("/api/check", Upload([], "empty.txt"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("上传的草案文件为空", await Responses.Error(response));
    }

    [Fact]
    public async Task A_binary_draft_is_400_with_the_ingest_message_and_no_path()
    {
        var response = await _client.PostAsync("/api/check", Upload([0x00, 0xFF, 0x00, 0xFE, 0x01, 0x02, 0x00, 0x00], "x.txt"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = await Responses.Error(response);
        Assert.DoesNotContain(Path.GetTempPath(), message);
        Assert.DoesNotContain("kb-draft-", message);
    }

    [Fact]
    public async Task No_file_field_is_400()
    {
        var form = new MultipartFormDataContent { { new StringContent("x"), "notfile" } };

        var response = await _client.PostAsync("/api/check", form);
        var plain = await _client.PostAsync("/api/check", new StringContent("hello", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("请以 multipart/form-data 上传草案文件", await Responses.Error(response));
        Assert.Equal(HttpStatusCode.BadRequest, plain.StatusCode);
    }

    [Fact]
    public async Task An_unknown_parent_region_is_400_listing_the_regions()
    {
        var response = await _client.PostAsync("/api/check?parent=" + Uri.EscapeDataString("火星"), Upload(File.ReadAllBytes(Draft), "d.txt"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("火星", await Responses.Error(response));
    }

    [Fact]
    public async Task A_draft_over_5_mb_is_413()
    {
        var big = new byte[5 * 1024 * 1024 + 1];
        Array.Fill(big, (byte)'a');

        var response = await _client.PostAsync("/api/check", Upload(big, "big.txt"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("上传的文件过大（最大 5 MB）", await Responses.Error(response));
    }

    [Fact]
    public async Task Check_is_post_only()
    {
        var response = await _client.GetAsync("/api/check");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    internal static MultipartFormDataContent Upload(byte[] bytes, string fileName)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    private static string[] DraftFolders() =>
        Directory.GetDirectories(Path.GetTempPath(), "kb-draft-*").Order(StringComparer.Ordinal).ToArray();

    private async Task<JsonElement> Check(HttpContent content)
    {
        var response = await _client.PostAsync("/api/check", content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

}
