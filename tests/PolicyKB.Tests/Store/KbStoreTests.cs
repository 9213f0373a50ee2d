using Microsoft.Data.Sqlite;
using PolicyKB.Core;
using PolicyKB.Store;
using Xunit;
using static PolicyKB.Tests.Store.StoreFixtures;

namespace PolicyKB.Tests.Store;

public sealed class KbStoreTests : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("kb-store-");
    private string Db => Path.Combine(_dir.FullName, "kb.db");

    public void Dispose() => _dir.Delete(recursive: true);

    [Fact]
    public void Stored_plan_reads_back_with_its_records()
    {
        var liuzhou = Liuzhou(docNumber: "柳政办〔2023〕1号");

        Build(Db, WithRecords(liuzhou));

        using var reader = KbReader.Open(Db);
        var info = Assert.Single(reader.Documents());
        Assert.Equal(("liuzhou", "柳州市", "city", "2023-2025", "柳政办〔2023〕1号", 1), (info.Id, info.Region, info.Level, info.Period, info.DocNumber, info.Version));
        Assert.Equal(liuzhou.AllSections().Sum(s => s.Paragraphs.Count + s.Tables.Sum(t => t.Rows.Count)), info.Paragraphs);
        // The plan reads back as ingest made it: metadata, heading tree, paragraphs and tables.
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(liuzhou), System.Text.Json.JsonSerializer.Serialize(reader.Document("liuzhou")));
        Assert.Null(reader.Document("nowhere"));
        var paragraphs = reader.Paragraphs("liuzhou");
        Assert.Contains(("三、严格落实责任 > （二）严格落实有关部门责任", liuzhou.Sections[1].Children[0].Paragraphs[1]), paragraphs);
        Assert.Contains(("四、重点任务", "任务：建设分散式充电桩；牵头单位：市住房城乡建设局"), paragraphs);

        var target = Assert.Single(reader.Targets("liuzhou"));
        var expected = WithRecords(liuzhou).Targets[0];
        Assert.Equal((expected.Metric, expected.MetricId, expected.Value, expected.Unit, expected.Direction, expected.Comparator, expected.BaselineYear, expected.Deadline),
            (target.Metric, target.MetricId, target.Value, target.Unit, target.Direction, target.Comparator, target.BaselineYear, target.Deadline));
        Assert.Equal(expected.Owners, target.Owners);
        Assert.Equal(expected.CoOwners, target.CoOwners);
        Assert.Equal(expected.Evidence, target.Evidence);
        var measure = Assert.Single(reader.Measures("liuzhou"));
        Assert.Equal((MeasureKind.Encouragement, 2025, "推广秸秆打捆直燃、成型燃料等技术。"), (measure.Kind, measure.Deadline, measure.Evidence.Sentence));
        var duty = Assert.Single(reader.Duties());
        Assert.Equal(("柳州市发展和改革委员会", "牵头"), (duty.Department, duty.Role));
    }

    [Fact]
    public void Failure_while_rebuilding_leaves_the_old_database_intact()
    {
        Build(Db, Bare(Guangxi()));

        var failure = Record.Exception(() => KbDatabase.Rebuild(Db, DomainSegmenter, writer =>
        {
            writer.AddOrReplace(writer.Prepare(Bare(Liuzhou())), DateTimeOffset.UnixEpoch);
            throw new InvalidOperationException("disk full");
        }));

        Assert.IsType<InvalidOperationException>(failure);
        Assert.Equal(["guangxi"], Ids());
        Assert.Equal(["kb.db", "kb.db.lock"], _dir.GetFiles().Select(f => f.Name).Order());
    }

    [Fact]
    public void Failure_while_updating_leaves_the_old_database_intact()
    {
        Build(Db, Bare(Guangxi()));

        Assert.ThrowsAny<Exception>(() => KbDatabase.Update(Db, DomainSegmenter, writer =>
        {
            writer.Remove("guangxi");
            writer.AddOrReplace(writer.Prepare(Bare(Liuzhou())), DateTimeOffset.UnixEpoch);
            throw new KbException("坏文件");
        }));

        Assert.Equal(["guangxi"], Ids());
        Assert.NotEmpty(Search(Db, "岩溶碳汇"));
    }

    [Fact]
    public void Reader_opened_before_a_rebuild_keeps_reading_the_old_database()
    {
        Build(Db, Bare(Guangxi()));
        using var before = KbReader.Open(Db);

        Build(Db, Bare(Liuzhou()));

        Assert.Equal("guangxi", Assert.Single(before.Documents()).Id);
        Assert.NotEmpty(before.Search(new SearchRequest("绿色金融")));
        Assert.Equal(["liuzhou"], Ids());
    }

    [Fact]
    public void Update_creates_a_missing_database_and_adds_to_an_existing_one()
    {
        KbDatabase.Update(Db, DomainSegmenter, w => w.AddOrReplace(w.Prepare(Bare(Guangxi())), DateTimeOffset.UnixEpoch));
        KbDatabase.Update(Db, DomainSegmenter, w => w.AddOrReplace(w.Prepare(Bare(Liuzhou())), DateTimeOffset.UnixEpoch));

        Assert.Equal(["guangxi", "liuzhou"], Ids().Order());
        Assert.Equal("liuzhou", Search(Db, "秸秆")[0].DocumentId);
        Assert.Equal("guangxi", Search(Db, "岩溶")[0].DocumentId);
    }

    [Fact]
    public void Revised_plan_with_the_same_doc_number_replaces_the_old_version()
    {
        Build(Db, Bare(Liuzhou(id: "liuzhou-old", docNumber: "柳政办〔2023〕1号")));

        KbDatabase.Update(Db, DomainSegmenter, w => w.AddOrReplace(
            w.Prepare(Bare(Liuzhou(id: "liuzhou-new", docNumber: "柳政办〔2023〕1号", extra: "新增沼气工程。"))), DateTimeOffset.UnixEpoch));

        using var reader = KbReader.Open(Db);
        var info = Assert.Single(reader.Documents());
        Assert.Equal(("liuzhou-new", 2), (info.Id, info.Version));
        var straw = reader.Search(new SearchRequest("秸秆"));
        Assert.All(straw, h => Assert.Equal("liuzhou-new", h.DocumentId));
        Assert.Single(reader.Search(new SearchRequest("沼气")));
        Assert.DoesNotContain(reader.Search(new SearchRequest("全市节能工作牵头单位")), h => h.DocumentId == "liuzhou-old");
        Assert.Equal(1, IndexedRows("秸秆"));   // the old version's row left the index: 1 row, not 2
        Assert.Equal((1L, 0L), (Scalar("SELECT count(*) FROM plan_data"),
            Scalar("SELECT count(*) FROM metric_targets")));
    }

    [Fact]
    public void Revised_plan_replaces_its_targets_in_the_metric_groups()
    {
        Build(Db, WithRecords(Liuzhou(id: "liuzhou-old", docNumber: "柳政办〔2023〕1号")), WithRecords(Guangxi()));
        var metric = WithRecords(Liuzhou()).Targets[0].MetricId!;

        KbDatabase.Update(Db, DomainSegmenter, w => w.AddOrReplace(
            w.Prepare(WithRecords(Liuzhou(id: "liuzhou-new", docNumber: "柳政办〔2023〕1号"))), DateTimeOffset.UnixEpoch));

        using var reader = KbReader.Open(Db);
        Assert.Equal(["guangxi", "liuzhou-new"], reader.TargetsOfMetric(metric).Select(t => t.Evidence.DocumentId));
        Assert.Equal(["liuzhou-new"], reader.TargetsOfMetric(metric, 2025, "柳州市").Select(t => t.Evidence.DocumentId));
        Assert.Empty(reader.TargetsOfMetric(metric, 2030));
        KbDatabase.Update(Db, DomainSegmenter, w => w.Remove("guangxi"));
        KbDatabase.Update(Db, DomainSegmenter, w => w.Remove("liuzhou-new"));
        Assert.Equal(0L, Scalar("SELECT count(*) FROM metric_targets"));
    }

    [Fact]
    public void Update_with_another_lexicon_resegments_the_index()
    {
        var narrow = new Segmenter(PolicyKB.Rules.Lexicon.From(["秸秆"]));
        KbDatabase.Rebuild(Db, narrow, w => w.AddOrReplace(w.Prepare(Bare(Liuzhou())), DateTimeOffset.UnixEpoch));

        KbDatabase.Update(Db, DomainSegmenter, w => w.Remove("liuzhou"));
        KbDatabase.Update(Db, DomainSegmenter, w => w.AddOrReplace(w.Prepare(Bare(Guangxi())), DateTimeOffset.UnixEpoch));

        Assert.Empty(Search(Db, "秸秆"));
        Assert.Equal("guangxi", Search(Db, "碳汇")[0].DocumentId);
        using var reader = KbReader.Open(Db);
        Assert.Contains("碳达峰", reader.Segmenter.Lexicon.Terms);
    }

    [Fact]
    public void Opening_a_file_that_is_not_a_knowledge_base_is_a_clear_error()
    {
        File.WriteAllText(Db, "not a database");

        var error = Assert.Throws<KbException>(() => KbReader.Open(Db));

        Assert.Equal(Db, error.File);
        Assert.Contains("kb index", error.Message);
    }

    [Fact]
    public void Plan_list_follows_every_change_of_the_documents_table()
    {
        KbDatabase.Update(Db, DomainSegmenter, w => w.AddOrReplace(w.Prepare(Bare(Guangxi())), DateTimeOffset.UnixEpoch));
        Assert.Equal(Rows(), Listed());
        KbDatabase.Update(Db, DomainSegmenter, w =>
        {
            w.AddOrReplace(w.Prepare(Bare(Liuzhou(id: "liuzhou-old", docNumber: "柳政办〔2023〕1号"))), DateTimeOffset.UnixEpoch);
            w.AddOrReplace(w.Prepare(WithRecords(Liuzhou(id: "liuzhou-new", docNumber: "柳政办〔2023〕1号"))), DateTimeOffset.UnixEpoch.AddDays(1));
        });
        var rows = Rows();
        Assert.Equal(rows, Listed());
        Assert.Equal([("guangxi", 1), ("liuzhou-new", 2)], rows.Select(r => (r.Info.Id, r.Info.Version)));
        Assert.Null(rows[0].Info.DocNumber);   // nulls and repeated strings survive the packing
        Assert.Equal("1970-01-01T00:00:00Z", rows[0].Info.IngestedAt);

        KbDatabase.Update(Db, DomainSegmenter, w => w.Remove("guangxi"));
        Assert.Equal(["liuzhou-new"], Listed().Select(r => r.Info.Id));
        Assert.Equal(Rows(), Listed());
        KbDatabase.Update(Db, DomainSegmenter, w => w.Remove("liuzhou-new"));
        Assert.Empty(Listed());

        // What the table holds, and what the packed list unpacks to.
        List<PlanRow> Rows()
        {
            using var db = new SqliteConnection($"Data Source={Db};Pooling=false");
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = PlanList.RowsSql;
            using var reader = command.ExecuteReader();
            return PlanList.Read(reader);
        }

        List<PlanRow> Listed()
        {
            using var db = new SqliteConnection($"Data Source={Db};Pooling=false");
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = "SELECT data FROM plan_list";
            return PlanList.Unpack((byte[])command.ExecuteScalar()!);
        }
    }

    // How many index rows hold a token in the word column, read from the FTS5 vocabulary: a row that
    // was deleted with the wrong tokens would still be counted.
    private long Scalar(string sql)
    {
        using var db = new SqliteConnection($"Data Source={Db};Pooling=false");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private long IndexedRows(string token)
    {
        using var db = new SqliteConnection($"Data Source={Db};Pooling=false");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = """
            CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, passages, 'col');
            SELECT coalesce(sum(doc), 0) FROM temp.vocab WHERE term = $term AND col = 'words';
            """;
        command.Parameters.AddWithValue("$term", token);
        return (long)command.ExecuteScalar()!;
    }

    private List<string> Ids()
    {
        using var reader = KbReader.Open(Db);
        return reader.Documents().Select(d => d.Id).ToList();
    }
}
