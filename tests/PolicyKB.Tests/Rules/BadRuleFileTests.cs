using PolicyKB.Core;
using PolicyKB.Rules;
using Xunit;

namespace PolicyKB.Tests.Rules;

/// <summary>Broken rule files (Rules/Bad/NAME.CASE.yaml replaces rules/NAME.yaml in a copy of the bundled
/// rules): each error names file and line, and all errors are reported at once.</summary>
public sealed class BadRuleFileTests : IDisposable
{
    private readonly DirectoryInfo _temp = Directory.CreateTempSubdirectory("kb-rules-");

    private static string BadFolder => Path.Combine(TestPaths.RepoRoot, "tests", "PolicyKB.Tests", "Rules", "Bad");

    [Theory]
    [InlineData("units.misspelt-key.yaml", "rules/units.yaml:5: 未知的键“unti”")]
    [InlineData("metrics.unknown-unit.yaml", "rules/metrics.yaml:5: 单位“万万千瓦”未定义")]
    [InlineData("metrics.alias-twice.yaml", "rules/metrics.yaml:9: 别名“单位地区生产总值能耗”已属于“energy_intensity”")]
    [InlineData("patterns.bad-regex.yaml", "rules/patterns.yaml:3: 正则表达式")]
    [InlineData("patterns.missing-group.yaml", "rules/patterns.yaml:3: 正则表达式“到\\d{4}年”缺少命名分组")]
    [InlineData("departments.duplicate-key.yaml", "rules/departments.yaml:5: 键“id”重复")]
    public void Error_names_file_and_line(string badFile, string expected)
    {
        var error = Assert.Throws<KbException>(() => RuleSet.Load(RulesWith(badFile)));

        Assert.Contains(expected, error.OneLine());
        Assert.NotNull(error.File);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void All_errors_of_a_file_are_reported_together()
    {
        var error = Assert.Throws<KbException>(() => RuleSet.Load(RulesWith("owners.two-errors.yaml")));

        var text = error.OneLine();
        Assert.StartsWith("rules/owners.yaml:3: ", text);
        Assert.Contains("“role”的值“leader”无效", text);
        Assert.Contains("rules/owners.yaml:6: 未知的键“exmaples”", text);
        Assert.Contains("另有 1 处错误", text);
    }

    [Fact]
    public void A_file_that_is_not_yaml_is_the_error_not_what_other_files_miss_from_it()
    {
        var error = Assert.Throws<KbException>(() => RuleSet.Load(RulesWith("units.not-yaml.yaml")));

        // metrics.yaml names units that only units.yaml defines: one error, the cause, not one per metric.
        Assert.StartsWith("rules/units.yaml:5: YAML 语法错误", error.OneLine());
        Assert.DoesNotContain("未定义", error.Message);
        Assert.Equal(("rules/units.yaml", 5), (error.File, error.Line));
    }

    /// <summary>A copy of the bundled rules folder (named rules, as errors print it) with one file replaced.</summary>
    private string RulesWith(string badFile)
    {
        var dir = Directory.CreateDirectory(Path.Combine(_temp.FullName, "rules")).FullName;
        foreach (var file in Directory.GetFiles(TestPaths.Rules, "*.yaml"))
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)), overwrite: true);
        var target = badFile.Split('.')[0] + ".yaml";
        File.Copy(Path.Combine(BadFolder, badFile), Path.Combine(dir, target), overwrite: true);
        return dir;
    }

    public void Dispose() => _temp.Delete(recursive: true);
}
