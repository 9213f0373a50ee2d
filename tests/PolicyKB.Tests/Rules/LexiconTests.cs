using PolicyKB.Core;
using PolicyKB.Rules;
using Xunit;

namespace PolicyKB.Tests.Rules;

public sealed class LexiconTests
{
    [Fact]
    public void Bundled_lexicon_loads_with_the_domain_terms()
    {
        var lexicon = Lexicon.Load(Path.Combine(TestPaths.Rules, "lexicon.yaml"));

        Assert.Superset(new HashSet<string> { "碳达峰", "碳中和", "非化石能源", "单位地区生产总值", "能耗双控", "节能", "能耗", "牵头", "秸秆", "光伏", "碳汇", "充电桩", "发展改革委", "农业农村局" },
            lexicon.Terms.ToHashSet());
        Assert.True(lexicon.Terms.Count >= 300);
        Assert.Contains("是多少", lexicon.Stopwords);
    }

    [Theory]
    [InlineData("lexicon-duplicate.yaml", 7, "碳达峰", "第3行")]
    [InlineData("lexicon-punctuation.yaml", 4, "1+N", "能耗 双控", "节能")]
    [InlineData("lexicon-unknown-key.yaml", 3, "stopword", "stopwords")]
    [InlineData("lexicon-shape.yaml", 2, "列表", "文字")]
    public void Bad_lexicon_names_file_and_line(string file, int line, params string[] mentions)
    {
        var path = Path.Combine(TestPaths.RepoRoot, "tests", "PolicyKB.Tests", "Rules", "Bad", file);

        var error = Assert.Throws<KbException>(() => Lexicon.Load(path));

        Assert.Equal((path, line), (error.File, error.Line));
        Assert.All(mentions, m => Assert.Contains(m, error.Message));
    }

    [Fact]
    public void Fingerprint_changes_with_the_terms()
    {
        Assert.Equal(Lexicon.From(["节能", "碳汇"]).Fingerprint(), Lexicon.From(["碳汇", "节能"]).Fingerprint());
        Assert.NotEqual(Lexicon.From(["节能"]).Fingerprint(), Lexicon.From(["节能", "碳汇"]).Fingerprint());
    }
}
