using PolicyKB.Core;
using PolicyKB.Tests.Rules;
using Xunit;

namespace PolicyKB.Tests.Extract;

/// <summary>In the spirit of Lucene's CheckRandomData: random text built from the pieces the rules look
/// for goes through the extractor without an exception, and everything quoted is text of the input.</summary>
public sealed class ExtractRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "到2025年", "2030年前", "“十四五”", "比2020年", "下降", "达到", "提高到", "由", "分别", "和", "、", "，", "。", "；",
        "：", ":", "（", "）", "(", ")", "【", "】", "《", "》", "14.5", "１４．５", "%", "％", "万千瓦", "个", "家", "以上",
        "左右", "力争", "累计", "百分之", "三十", "两成", "一", "十", "万", "亿", "牵头单位", "责任单位", "配合单位",
        "市发展改革委", "县发改局", "自治区", "牵头", "负责", "配合", "要", "排名第一的为牵头单位", "13%—15%", "-", "—",
        "森林覆盖率", "单位地区生产总值能耗", "新建", "充电桩", "的", "等", " ", "\n", "5G", "PM2.5", "/", "第", "每",
        "单位", "部门", "局", "委员会", "加强", "由", "其中", "“", "”", "1.", "（一）", "２", "〇", "点", "百",
    ];

    [Fact]
    public void Random_pieces_never_break_the_extractor()
    {
        var random = new Random(20240126);
        var extractor = RulesFixture.Extractor;
        for (var round = 0; round < 1500; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var section = new Section("一、目标", 1, round % 3 == 0 ? "（一）到2025年" : "一、目标", [text, text[..(text.Length / 2)]], [],
                [new Table(["序号", "重点任务", "牵头单位", "责任单位", "2025年"], [[text, text, text, text, text]])]);
            var meta = new DocumentMeta { Title = "测试", Region = round % 2 == 0 ? "柳州市" : null, Level = "city" };

            var extraction = extractor.Extract(new Document("fuzz", meta, [section]));

            Assert.All(extraction.Targets, t => Assert.False(string.IsNullOrEmpty(t.Metric)));
            Assert.All(extraction.Measures, m => Assert.Contains(m.Text.Trim(), text + "\n" + text));
        }
    }

    [Fact]
    public void Truncated_and_shuffled_seeds_extract()
    {
        var random = new Random(7);
        var extractor = RulesFixture.Extractor;
        foreach (var seed in new[] { TestPaths.Liuzhou, TestPaths.Guangxi, TestPaths.Guangan })
        {
            var document = RulesFixture.Ingestor.Read(TestPaths.Seed(seed));
            for (var round = 0; round < 20; round++)
            {
                var sections = document.AllSections()
                    .Select(s => s with
                    {
                        Paragraphs = s.Paragraphs.Select(p => p.Length < 2 ? p : p[..random.Next(1, p.Length)]).OrderBy(_ => random.Next()).ToList(),
                    })
                    .ToList();
                extractor.Extract(document with { Sections = sections });
            }
        }
    }
}
