using PolicyKB.Query.Check;
using PolicyKB.Rules;
using Xunit;

namespace PolicyKB.Tests.Query.Check;

/// <summary>Each draft under Data/check/ is a small 柳州 plan with ONE planted inconsistency; the check
/// must report it with its rule, severity and sentences, and report nothing else above info.</summary>
public sealed class PlantedDraftTests(CheckFixture fixture) : IClassFixture<CheckFixture>
{
    private const string Guangxi = "中共广西壮族自治区委员会广西壮族自治区人民政府关于完整准确全面贯彻新发展理念做好碳达峰碳中和工作的实施意见";

    public static TheoryData<string, string, Severity, string, string?> Plants => new()
    {
        // file, rule, severity, fragment of the draft's sentence, fragment of the other sentence (null: none)
        { "weaker-decrease.txt", "parent.weaker", Severity.Error, "能源消耗比2020年下降12%", "单位地区生产总值能耗比2020年下降13%" },
        { "weaker-share.txt", "parent.weaker", Severity.Error, "非化石能源消费比重达到28%", "非化石能源消费比重达到30%以上" },
        { "hedged.txt", "parent.hedged", Severity.Warning, "下降13%左右", "单位地区生产总值能耗比2020年下降13%" },
        { "conflict.txt", "draft.conflict", Severity.Error, "非化石能源消费比重达到33%", "非化石能源消费比重达到31%" },
        { "unit-incompatible.txt", "unit.incompatible", Severity.Error, "光伏发电装机容量达到120万吨", null },
        { "not-a-ratio.txt", "unit.not-a-ratio", Severity.Warning, "秸秆综合利用率达到120万吨", null },
        { "no-owner.txt", "target.no-owner", Severity.Warning, "秸秆综合利用率稳定在88%以上", null },
        { "no-deadline.txt", "target.no-deadline", Severity.Warning, "全市秸秆综合利用率稳定在88%以上", null },
        { "no-baseline.txt", "target.no-baseline", Severity.Warning, "能源消耗下降14%", null },
        { "outside-period.txt", "target.outside-period", Severity.Warning, "到2027年，秸秆综合利用率", null },
        { "unknown-owner.txt", "owner.unknown", Severity.Warning, "秸秆综合利用率稳定在88%以上", null },
        { "vague-metric.txt", "goal.vague-metric", Severity.Warning, "煤炭消费比重进一步下降", null },
    };

    [Theory]
    [MemberData(nameof(Plants))]
    public void Planted_inconsistency_is_the_only_finding_above_info(string file, string rule, Severity severity, string draft, string? other)
    {
        var report = fixture.Check(file);

        var serious = report.Findings.Where(f => f.Severity != Severity.Info).ToList();
        var finding = Assert.Single(serious);
        Assert.Equal(rule, finding.Rule);
        Assert.Equal(severity, finding.Severity);
        Assert.Contains(CheckFixture.Folded(draft), CheckFixture.Folded(finding.Draft.Text));
        if (other is null)
        {
            Assert.Null(finding.Other);
        }
        else
        {
            Assert.NotNull(finding.Other);
            Assert.Contains(CheckFixture.Folded(other), CheckFixture.Folded(finding.Other.Text));
        }
        Assert.False(string.IsNullOrWhiteSpace(finding.Suggestion));
        Assert.Equal(severity == Severity.Error, report.HasErrors);
    }

    [Fact]
    public void Unknown_owner_is_named_region_qualified()
    {
        var finding = Assert.Single(fixture.Check("unknown-owner.txt").Findings, f => f.Rule == "owner.unknown");

        Assert.Contains("柳州市碳汇管理局", finding.Message);
    }

    [Fact]
    public void Weaker_target_cites_the_province_plan_found_through_the_region_hierarchy()
    {
        var report = fixture.Check("weaker-decrease.txt");

        var finding = report.Findings.Single(f => f.Rule == "parent.weaker");
        Assert.Equal(Guangxi, finding.Other!.Document);
        Assert.Equal("一、总体要求 > (二) 主要目标", finding.Other.Section);
        Assert.Equal("一、主要目标", finding.Draft.Section);
        Assert.Contains("12%", finding.Message);
        Assert.Contains("13%", finding.Message);
        Assert.Equal("广西壮族自治区", Assert.Single(report.Parents).Region);
    }

    [Fact]
    public void Forest_cover_below_the_province_is_told_not_flagged()
    {
        var report = fixture.Check("lower-level.txt");

        Assert.DoesNotContain(report.Findings, f => f.Severity != Severity.Info);
        var finding = Assert.Single(report.Findings, f => f.Rule == "parent.lower-level");
        Assert.Contains("森林覆盖率达到60%", finding.Draft.Text);
        Assert.Contains("森林覆盖率达到62.6%", CheckFixture.Folded(finding.Other!.Text));
    }

    [Fact]
    public void Cited_basis_missing_from_the_knowledge_base_is_told_and_a_held_one_is_not()
    {
        var report = fixture.Check("citation.txt");

        Assert.DoesNotContain(report.Findings, f => f.Severity != Severity.Info);
        var finding = Assert.Single(report.Findings, f => f.Rule == "citation.missing");
        Assert.Contains("《广西壮族自治区碳达峰实施方案》", finding.Message);
        Assert.StartsWith("根据《广西壮族自治区碳达峰实施方案》", finding.Draft.Text);
    }

    [Fact]
    public void Draft_without_a_region_is_told_that_no_parent_was_compared()
    {
        var report = fixture.Check("no-region.txt");

        Assert.Empty(report.Parents);
        Assert.Single(report.Findings, f => f.Rule == "draft.no-region");
        Assert.DoesNotContain(report.Findings, f => f.Rule == "parent.weaker");
    }

    [Fact]
    public void Parent_region_given_by_hand_replaces_the_hierarchy()
    {
        // no-region.txt names no region, so only --parent gives it one: 广西, whose 13% its 14% beats.
        var report = fixture.Check("no-region.txt", parent: "广西");

        Assert.Equal("广西壮族自治区", Assert.Single(report.Parents).Region);
        Assert.DoesNotContain(report.Findings, f => f.Rule is "draft.no-region" or "parent.none" or "parent.weaker");
        Assert.Single(fixture.Check("weaker-decrease.txt", parent: "广西壮族自治区").Findings, f => f.Rule == "parent.weaker");
    }

    [Fact]
    public void Unknown_or_absent_parent_region_is_bad_input()
    {
        var unknown = Assert.Throws<PolicyKB.Core.KbException>(() => fixture.Check("clean.txt", parent: "火星"));
        var absent = Assert.Throws<PolicyKB.Core.KbException>(() => fixture.Check("clean.txt", parent: "四川"));

        Assert.Contains("火星", unknown.Message);
        Assert.Contains("四川省", absent.Message);
    }
}
