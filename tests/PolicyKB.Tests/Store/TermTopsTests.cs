using Microsoft.Data.Sqlite;
using PolicyKB.Core;
using PolicyKB.Ingest;
using PolicyKB.Store;
using PolicyKB.Tests.Ingest;
using Xunit;
using static PolicyKB.Tests.Store.StoreFixtures;

namespace PolicyKB.Tests.Store;

/// <summary>A search for one lexicon term reads the term's kept ranking (TermTops) and must return exactly
/// what FTS5's bm25 ranking of every matching passage returns: the same passages, scores and order.</summary>
public sealed class TermTopsTests : IDisposable
{
    private static readonly int[] Limits = [1, 3, 10, 50, 120];
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("kb-tops-");
    private readonly string _db;

    public TermTopsTests() => _db = Path.Combine(_dir.FullName, "kb.db");

    public void Dispose() => _dir.Delete(recursive: true);

    // The bundled corpus eight times over (as generated national corpora recombine real plans): common terms
    // are in more passages than a term keeps, and identical paragraphs tie on score.
    private static List<Extraction> Copies(int copies)
    {
        var plans = Corpus.ReadAll(TestPaths.Corpus, IngestFixture.Ingestor);
        return Enumerable.Range(0, copies).SelectMany(copy => plans.Select(d =>
            Bare(d with { Id = $"{d.Id}-{copy}", Meta = d.Meta with { Title = $"{d.Meta.Title}（{copy}）" } }))).ToList();
    }

    [Fact]
    public void Kept_rankings_are_bm25_rankings_for_every_lexicon_term()
    {
        var plans = Copies(8);
        KbDatabase.Rebuild(_db, DomainSegmenter, w =>
        {
            foreach (var plan in plans)
                w.AddOrReplace(w.Prepare(plan), DateTimeOffset.UnixEpoch);
        });

        var kept = AssertSameAsFts5(_db);

        // Most terms are answered from their kept lists; 碳达峰 is in more passages than a list keeps.
        Assert.True(kept > DomainSegmenter.Lexicon.Terms.Count * Limits.Length / 2, $"{kept} kept rankings");
        Assert.True(Search(_db, "碳达峰", limit: 500).Count > TermTops.Kept);
    }

    [Fact]
    public void Kept_rankings_stay_exact_when_plans_are_added_revised_and_removed()
    {
        var plans = Copies(8);
        KbDatabase.Rebuild(_db, DomainSegmenter, w =>
        {
            foreach (var plan in plans.Take(12))
                w.AddOrReplace(w.Prepare(plan), DateTimeOffset.UnixEpoch);
        });
        KbDatabase.Update(_db, DomainSegmenter, w =>
        {
            w.Remove(plans[1].Document.Id);
            foreach (var plan in plans.Skip(12))
                w.AddOrReplace(w.Prepare(plan), DateTimeOffset.UnixEpoch);
        });
        KbDatabase.Update(_db, DomainSegmenter, w => w.AddOrReplace(w.Prepare(plans[0]), DateTimeOffset.UnixEpoch));

        Assert.True(AssertSameAsFts5(_db) > 0);
    }

    [Fact]
    public void Rankings_are_not_read_when_the_index_counted_other_totals()
    {
        Build(_db, Bare(Liuzhou()), Bare(Guangxi()));
        using (var db = new SqliteConnection($"Data Source={_db};Pooling=false"))
        {
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = "UPDATE meta SET value = '1 1' WHERE key = 'term_tops'";
            command.ExecuteNonQuery();
        }

        Assert.Equal(0, AssertSameAsFts5(_db));
        Assert.Contains("市农业农村局", Search(_db, "秸秆")[0].Text);
    }

    [Fact]
    public void Rows_are_counted_as_fts5_counts_their_tokens()
    {
        // Upper-case Latin and Greek, a decimal number, full-width letters, a CJK Extension B character,
        // symbols: FTS5's unicode61 tokenizer decides what a token is, and the kept rankings must agree.
        Build(_db, Bare(new Document("odd", new DocumentMeta { Title = "Ωmega碳达峰方案" },
            [Section("一、ＰＭ２.５与VOCs治理", 1,
                "到2025年，PM2.5浓度下降14.5%，VOCs排放总量下降10%；Δ指标、𠀋字与碳达峰、碳中和同步推进。",
                "碳达峰 — 碳达峰！α碳達峰β，CO₂排放达峰。")])));

        Assert.True(AssertSameAsFts5(_db) > 0);
        Assert.Equal(2, Search(_db, "碳达峰").Count);
    }

