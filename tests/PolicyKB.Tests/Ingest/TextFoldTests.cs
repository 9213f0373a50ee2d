using PolicyKB.Rules;
using Xunit;

namespace PolicyKB.Tests.Ingest;

public sealed class TextFoldTests
{
    [Theory]
    [InlineData("到２０２５年下降１４．５％", "到2025年下降14.5%")]
    [InlineData("ＧＤＰ能耗", "GDP能耗")]
    [InlineData("（一）主要目标：", "（一）主要目标：")]          // CJK punctuation stays
    [InlineData("單位地區生產總值能源消耗", "单位地区生产总值能源消耗")]
    [InlineData("廣西壯族自治區發展和改革委員會", "广西壮族自治区发展和改革委员会")]
    public void Folds_width_and_traditional_characters(string original, string folded) =>
        Assert.Equal(folded, TextFold.ForMatch(original));

    [Theory]
    [InlineData("𠀀𠀁 mixed 碳達峰 ２０３０")]
    [InlineData("柳州市降碳目标工作实施方案（2023-2025年）")]
    [InlineData("")]
    public void Keeps_the_length_so_offsets_map_back(string original) =>
        Assert.Equal(original.Length, TextFold.ForMatch(original).Length);

    [Fact]
    public void Folds_the_same_from_many_threads()
    {
        var text = "節能減排綜合工作方案１２３";

        var results = Enumerable.Range(0, 8).AsParallel().Select(_ => TextFold.ForMatch(text)).Distinct().ToList();

        Assert.Equal(["节能减排综合工作方案123"], results);
    }

    // TextFold reads Traditional → Simplified from a table made with ICU (PolicyKB.Bench fold-table) instead
    // of creating ICU's transliterator in every process; this keeps the two the same, char for char.
    [Fact]
    public void Table_folds_every_ideograph_as_icus_transliterator_does()
    {
        Icu.Wrapper.Init();
        using var transliterator = Icu.Transliterator.CreateInstance("Traditional-Simplified");
        var differences = new List<string>();

        foreach (var (from, to) in new[] { (0x3400, 0x9FFF), (0xF900, 0xFAFF) })
            for (var code = from; code <= to; code++)
            {
                var c = (char)code;
                var icu = transliterator.Transliterate(c.ToString());
                var expected = icu.Length == 1 ? icu[0] : c;
                if (TextFold.Fold(c) != expected)
                    differences.Add($"{c} U+{code:X4}: table {TextFold.Fold(c)}, ICU {icu}");
            }

        Assert.Empty(differences);
    }
}
