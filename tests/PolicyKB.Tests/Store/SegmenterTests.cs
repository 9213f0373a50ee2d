using System.Text;
using PolicyKB.Rules;
using PolicyKB.Store;
using Xunit;

namespace PolicyKB.Tests.Store;

public sealed class SegmenterTests
{
    private static readonly Segmenter Segmenter = new(Lexicon.Load(Path.Combine(TestPaths.Rules, "lexicon.yaml")));

    [Theory]
    [InlineData("推进碳达峰碳中和行动", "碳达峰", "碳中和")]
    [InlineData("推进农药化肥减量增效、农作物秸秆综合利用，推广秸秆打捆直燃", "秸秆", "化肥", "农药")]
    [InlineData("市发展改革委:全市节能工作牵头单位。负责组织能源消耗总量和强度“双控”目标", "发展改革委", "节能", "牵头单位")]
    [InlineData("到2025年，全市单位地区生产总值能源消耗比2020年下降14.5%", "单位地区生产总值", "能源消耗")]
    [InlineData("提高非化石能源比重，优化能耗双控制度", "非化石能源", "能耗双控")]
    [InlineData("新建分散式充电桩4869个，大力开发风电和光伏发电，巩固生态系统碳汇能力", "充电桩", "光伏发电", "碳汇能力")]
    [InlineData("提高城市公交、出租等车辆使用新能源汽车的比例", "公交", "新能源汽车")]
    [InlineData("市住房城乡建设局、市农业农村局、市生态环境局按职责分工负责", "住房城乡建设局", "农业农村局", "生态环境局")]
    public void Lexicon_terms_stay_whole(string text, params string[] terms) =>
        Assert.Superset(terms.ToHashSet(), Segmenter.Words(text).ToHashSet());

    [Fact]
    public void Traditional_and_full_width_text_segments_as_its_simplified_form()
    {
        var words = Segmenter.Words("推進碳達峰，到２０２５年新建充電樁");

        Assert.Superset(new HashSet<string> { "碳达峰", "2025", "充电桩" }, words.ToHashSet());
    }

    [Fact]
    public void Tokens_point_at_their_words_in_the_text()
    {
        const string text = "推广秸秆打捆直燃、成型燃料等技术。";

        var tokens = Segmenter.Tokens(Segmenter.Fold(text));

        Assert.Contains(tokens, t => text.Substring(t.Start, t.Length) == "秸秆" && t.FromLexicon);
        Assert.All(tokens, t => Assert.DoesNotContain('、', text.Substring(t.Start, t.Length)));
        Assert.Equal(tokens.OrderBy(t => t.Start), tokens);
    }

    [Fact]
    public void Ascii_letters_are_matched_lower_case()
    {
        var words = Segmenter.Words("单位GDP能耗和5G基站");

        Assert.Contains("单位gdp", words);
        Assert.DoesNotContain(words, w => w.Any(char.IsUpper));
    }

    [Fact]
    public void Random_text_segments_without_error_and_every_span_lies_inside_it()
    {
        var random = new Random(20240126);
        var alphabet = "碳达峰中和节能秸秆光伏發電能耗。，、；：“”（）()[]{}\"'*^-+:AND OR NEAR　ａ１٣\u0301\t\n ".ToCharArray();
        for (var n = 0; n < 500; n++)
        {
            var text = RandomText(random, alphabet);

            var tokens = Segmenter.Tokens(Segmenter.Fold(text));

            Assert.All(tokens, t => Assert.True(t.Start >= 0 && t.Length > 0 && t.End <= text.Length, $"{t} in «{text}»"));
        }
    }

    internal static string RandomText(Random random, char[] alphabet)
    {
        var length = random.Next(0, 40);
        var text = new StringBuilder();
        for (var i = 0; i < length; i++)
        {
            var pick = random.Next(10);
            if (pick == 0)
                text.Append(char.ConvertFromUtf32(random.Next(0x20000, 0x2A6DF)));   // a Han surrogate pair
            else if (pick == 1)
                text.Append((char)random.Next(0xD800, 0xDFFF));                        // a lone surrogate half
            else if (pick == 2)
                text.Append((char)random.Next(0x20, 0xFFFF));
            else
                text.Append(alphabet[random.Next(alphabet.Length)]);
        }
        return text.ToString();
    }
}
