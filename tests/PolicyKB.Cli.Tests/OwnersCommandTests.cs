using System.Text.Json;
using Xunit;

namespace PolicyKB.Cli.Tests;

public sealed class OwnersCommandTests : IDisposable
{
    private readonly Kb _kb = new();

    public void Dispose() => _kb.Dispose();

    [Fact]
    public void Liuzhou_transport_bureau_owns_the_90_percent_clean_vehicle_target()
    {
        var result = _kb.Run("owners", "--region", "柳州", "--json");

        Assert.Equal(0, result.ExitCode);
        var owners = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("owners").EnumerateArray().ToList();
        Assert.All(owners, o => Assert.Equal("柳州市", o.GetProperty("region").GetString()));
        var transport = Assert.Single(owners, o => o.GetProperty("department").GetString() == "柳州市交通运输局");
        var target = Assert.Single(transport.GetProperty("targets").EnumerateArray(),
            t => t.GetProperty("metricId").GetString() == "clean_public_vehicle_share");
        Assert.Equal(90m, target.GetProperty("value").GetDecimal());
        Assert.Equal("达到90%以上", target.GetProperty("text").GetString());
        Assert.Contains(transport.GetProperty("tasks").EnumerateArray(),
            t => t.GetProperty("role").GetString() == "交通运输领域节能降碳工作牵头单位");
    }

    [Theory]
    [InlineData("交通运输局")]
    [InlineData("交通运输委")]
    [InlineData("柳州交通运输局")]
    public void Unit_alias_filters_to_that_department(string unit)
    {
        var result = _kb.Run("owners", "--unit", unit, "--json");

        Assert.Equal(0, result.ExitCode);
        var owner = Assert.Single(JsonDocument.Parse(result.Stdout).RootElement.GetProperty("owners").EnumerateArray());
        Assert.Equal("柳州市交通运输局", owner.GetProperty("department").GetString());
        Assert.Equal("transport", owner.GetProperty("departmentId").GetString());
    }

    [Fact]
    public void Table_groups_departments_under_their_region()
    {
        var result = _kb.Run("owners", "--unit", "发改委");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("柳州市（市级）", result.Stdout);
        Assert.Contains("柳州市发展和改革委员会", result.Stdout);
        Assert.Contains("共 1 个责任部门", result.Stdout);
    }

    [Fact]
    public void Unknown_region_exits_2()
    {
        var result = _kb.Run("owners", "--region", "火星");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("kb:", result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);
    }

    [Fact]
    public void Unknown_unit_says_so()
    {
        var result = _kb.Run("owners", "--unit", "不存在的单位");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("没有找到符合条件的责任部门", result.Stdout);
    }
}
