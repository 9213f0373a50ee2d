using PolicyKB.Core;
using PolicyKB.Query.Ask;
using Xunit;

namespace PolicyKB.Tests.Query.Ask;

public sealed class QuestionRulesTests
{
    [Fact]
    public void Bundled_rules_load_with_every_intent()
    {
        var rules = QuestionRules.Load(TestPaths.Rules);

        var intents = rules.Intents.Select(i => i.Intent).ToHashSet();
        Assert.Equal(Enum.GetValues<Intent>().Where(i => i != Intent.Passage).ToHashSet(), intents);
        Assert.Contains("下降", rules.DirectionWords.Values);
    }

    [Theory]
    [InlineData("intents:\n  - intent: owner\n    cue: [由谁]\n", 2, "cue")]
    [InlineData("intents:\n  - intent: owner\n    cues: [由谁]\n  - intent: who\n    cues: [谁]\n", 4, "who")]
    [InlineData("intents:\n  - intent: owner\n    cues: [由谁]\nfilers: [请问]\n", 4, "filers")]
    public void A_bad_rule_names_its_line(string yaml, int line, string word)
    {
        var error = Assert.Throws<KbException>(() => QuestionRules.Parse(yaml, "rules/questions.yaml"));

        Assert.Equal("rules/questions.yaml", error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(word, error.Message);
    }
}
