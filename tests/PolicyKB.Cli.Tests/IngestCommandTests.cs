using System.Text.Json;
using Xunit;

namespace PolicyKB.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly Kb _kb = new();

    public void Dispose() => _kb.Dispose();

    [Fact]
    public void Ingest_creates_the_knowledge_base_and_writes_the_canonical_corpus()
    {
        var corpus = Path.Combine(_kb.Folder, "corpus");

        var result = _kb.Run("ingest", RepoPaths.Seeds, "--corpus", corpus);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("已导入：广安市碳达峰实施方案（广安市，第 1 版", result.Stdout);
        Assert.Equal(3, Directory.GetFiles(corpus, "*.md").Length);
        Assert.StartsWith("---\ntitle: 柳州市降碳目标工作实施方案", File.ReadAllText(Path.Combine(corpus, "000_b9235fa2a03b53ca.md")));
        var first = JsonDocument.Parse(_kb.Run("search", "秸秆", "--json").Stdout).RootElement.GetProperty("results")[0];
        Assert.StartsWith("市农业农村局", first.GetProperty("text").GetString());
    }

    [Fact]
    public void Ingest_with_one_bad_file_writes_nothing()
    {
        var input = Directory.CreateDirectory(Path.Combine(_kb.Folder, "in"));
        File.Copy(Path.Combine(RepoPaths.Seeds, "000_b9235fa2a03b53ca.txt"), Path.Combine(input.FullName, "a.txt"));
        File.WriteAllBytes(Path.Combine(input.FullName, "b.txt"), [0x00, 0xFF, 0x13, 0x00, 0x42, 0x00, 0x00, 0x9C]);
        var corpus = Path.Combine(_kb.Folder, "corpus");

        var result = _kb.Run("ingest", input.FullName, "--corpus", corpus);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("b.txt", result.Stderr);
        Assert.False(File.Exists(_kb.DbPath));
        Assert.False(Directory.Exists(corpus));
    }

    [Fact]
    public void Ingest_of_a_missing_path_is_bad_input()
    {
        var result = _kb.Run("ingest", Path.Combine(_kb.Folder, "missing.txt"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("missing.txt", result.Stderr);
    }

    [Fact]
    public void Reingesting_a_plan_makes_a_new_version_instead_of_a_duplicate()
    {
        var seed = Path.Combine(RepoPaths.Seeds, "003_41fc7a36ab40bbf5.txt");
        Assert.Equal(0, _kb.Run("ingest", seed).ExitCode);

        var revised = Path.Combine(_kb.Folder, "guangan-revised.txt");
        File.WriteAllText(revised, File.ReadAllText(seed).Replace("新建分散式充电桩4869个", "新建分散式充电桩6000个"));
        var result = _kb.Run("ingest", revised);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("第 2 版", result.Stdout);
        var docs = JsonDocument.Parse(_kb.Run("docs", "--json").Stdout).RootElement.GetProperty("documents");
        var doc = Assert.Single(docs.EnumerateArray());
        Assert.Equal(2, doc.GetProperty("version").GetInt32());
        var hit = JsonDocument.Parse(_kb.Run("search", "充电桩", "--json").Stdout).RootElement.GetProperty("results")[0];
        Assert.Contains("6000个", hit.GetProperty("text").GetString());
    }

    [Fact]
    public void A_county_missing_from_the_catalog_is_found_by_its_short_name()
    {
        var plan = Path.Combine(_kb.Folder, "plan.txt");
        File.WriteAllText(plan, """
            兰考县碳达峰实施方案

            一、主要目标
            到2025年，全县单位地区生产总值能源消耗比2020年下降14%，非化石能源消费比重达到20%。
            """);
        Assert.Equal(0, _kb.Run("ingest", plan).ExitCode);

        var targets = _kb.Run("targets", "--region", "兰考", "--json");
        var unknown = _kb.Run("targets", "--region", "兰州");

        Assert.Equal(0, targets.ExitCode);
        Assert.Contains("兰考县", targets.Stdout);
        Assert.Contains("14", targets.Stdout);
        Assert.Equal(2, unknown.ExitCode);
    }
}
