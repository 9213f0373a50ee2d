using System.Text.Json;
using Xunit;

namespace PolicyKB.Cli.Tests;

public sealed class SearchYearTests(BuiltKb built) : IClassFixture<BuiltKb>
{
    [Fact]
    public void Year_keeps_plans_whose_period_covers_it_or_issued_by_then()
    {
        // 柳州: period 2023-2025; 广西: issued 2022-04-28; 广安: issued 2024-01-26 (neither has a period).
        var result = built.Kb.Run("search", "碳达峰", "--year", "2023", "--limit", "100", "--json");

        Assert.Equal(0, result.ExitCode);
        var regions = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("region").GetString()).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(new[] { "广西壮族自治区", "柳州市" }, regions);
    }
}
