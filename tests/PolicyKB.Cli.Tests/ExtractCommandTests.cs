using System.Text.Json;
using Xunit;

namespace PolicyKB.Cli.Tests;

/// <summary>`kb extract` in-process: the JSON the scorer reads, the table, and bad input.</summary>
public sealed class ExtractCommandTests
{
    private static string Seed(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PolicyKB.sln")))
                return Path.Combine(dir.FullName, "tests", "PolicyKB.Tests", "Data", "seeds", name);
        throw new InvalidOperationException("PolicyKB.sln not found");
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = KbApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Json_has_the_document_and_targets_in_the_scorers_shape()
    {
        var (code, stdout, _) = Run("extract", Seed("000_b9235fa2a03b53ca.txt"), "--json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal("柳州市", root.GetProperty("document").GetProperty("region").GetString());
        var target = root.GetProperty("targets").EnumerateArray()
            .Single(t => t.GetProperty("metric").GetString() == "单位地区生产总值能源消耗");
        Assert.Equal(14.5m, target.GetProperty("value").GetDecimal());
        Assert.Equal("%", target.GetProperty("unit").GetString());
        Assert.Equal("decrease", target.GetProperty("direction").GetString());
        Assert.Equal(2020, target.GetProperty("baselineYear").GetInt32());
        Assert.Equal(2025, target.GetProperty("deadline").GetInt32());
        Assert.Equal("柳州市发展和改革委员会", target.GetProperty("owners")[0].GetString());
        Assert.Equal(JsonValueKind.Array, target.GetProperty("coOwners").ValueKind);
        Assert.Contains("下降 14.5%", target.GetProperty("evidence").GetString());
        Assert.StartsWith("三、严格落实责任", target.GetProperty("section").GetString());
        Assert.True(root.GetProperty("measures").GetArrayLength() > 0);
        Assert.True(root.GetProperty("duties").GetArrayLength() > 0);
    }

    [Fact]
    public void Table_output_lists_targets_in_Chinese()
    {
        var (code, stdout, _) = Run("extract", Seed("001_fb0704a0d694ad82.txt"));

        Assert.Equal(0, code);
        Assert.Contains("森林蓄积量", stdout);
        Assert.Contains("力争超过", stdout);
        Assert.Contains("量化目标 10 项", stdout);
    }

    [Fact]
    public void A_missing_file_is_one_line_and_exit_2()
    {
        var (code, stdout, stderr) = Run("extract", Path.Combine(Path.GetTempPath(), "no-such-plan.txt"), "--json");

        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.StartsWith("kb: ", stderr);
    }
}
