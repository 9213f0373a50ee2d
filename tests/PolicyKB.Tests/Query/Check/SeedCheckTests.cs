using PolicyKB.Query.Check;
using PolicyKB.Rules;
using Xunit;

namespace PolicyKB.Tests.Query.Check;

/// <summary>`kb check` on the three real plans, against the bundled corpus: no error, and exactly the
/// warnings the text explains (listed in the README's check section).</summary>
public sealed class SeedCheckTests(CheckFixture fixture) : IClassFixture<CheckFixture>
{
    public static TheoryData<string, string[]> Seeds => new()
    {
        // 柳州: the two building standards (65%, 72%) carry no year.
        { TestPaths.Liuzhou, ["target.no-deadline 居住建筑节能标准", "target.no-deadline 公共建筑节能标准"] },
        // 广西: nothing above info (no owners anywhere: one plan.no-owners info).
        { TestPaths.Guangxi, [] },
        // 广安: 回收利用率 in 万吨; the bus target has no year; 煤炭消费占比进一步减少 is the one goal
        // on a metric left without a number.
        { TestPaths.Guangan, [
            "unit.not-a-ratio 再生资源回收利用率",
            "target.no-deadline 新增或更换公交车中新能源车辆占比",
            "goal.vague-metric 煤炭消费占比进一步减少"] },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_has_no_error_and_only_the_warnings_its_text_explains(string seed, string[] expected)
    {
        var report = fixture.Checker.Check(fixture.Draft(TestPaths.Seed(seed)), fixture.Library);

        Assert.False(report.HasErrors, string.Join("\n", report.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Message)));
        var warnings = report.Findings.Where(f => f.Severity == Severity.Warning).ToList();
        Assert.Equal(expected.Length, warnings.Count);
        foreach (var item in expected)
        {
            var (rule, words) = (item[..item.IndexOf(' ')], item[(item.IndexOf(' ') + 1)..]);
            Assert.Contains(warnings, w => w.Rule == rule && w.Message.Contains(words, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Province_plan_without_owners_gets_one_info_not_a_warning_per_target()
    {
        var report = fixture.Checker.Check(fixture.Draft(TestPaths.Seed(TestPaths.Guangxi)), fixture.Library);

        var info = Assert.Single(report.Findings, f => f.Rule == "plan.no-owners");
        Assert.Equal(Severity.Info, info.Severity);
        Assert.DoesNotContain(report.Findings, f => f.Rule == "target.no-owner");
        Assert.Single(report.Findings, f => f.Rule == "parent.none" && f.Message.Contains("中华人民共和国", StringComparison.Ordinal));
        Assert.Contains(report.Findings, f => f.Rule == "citation.missing" && f.Message.Contains("中共中央、国务院", StringComparison.Ordinal));
        Assert.Contains(report.Findings, f => f.Rule == "goal.vague" && f.Draft.Text.Contains("大幅提升", StringComparison.Ordinal));
    }

    [Fact]
    public void Cuts_under_a_five_year_period_get_an_implied_base_year_not_a_warning()
    {
        // 广安 主要目标: “十四五”期间 … 到2025年，单位地区生产总值能源消耗下降14.5%以上 — no 比2020年 written.
        var report = fixture.Checker.Check(fixture.Draft(TestPaths.Seed(TestPaths.Guangan)), fixture.Library);

        var implied = report.Findings.Where(f => f.Rule == "target.implied-baseline").ToList();
        Assert.Equal(2, implied.Count);
        Assert.All(implied, f => Assert.Contains("推断为2020年", f.Message));
        Assert.DoesNotContain(report.Findings, f => f.Rule == "target.no-baseline");
    }

    [Fact]
    public void Overall_goal_without_owner_is_told_once_when_the_tasks_have_owners()
    {
        // 柳州 一、工作目标: the 17% names no unit; every duty-paragraph target has one.
        var report = fixture.Checker.Check(fixture.Draft(TestPaths.Seed(TestPaths.Liuzhou)), fixture.Library);

        var info = Assert.Single(report.Findings, f => f.Rule == "plan.no-owners");
        Assert.Contains("主要目标中的 1 个总体目标", info.Message);
        Assert.Equal("一、工作目标", info.Draft.Section);
        Assert.DoesNotContain(report.Findings, f => f.Rule == "target.no-owner");
    }

    [Fact]
    public void City_plan_is_compared_with_its_province_and_beats_it()
    {
        var report = fixture.Checker.Check(fixture.Draft(TestPaths.Seed(TestPaths.Liuzhou)), fixture.Library);

        Assert.Equal("广西壮族自治区", Assert.Single(report.Parents).Region);
        Assert.DoesNotContain(report.Findings, f => f.Rule.StartsWith("parent.", StringComparison.Ordinal));
        // Its own-region document cited in the preamble (柳州市“十四五”节能减排综合实施方案) is no higher-level basis.
        Assert.DoesNotContain(report.Findings, f => f.Rule == "citation.missing" && f.Message.Contains("柳州市", StringComparison.Ordinal));
        Assert.Equal(2, report.Findings.Count(f => f.Rule == "citation.missing"));
    }
}
