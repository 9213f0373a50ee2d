using System.Text.Json;
using Xunit;

namespace PolicyKB.Cli.Tests;

/// <summary>One knowledge base, built from the bundled corpus on first use, for every search test.</summary>
public sealed class BuiltKb : IDisposable
{
    public BuiltKb()
    {
        FirstRun = Kb.Run("search", "秸秆", "--json");
    }

    public Kb Kb { get; } = new();

    /// <summary>The run that found no database and built it.</summary>
    public CliResult FirstRun { get; }

    public void Dispose() => Kb.Dispose();
}

public sealed class SearchCommandTests(BuiltKb built) : IClassFixture<BuiltKb>
{
    private readonly Kb _kb = built.Kb;

    [Fact]
    public void First_search_builds_the_knowledge_base_with_progress_on_stderr_only()
    {
        var first = built.FirstRun;

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("首次使用", first.Stderr);
        Assert.Contains("已索引 3/3", first.Stderr);
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(first.Stdout).RootElement.GetProperty("results").ValueKind);
    }

    [Fact]
    public void Straw_query_puts_liuzhou_agriculture_bureau_first()
    {
        var result = _kb.Run("search", "秸秆", "--json");

        Assert.Equal(0, result.ExitCode);
        var root = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal("秸秆", root.GetProperty("query").GetString());
        var first = root.GetProperty("results")[0];
        Assert.StartsWith("市农业农村局", first.GetProperty("text").GetString());
        Assert.Contains("农作物【秸秆】综合利用", first.GetProperty("highlighted").GetString());
        Assert.Equal("柳州市", first.GetProperty("region").GetString());
        Assert.Equal("city", first.GetProperty("level").GetString());
        Assert.Equal("三、严格落实责任 > （二）严格落实有关部门责任", first.GetProperty("section").GetString());
        Assert.StartsWith("柳州市降碳目标工作实施方案", first.GetProperty("title").GetString());
        Assert.True(first.GetProperty("score").GetDouble() > 0);
        Assert.Empty(result.Stderr);
    }

    [Fact]
    public void Straw_table_shows_the_agriculture_bureau_first_with_the_hit_marked()
    {
        var result = _kb.Run("search", "秸秆", "--limit", "3");

        Assert.Equal(0, result.ExitCode);
        var rows = result.Stdout.Split('\n').SkipWhile(l => !l.StartsWith('─')).Skip(1).ToList();
        Assert.Matches(@"^\s+1\s+柳州市", rows[0]);
        Assert.Contains("市农业农村局", rows[0]);
        Assert.Contains("【秸秆】", string.Concat(rows.TakeWhile(r => !r.TrimStart().StartsWith("2 "))));
        Assert.DoesNotContain("\u001b[", result.Stdout);
        Assert.All(result.Stdout.TrimEnd('\n').Split('\n'), line => Assert.True(DisplayWidth(line) <= 80, line));
    }

    [Fact]
    public void Search_table_layout_is_unchanged() =>
        Golden.Match("search-straw", _kb.Run("search", "秸秆", "--limit", "3").Stdout);

    [Fact]
    public void Region_filter_takes_a_short_name()
    {
        var result = _kb.Run("search", "森林覆盖率", "--region", "广安", "--json");

        var results = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("results");
        Assert.NotEqual(0, results.GetArrayLength());
        Assert.All(results.EnumerateArray(), r => Assert.Equal("广安市", r.GetProperty("region").GetString()));
    }

    [Fact]
    public void Level_filter_takes_english_or_chinese()
    {
        var english = _kb.Run("search", "碳汇", "--level", "province", "--json");
        var chinese = _kb.Run("search", "碳汇", "--level", "省级", "--json");

        Assert.Equal(english.Stdout, chinese.Stdout);
        Assert.All(JsonDocument.Parse(english.Stdout).RootElement.GetProperty("results").EnumerateArray(),
            r => Assert.Equal("province", r.GetProperty("level").GetString()));
    }

    [Fact]
    public void No_hits_is_said_in_chinese_and_is_not_an_error()
    {
        var result = _kb.Run("search", "火星殖民");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("没有找到与“火星殖民”相关的段落", result.Stdout);
        Assert.Equal(0, JsonDocument.Parse(_kb.Run("search", "火星殖民", "--json").Stdout).RootElement.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Unknown_region_is_bad_input_listing_the_known_regions()
    {
        var result = _kb.Run("search", "秸秆", "--region", "火星");

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("kb: 未知地区“火星”", result.Stderr);
        Assert.Contains("柳州市", result.Stderr);
        Assert.Empty(result.Stdout);
    }

    [Fact]
    public void Region_without_plans_is_bad_input_naming_it()
    {
        var result = _kb.Run("search", "秸秆", "--region", "南宁");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("南宁市", result.Stderr);
        Assert.Contains("广西壮族自治区", result.Stderr);
    }

    [Theory]
    [InlineData("search")]
    [InlineData("search", "秸秆", "--limit", "0")]
    [InlineData("search", "秸秆", "--limit", "many")]
    public void Usage_errors_exit_1(params string[] args) => Assert.Equal(1, _kb.Run(args).ExitCode);

    [Fact]
    public void Unknown_level_is_bad_input() => Assert.Equal(2, _kb.Run("search", "秸秆", "--level", "村").ExitCode);

    [Theory]
    [InlineData("\"秸秆\" OR 1=1")]
    [InlineData("NEAR(秸秆 光伏)")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("*")]
    public void Hostile_query_is_searched_as_text(string query)
    {
        var result = _kb.Run("search", query, "--json");

        Assert.Equal(0, result.ExitCode);
        JsonDocument.Parse(result.Stdout);
    }

    [Fact]
    public void Help_describes_the_options_in_chinese()
    {
        var result = _kb.Run("search", "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("--region", result.Stdout);
        Assert.Contains("全文检索", result.Stdout);
    }

    // Terminal cells: CJK and full-width forms take two.
    private static int DisplayWidth(string line) =>
        line.Sum(c => c is >= '\u1100' and (<= '\u115F' or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3')
            or (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6')) ? 2 : 1);
}
