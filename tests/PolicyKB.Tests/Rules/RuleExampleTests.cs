using PolicyKB.Extract;
using PolicyKB.Rules;
using Xunit;

namespace PolicyKB.Tests.Rules;

/// <summary>Every example in the rule files is a test case, named by file and line.</summary>
public sealed class RuleExampleTests
{
    private readonly Extractor _extractor = RulesFixture.Extractor;

    public static TheoryData<string> ExampleIds() => new(RulesFixture.Rules.Examples.Select(e => e.Id));

    [Theory]
    [MemberData(nameof(ExampleIds))]
    public void Rule_example_extracts_as_written(string id)
    {
        var example = RulesFixture.Rules.Examples.Single(e => e.Id == id);

        var targets = _extractor.ExtractSentence(example.Text);

        Assert.True(example.Holds(targets),
            $"{id}: {example.Text}\n  got: " + string.Join("\n       ", targets.Select(t =>
                $"{t.Metric} {t.Value}{t.Unit} {t.Direction} q={t.Qualifier} base={t.BaselineYear} dl={t.Deadline} owners={string.Join("、", t.Owners)} co={string.Join("、", t.CoOwners)}")));
    }

    [Fact]
    public void The_rule_files_carry_examples_in_every_file()
    {
        var files = RulesFixture.Rules.Examples.Select(e => e.Id.Split(':')[0]).Distinct().ToList();

        Assert.Contains("rules/units.yaml", files);
        Assert.Contains("rules/metrics.yaml", files);
        Assert.Contains("rules/patterns.yaml", files);
        Assert.Contains("rules/owners.yaml", files);
        Assert.Contains("rules/departments.yaml", files);
    }
}
