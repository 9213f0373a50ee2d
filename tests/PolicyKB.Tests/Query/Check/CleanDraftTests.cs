using PolicyKB.Rules;
using Xunit;

namespace PolicyKB.Tests.Query.Check;

/// <summary>A 柳州 draft that honours 广西's plan and holds together: no error, no warning.</summary>
public sealed class CleanDraftTests(CheckFixture fixture) : IClassFixture<CheckFixture>
{
    [Fact]
    public void Clean_draft_yields_no_error_and_no_warning()
    {
        var report = fixture.Check("clean.txt");

        Assert.False(report.HasErrors);
        Assert.DoesNotContain(report.Findings, f => f.Severity != Severity.Info);
        Assert.Equal("柳州市", report.Document.Region);
        Assert.Equal("2023-2025", report.Document.Period);
    }

    [Fact]
    public void Owner_written_by_an_alias_is_a_known_department()
    {
        // 市发改局 is 发展和改革局, a form of the same department as 市发展改革委.
        var report = fixture.Check("clean.txt");

        Assert.Contains(fixture.Draft(Path.Combine(TestPaths.Data, "check", "clean.txt")).Targets, t => t.Owners.Contains("柳州市发展和改革局"));
        Assert.DoesNotContain(report.Findings, f => f.Rule == "owner.unknown");
    }

    [Fact]
    public void Yearly_rate_is_not_compared_with_a_five_year_cut()
    {
        // 规模以上工业单位增加值能耗年均下降3% must not be read as weaker than any 13% cut, nor lack a base year.
        var report = fixture.Check("clean.txt");

        Assert.DoesNotContain(report.Findings, f => f.Draft.Text.Contains("年均下降3%", StringComparison.Ordinal) && f.Severity != Severity.Info);
    }

    [Fact]
    public void Peer_rank_places_the_draft_among_cities_of_the_knowledge_base()
    {
        var report = fixture.Check("clean.txt");

        var rank = Assert.Single(report.Findings, f => f.Rule == "peer.rank" && f.Message.StartsWith("“单位地区生产总值能源消耗”", StringComparison.Ordinal));
        Assert.Equal(Severity.Info, rank.Severity);
        Assert.Contains("2 个市级地区中排第 2", rank.Message);
        Assert.Equal("广安市碳达峰实施方案", rank.Other!.Document);
        Assert.Contains("下降14.5%以上", rank.Other.Text);
        // 柳州's own plan in the knowledge base is the same region: never its own peer.
        Assert.DoesNotContain(report.Findings, f => f.Other?.Document.StartsWith("柳州市", StringComparison.Ordinal) == true);
    }
}