    [Fact]
    public void Search_hits_unpack_their_paragraph_and_heading_as_the_whole_plan_does()
    {
        // Hits unpack only the outline and their chunk of paragraphs; 40 paragraphs span three chunks.
        var first = Enumerable.Range(1, 25).Select(i => $"第{i}项：推进秸秆综合利用{new string('，', i % 3)}建设{i}个示范点。").ToArray();
        var second = Enumerable.Range(26, 15).Select(i => $"第{i}项：推广秸秆打捆直燃，到2025年完成{i}处。").ToArray();
        Build(_db, Bare(new Document("long", new DocumentMeta { Title = "秸秆综合利用工作方案" },
            [Section("一、重点任务", 1, first), Section("二、保障措施", 1, second)])));

        var hits = Search(_db, "秸秆", limit: 100);

        using var reader = KbReader.Open(_db);
        var whole = reader.Paragraphs("long");
        Assert.Equal(40, hits.Count);
        foreach (var hit in hits)
        {
            var index = whole.ToList().FindIndex(p => p.Text == hit.Text);
            Assert.True(index >= 0, hit.Text);
            Assert.Equal(whole[index].SectionPath, hit.SectionPath);
        }
    }

    [Fact]
    public void A_passage_not_kept_that_may_rank_first_sends_the_search_to_fts5()
    {
        var tops = TermTops.Empty(new TermMatcher(new Segmenter(PolicyKB.Rules.Lexicon.From(["秸秆"]))));
        // 100 passages of 10 tokens are kept; of the 51 longer ones, the one of 15 tokens is the best left out.
        for (var row = 1; row <= 151; row++)
            tops.Add(row, Once(row <= 100 ? 10 : row == 151 ? 15 : 20));
        var packed = Packed(tops);
        Assert.Equal(Enumerable.Range(1, 3), Ranked(packed, 3)!.Select(r => (int)r.Rowid));

        for (var row = 1; row <= 100; row++)
            tops.Remove(row, Once(10));
        tops.Add(400, Once(18));

        // FTS5 would rank passage 151 (15 tokens) above 400 (18): the kept list alone cannot answer.
        Assert.Null(Ranked(Packed(tops), 1));
    }

    [Fact]
    public void A_passage_not_kept_that_ties_and_comes_first_sends_the_search_to_fts5()
    {
        var tops = TermTops.Empty(new TermMatcher(new Segmenter(PolicyKB.Rules.Lexicon.From(["秸秆"]))));
        for (var row = 1; row <= 150; row++)
            tops.Add(row, Once(10));
        Packed(tops);
        for (var row = 1; row <= 100; row++)
            tops.Remove(row, Once(10));
        for (var row = 200; row < 210; row++)
            tops.Add(row, Once(10));

        // Same score for all; bm25 ties go by rowid, so 101 (not kept) comes before 200 (kept).
        Assert.Null(Ranked(Packed(tops), 3));
    }

    private static RowHits Once(int tokens) => new(tokens, [new TermHit(0, 0, 1, 0)]);

    private static byte[] Packed(TermTops tops) => Assert.Single(tops.Pack()).Data;

    private static List<(long Rowid, double Score)>? Ranked(byte[] packed, int limit) => TermTops.Top(packed, limit, 10_000, 100_000);

    // Every lexicon term at every limit, kept ranking against FTS5; returns how many came from kept lists.
    private static int AssertSameAsFts5(string db)
    {
        using var kept = KbReader.Open(db);
        using var fts5 = KbReader.Open(db);
        fts5.UseTermTops = false;
        foreach (var limit in Limits)
            foreach (var term in DomainSegmenter.Lexicon.Terms)
            {
                var request = new SearchRequest(term, Limit: limit);
                var expected = fts5.Search(request).Select(h => (h.ParagraphId, h.Score)).ToList();
                var actual = kept.Search(request).Select(h => (h.ParagraphId, h.Score)).ToList();
                Assert.True(expected.SequenceEqual(actual), $"{term}, limit {limit}");
            }
        Assert.Equal(0, fts5.KeptRankings);
        return kept.KeptRankings;
    }
}
