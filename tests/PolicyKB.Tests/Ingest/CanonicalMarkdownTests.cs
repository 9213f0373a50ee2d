using System.Text.Json;
using PolicyKB.Core;
using PolicyKB.Ingest;
using Xunit;

namespace PolicyKB.Tests.Ingest;

public sealed class CanonicalMarkdownTests
{
    public static TheoryData<string> SeedNames() => new(TestPaths.Liuzhou, TestPaths.Guangxi, TestPaths.Guangan);

    [Theory]
    [MemberData(nameof(SeedNames))]
    public void Seeds_round_trip_through_canonical_markdown_without_loss(string seed)
    {
        var document = IngestFixture.Seed(seed);

        var markdown = CanonicalMarkdown.Write(document);
        var back = CanonicalMarkdown.Read(markdown, document.Id, "x.md");

        Assert.Equal(Serialize(document), Serialize(back));
    }

    [Fact]
    public void Markdown_syntax_in_text_reads_back_as_written()
    {
        var tricky = new[]
        {
            "1. 到2025年，下降14.5%。", "- 不是列表", "# 不是标题", "a*b*c_d_ [链接](x) <b>粗</b> &amp; `代码` | 竖线 ~删~ \\ 反斜杠",
            "> 不是引用", "+ 加号", "===", "2) 右括号",
        };
        var table = new Table(["任务", "牵头单位", "完成时限|备注"], [["推广*光伏*", "市发展改革委", "2025年"], ["", "市住房城乡建设局", ""]]);
        var section = new Section("一、# 标题", 1, "一、# 标题", tricky, [], [table]);
        var document = new Document("t", new DocumentMeta { Title = "标题: \"引号\" #1", Source = "来源: x" }, [section]);

        var back = CanonicalMarkdown.Read(CanonicalMarkdown.Write(document), "t", null);

        Assert.Equal(Serialize(document), Serialize(back));
    }

    [Fact]
    public void Deep_levels_are_written_as_nested_markdown_headings()
    {
        var document = IngestFixture.Seed(TestPaths.Guangan);

        var markdown = CanonicalMarkdown.Write(document);

        Assert.Contains("\n## 二、重点行动\n", markdown);
        Assert.Contains("\n### （三）实施工业领域碳达峰行动\n", markdown);
        Assert.Contains("\n#### 2. 推动建材行业碳达峰\n", markdown);
        Assert.StartsWith("---\ntitle: 广安市碳达峰实施方案\n", markdown);
        Assert.Contains("docNumber: 广安府发〔2024〕1号\n", markdown);
    }

    [Fact]
    public void Unknown_front_matter_key_names_its_line()
    {
        var markdown = "---\ntitle: 某方案\nregoin: 柳州市\n---\n\n# 某方案\n";

        var error = Assert.Throws<KbException>(() => CanonicalMarkdown.Read(markdown, "x", "corpus/x.md"));

        Assert.Equal("corpus/x.md", error.File);
        Assert.Equal(3, error.Line);
        Assert.Contains("regoin", error.Message);
    }

    [Fact]
    public void Ingestor_reads_a_canonical_file_back_and_plain_markdown_as_text()
    {
        var dir = Directory.CreateTempSubdirectory().FullName;
        var document = IngestFixture.Seed(TestPaths.Liuzhou);
        Corpus.Write(dir, document);
        var plain = Path.Combine(dir, "plain.md");
        File.WriteAllText(plain, "# 某市节能方案\n\n## 一、总体要求\n\n到2025年，完成目标。\n");

        var back = IngestFixture.Ingestor.Read(Path.Combine(dir, document.Id + ".md"));
        var parsed = IngestFixture.Ingestor.Read(plain);

        Assert.Equal(Serialize(document), Serialize(back));
        Assert.Equal("某市节能方案", parsed.Meta.Title);
        Assert.Equal("一、总体要求", parsed.Sections.Single().Heading);
        Directory.Delete(dir, recursive: true);
    }

    internal static string Serialize(Document document) => JsonSerializer.Serialize(document);
}
