using PolicyKB.Core;
using PolicyKB.Query;
using PolicyKB.Rules;
using PolicyKB.Store;
using Xunit;

namespace PolicyKB.Tests.Query;

public sealed class KnowledgeBaseTests(BundledKbFixture bundled) : IClassFixture<BundledKbFixture>, IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("kb-query-");

    public void Dispose() => _dir.Delete(recursive: true);

    private KnowledgeBase NewKb(string name = "kb.db") =>
        new(new KbOptions { DbPath = Path.Combine(_dir.FullName, name), RulesDir = TestPaths.Rules, BundledCorpus = TestPaths.Corpus });

    [Fact]
    public void Index_stores_what_the_extractor_finds()
    {
        using var reader = KbReader.Open(bundled.Kb.DbPath);

        var liuzhou = reader.Documents().Single(d => d.Region == "柳州市");
        var targets = reader.Targets(liuzhou.Id);

        Assert.Equal(liuzhou.Targets, targets.Count);
        Assert.Contains(targets, t => t.Value == 14.5m && t.Unit == "%" && t.Deadline == 2025 && t.Evidence.Sentence.Contains("单位地区生产总值能源消耗"));
        Assert.NotEmpty(reader.Duties(liuzhou.Id));
    }

    [Theory]
    [InlineData("柳州", "柳州市")]
    [InlineData("柳州市", "柳州市")]
    [InlineData("广西", "广西壮族自治区")]
    [InlineData("廣安", "广安市")]
    public void Region_resolves_short_and_traditional_names(string given, string stored) =>
        Assert.Equal(stored, bundled.Kb.ResolveRegion(given));

    [Fact]
    public void Unknown_region_lists_the_stored_ones()
    {
        var error = Assert.Throws<KbException>(() => bundled.Kb.Search("秸秆", region: "亚特兰蒂斯"));

        Assert.Contains("亚特兰蒂斯", error.Message);
        Assert.All(new[] { "广安市", "广西壮族自治区", "柳州市" }, r => Assert.Contains(r, error.Message));
    }

    [Fact]
    public void First_use_builds_from_the_bundled_corpus_and_reports_progress()
    {
        using var kb = NewKb();
        var progress = new List<string>();

        kb.EnsureBuilt(progress.Add);
        kb.EnsureBuilt(progress.Add);

        Assert.Equal(3, kb.Documents().Count);
        Assert.Single(progress, p => p.Contains("首次使用"));
    }

    [Fact]
    public void A_bundled_knowledge_base_of_an_older_format_is_built_again()
    {
        using var kb = NewKb();
        kb.EnsureBuilt();
        SetSchema(kb.DbPath, "3");
        var progress = new List<string>();

        kb.EnsureBuilt(progress.Add);

        Assert.Single(progress, p => p.Contains("旧格式"));
        Assert.Equal(3, kb.Documents().Count);
        Assert.Contains("市农业农村局", kb.Search("秸秆")[0].Text);
    }

    [Fact]
    public void A_knowledge_base_of_an_older_format_with_other_plans_is_left_for_kb_index()
    {
        var dir = Directory.CreateDirectory(Path.Combine(_dir.FullName, "mine"));
        File.Copy(TestPaths.Seed(TestPaths.Liuzhou), Path.Combine(dir.FullName, "mine.txt"));
        using var kb = NewKb();
        kb.Ingest([dir.FullName]);
        SetSchema(kb.DbPath, "3");

        kb.EnsureBuilt();

        var error = Assert.Throws<KbException>(() => kb.Documents());
        Assert.Contains("kb index", error.Message);
    }

    [Fact]
    public void A_knowledge_base_of_this_format_is_stamped_and_one_written_before_the_stamp_is_still_read()
    {
        using var kb = NewKb();
        kb.EnsureBuilt();
        Assert.Equal(KbSchema.Version, KbDatabase.StampedVersion(kb.DbPath));
        SetSchema(kb.DbPath, KbSchema.Version.ToString());
        Assert.Equal(0, KbDatabase.StampedVersion(kb.DbPath));
        var progress = new List<string>();

        kb.EnsureBuilt(progress.Add);

        Assert.Empty(progress);
        Assert.Equal(3, kb.Documents().Count);
        Assert.Null(KbDatabase.StampedVersion(Path.Combine(TestPaths.Rules, RuleSet.UnitsFile)));
    }

    // A database as an older kb wrote it: its schema in the meta table, no version in the file header.
    private static void SetSchema(string db, string version)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=false");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE meta SET value = '{version}' WHERE key = 'schema'; PRAGMA user_version = 0";
        command.ExecuteNonQuery();
    }

    [Fact]
    public void Two_inputs_with_the_same_id_are_refused_before_anything_is_written()
    {
        var a = Directory.CreateDirectory(Path.Combine(_dir.FullName, "a"));
        var b = Directory.CreateDirectory(Path.Combine(_dir.FullName, "b"));
        File.Copy(TestPaths.Seed(TestPaths.Liuzhou), Path.Combine(a.FullName, "plan.txt"));
        File.Copy(TestPaths.Seed(TestPaths.Guangan), Path.Combine(b.FullName, "plan.txt"));
        using var kb = NewKb();

        var error = Assert.Throws<KbException>(() => kb.Ingest([a.FullName, b.FullName]));

        Assert.Contains("plan", error.Message);
        Assert.False(kb.Exists);
    }

    [Fact]
    public void Long_lived_instance_sees_a_rebuild_made_elsewhere()
    {
        using var server = NewKb();
        server.Ingest([TestPaths.Seed(TestPaths.Guangxi)]);
        Assert.Empty(server.Search("秸秆打捆直燃"));

        using (var other = NewKb())
            other.Ingest([TestPaths.Seed(TestPaths.Liuzhou)]);

        Assert.NotEmpty(server.Search("秸秆打捆直燃"));
        Assert.Equal(2, server.Documents().Count);
    }
}
