using PolicyKB.Extract.Text;
using Xunit;

namespace PolicyKB.Tests.Extract;

/// <summary>Several words looked for in one pass answer what one Contains per word answers.</summary>
public sealed class WordScanTests
{
    private static readonly string[] Words = ["严禁", "禁止", "鼓励", "支持", "严格控制", "不得"];

    [Theory]
    [InlineData("严格控制高耗能项目，鼓励发展光伏。")]
    [InlineData("支持企业改造，不得新增产能；严禁违规审批。")]
    [InlineData("推进秸秆综合利用。")]
    [InlineData("")]
    [InlineData("禁")]
    [InlineData("严格落实“三线一单”，严禁")]
    public void The_first_word_found_is_the_one_a_loop_over_the_words_finds(string text)
    {
        var scan = new WordScan(Words);

        var expected = Array.FindIndex(Words, w => text.Contains(w, StringComparison.Ordinal));

        Assert.Equal(expected, scan.FirstIndex(text));
        Assert.Equal(expected >= 0, scan.Any(text));
    }

    [Fact]
    public void Words_sharing_an_index_count_as_their_rule()
    {
        // kinds in file order: 0 = prohibition (严禁, 禁止), 1 = encouragement (鼓励, 支持)
        var scan = new WordScan([("严禁", 0), ("禁止", 0), ("鼓励", 1), ("支持", 1)]);

        Assert.Equal(1, scan.FirstIndex("鼓励和支持绿色建筑"));
        Assert.Equal(0, scan.FirstIndex("鼓励绿色建筑，禁止新建燃煤锅炉"));
        Assert.Equal(-1, scan.FirstIndex("推进绿色建筑"));
    }

    [Theory]
    [InlineData("市发展改革委负责统筹", 6, true)]
    [InlineData("市发展改革委负责统筹", 5, false)]
    [InlineData("市发展改革委要", 6, true)]
    [InlineData("市发展改革委负", 6, false)]
    [InlineData("市发展改革委", 6, false)]
    public void A_word_starts_at_a_position_only_when_all_of_it_is_there(string text, int at, bool expected)
    {
        var scan = new WordScan(["负责", "要", "牵头"]);

        Assert.Equal(expected, scan.StartsAt(text, at));
    }
}
