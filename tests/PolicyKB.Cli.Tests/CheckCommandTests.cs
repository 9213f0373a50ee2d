using System.Text.Json;
using Xunit;

namespace PolicyKB.Cli.Tests;

/// <summary>`kb check` in-process on a knowledge base built from the bundled corpus (shared: checking
/// never writes to it).</summary>
public sealed class CheckCommandTests(BuiltKb built) : IClassFixture<BuiltKb>
{
    private readonly Kb _kb = built.Kb;

    private static string Draft(string name) => Path.Combine(RepoPaths.Root, "tests", "PolicyKB.Tests", "Data", "check", name);

    [Fact]
    public void Weaker_draft_exits_1_with_the_finding_in_json()
    {
        var result = _kb.Run("check", Draft("weaker-decrease.txt"), "--format", "json");

        Assert.Equal(1, result.ExitCode);
        var root = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal("柳州市", root.GetProperty("document").GetProperty("region").GetString());
        Assert.Equal("广西壮族自治区", root.GetProperty("parents")[0].GetProperty("region").GetString());
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        var weaker = findings.Single(f => f.GetProperty("rule").GetString() == "parent.weaker");
        Assert.Equal("error", weaker.GetProperty("severity").GetString());
        Assert.Contains("下降12%", weaker.GetProperty("draft").GetProperty("text").GetString());
        Assert.Equal("一、主要目标", weaker.GetProperty("draft").GetProperty("section").GetString());
        Assert.Contains("下降 13%", weaker.GetProperty("other").GetProperty("text").GetString());
        Assert.StartsWith("中共广西壮族自治区委员会", weaker.GetProperty("other").GetProperty("document").GetString());
        Assert.False(string.IsNullOrEmpty(weaker.GetProperty("suggestion").GetString()));
        Assert.DoesNotContain("首次使用", result.Stdout);
    }

    [Fact]
    public void A_finding_about_the_draft_alone_has_other_null_and_a_warning_exits_0()
    {
        var result = _kb.Run("check", Draft("no-owner.txt"), "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var finding = JsonDocument.Parse(result.Stdout).RootElement.GetProperty("findings").EnumerateArray()
            .Single(f => f.GetProperty("rule").GetString() == "target.no-owner");
        Assert.Equal("warning", finding.GetProperty("severity").GetString());
        Assert.Equal(JsonValueKind.Null, finding.GetProperty("other").ValueKind);
    }

    [Fact]
    public void Clean_draft_exits_0_and_the_text_report_groups_by_severity()
    {
        var result = _kb.Run("check", Draft("clean.txt"));

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("柳州市碳达峰实施方案（2023-2025年）", result.Stdout);
        Assert.Contains("结论：0 个错误，0 个警告，", result.Stdout);
        Assert.Contains("提示（", result.Stdout);
        Assert.DoesNotContain("错误（", result.Stdout);
        Assert.Contains("[peer.rank]", result.Stdout);
    }

    [Fact]
    public void Markdown_report_puts_errors_under_their_heading_with_both_sentences_quoted()
    {
        var result = _kb.Run("check", Draft("conflict.txt"), "--format", "md");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("# 草案核查报告：柳州市碳达峰实施方案", result.Stdout);
        var errors = result.Stdout[result.Stdout.IndexOf("## 错误（1）", StringComparison.Ordinal)..];
        Assert.Contains("`draft.conflict`", errors);
        Assert.Contains("> 到2025年，全市非化石能源消费比重达到33%", errors);
        Assert.Contains("> 到2025年，全市单位地区生产总值能源消耗比2020年下降14%，非化石能源消费比重达到31%", errors);
    }

    [Fact]
    public void The_draft_is_not_added_to_the_knowledge_base()
    {
        _kb.Run("check", Draft("clean.txt"));

        var docs = _kb.Run("docs", "--json");

        Assert.Equal(3, JsonDocument.Parse(docs.Stdout).RootElement.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public void Bad_input_exits_2_with_one_line()
    {
        var missing = _kb.Run("check", Draft("no-such-draft.txt"));
        var unknownParent = _kb.Run("check", Draft("clean.txt"), "--parent", "火星");

        Assert.Equal(2, missing.ExitCode);
        Assert.StartsWith("kb: ", missing.Stderr);
        Assert.Equal(2, unknownParent.ExitCode);
        Assert.Contains("火星", unknownParent.Stderr);
        Assert.Empty(unknownParent.Stdout);
    }

    [Fact]
    public void Help_documents_every_rule_in_one_line()
    {
        var result = Kb.RunRaw("check", "--help");

        foreach (var rule in new[] { "parent.weaker", "draft.conflict", "target.no-owner", "owner.unknown", "goal.vague", "citation.missing", "peer.rank" })
            Assert.Contains(rule, result.Stdout);
    }
}
