using System.Text.RegularExpressions;
using PolicyKB.Rules;
using Xunit;

namespace PolicyKB.Tests.Rules;

public sealed class RequiredCharsTests
{
    [Theory]
    [InlineData(@"第\s*$", "第")]
    [InlineData(@"(下辖|辖有|共辖)[^，,。；;]*$", "辖")]
    [InlineData(@"(由|从)\s*((19|20)\d{2}\s*年(末|底)?的?)?\s*$", "从由")]
    [InlineData(@"(?<year>20\d{2})\s*年(?!起)", "年")]
    [InlineData(@"^\s*(及)?(以上|以下)的?", "以")]
    [InlineData(@"[A-C]\s*\.", ".")]
    [InlineData(@"x[A-C]", "x")]
    [InlineData(@"[A-C]", "ABC")]
    [InlineData(@"a{2,}|b+", "ab")]
    [InlineData(@"\u4e00\(", "一")]
    public void Reads_a_set_every_match_needs(string pattern, string expected) =>
        Assert.Equal(expected, RequiredChars.Of(pattern, RegexOptions.CultureInvariant));

    [Theory]
    [InlineData(@"\s*$")]                        // matches the empty text
    [InlineData(@"a?b*")]
    [InlineData(@"(a|)")]                        // a branch needing nothing
    [InlineData(@"[^，,]+")]                      // negated
    [InlineData(@"[\u4e00-\u9fff]量")]            // … but 量 is needed: the wide class is merely not offered
    [InlineData(@"(?i)pue")]                     // case-insensitive
    [InlineData(@"(a)\1")]                       // backreference
    [InlineData(@"\p{IsCJKUnifiedIdeographs}")]
    [InlineData(@"(?(a)b|c)")]                   // conditional
    [InlineData(@"a)")]                          // not a pattern .NET accepts either
    public void Gives_no_set_where_it_cannot_be_sure(string pattern)
    {
        var chars = RequiredChars.Of(pattern, RegexOptions.CultureInvariant);
        if (pattern == @"[\u4e00-\u9fff]量")
            Assert.Equal("量", chars);
        else
            Assert.Null(chars);
    }

    [Fact]
    public void Case_insensitive_options_give_no_set() =>
        Assert.Null(RequiredChars.Of("PUE", RegexOptions.IgnoreCase));

    /// <summary>The guard never says "no match" where the regex matches: every regex of the bundled rules,
    /// on every clause-sized window of the seed plans.</summary>
    [Fact]
    public void Every_rule_regex_behind_its_guard_answers_as_the_regex_on_the_seeds()
    {
        var patterns = RulesFixture.Rules.Patterns;
        var regexes = patterns.Deadlines.Select(d => d.Regex)
            .Concat(patterns.Baselines).Concat(patterns.Pasts).Concat(patterns.PastHeadings)
            .Concat(patterns.MetricTrims).Concat(patterns.MetricEndTrims).Concat(patterns.Unitless)
            .Concat(patterns.NotTargets.SelectMany(r => new[] { r.Before, r.After }).OfType<Regex>())
            .ToList();
        var texts = Directory.GetFiles(TestPaths.Seeds, "*.txt")
            .SelectMany(File.ReadAllLines).Select(TextFold.ForMatch)
            .SelectMany(line => line.Split('。', '；', '，'))
            .Where(t => t.Length > 0).Distinct().ToList();
        var guarded = 0;
        var matched = 0;
        foreach (var regex in regexes)
        {
            var guard = new GuardedRegex(regex);
            if (RequiredChars.Of(regex) is not null)
                guarded++;
            foreach (var text in texts)
            {
                var expected = regex.IsMatch(text);
                matched += expected ? 1 : 0;
                Assert.True(expected == guard.IsMatch(text), $"{regex} on {text}");
                Assert.Equal(regex.Match(text) is { Success: true } m ? (m.Index, m.Length) : ((int, int)?)null, guard.FirstMatch(text));
            }
        }
        Assert.True(guarded > regexes.Count / 2, $"only {guarded} of {regexes.Count} rule regexes have a guard");
        Assert.True(matched > 100);
    }
}
