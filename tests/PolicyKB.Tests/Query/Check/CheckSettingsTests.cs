using PolicyKB.Core;
using PolicyKB.Query.Check;
using PolicyKB.Rules;
using Xunit;

namespace PolicyKB.Tests.Query.Check;

/// <summary>rules/checks.yaml: validated like every rule file (file and line in the error), and its
/// severities change what the checker reports.</summary>
public sealed class CheckSettingsTests(CheckFixture fixture) : IClassFixture<CheckFixture>, IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("kb-checks-");

    public void Dispose() => _dir.Delete(recursive: true);

    private string WithChecks(Func<string, string> edit)
    {
        var original = File.ReadAllText(Path.Combine(TestPaths.Rules, CheckSettings.FileName));
        File.WriteAllText(Path.Combine(_dir.FullName, CheckSettings.FileName), edit(original));
        return _dir.FullName;
    }

    private static int LineOf(string text, string needle) =>
        text[..text.IndexOf(needle, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    [Fact]
    public void Bundled_checks_yaml_names_every_rule()
    {
        Assert.Equal(DraftChecker.RuleIds.Order(), fixture.Settings.Severities.Keys.Order());
        Assert.Contains("进一步", fixture.Settings.VagueWords);
    }

    [Theory]
    [InlineData("parent.weaker: error", "parent.weakest: error", "parent.weakest")]
    [InlineData("draft.conflict: error", "draft.conflict: fatal", "fatal")]
    [InlineData("  - coal_share\n", "  - coal_shares\n", "coal_shares")]
    [InlineData("comparable_units: [\"%\",", "comparable_units: [\"percent\",", "percent")]
    [InlineData("goal_headings:", "goal_heading:", "goal_heading")]
    public void A_bad_entry_is_reported_with_file_and_line(string from, string to, string named)
    {
        var edited = "";
        var dir = WithChecks(text => edited = text.Replace(from, to, StringComparison.Ordinal));

        var error = Assert.Throws<KbException>(() => DraftChecker.LoadSettings(dir, fixture.Rules));

        Assert.EndsWith("/" + CheckSettings.FileName, error.File);
        Assert.Equal(LineOf(edited, to), error.Line);
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void A_missing_checks_yaml_is_reported()
    {
        var error = Assert.Throws<KbException>(() => DraftChecker.LoadSettings(_dir.FullName, fixture.Rules));

        Assert.EndsWith(CheckSettings.FileName, error.File);
    }

    [Fact]
    public void Severities_from_checks_yaml_override_and_switch_off_rules()
    {
        var dir = WithChecks(text => text
            .Replace("parent.weaker: error", "parent.weaker: warning", StringComparison.Ordinal)
            .Replace("peer.rank: info", "peer.rank: off", StringComparison.Ordinal));
        var checker = new DraftChecker(fixture.Rules, DraftChecker.LoadSettings(dir, fixture.Rules));

        var report = checker.Check(fixture.Draft(Path.Combine(TestPaths.Data, "check", "weaker-decrease.txt")), fixture.Library);

        Assert.False(report.HasErrors);
        Assert.Equal(Severity.Warning, Assert.Single(report.Findings, f => f.Rule == "parent.weaker").Severity);
        Assert.DoesNotContain(report.Findings, f => f.Rule == "peer.rank");
    }
}
