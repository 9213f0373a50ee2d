using BenchmarkDotNet.Attributes;
using PolicyKB.CorpusGen;
using PolicyKB.Query;

namespace PolicyKB.Bench;

/// <summary>Search inside a warm process on a knowledge base of generated plans (300 by default;
/// POLICYKB_BENCH_DB names an existing database instead).</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private KnowledgeBase _kb = null!;

    [GlobalSetup]
    public void Setup()
    {
        var db = Environment.GetEnvironmentVariable("POLICYKB_BENCH_DB");
        if (string.IsNullOrEmpty(db))
        {
            var work = Path.Combine(Path.GetTempPath(), "policykb-bench-micro");
            db = Path.Combine(work, "kb300.db");
            if (!File.Exists(db))
            {
                var corpus = Path.Combine(work, "gen300");
                CorpusWriter.Write(new CorpusOptions { Count = 300, OutDir = corpus, RepoRoot = BenchText.RepoRoot });
                using var builder = new KnowledgeBase(new KbOptions { DbPath = db, RulesDir = BenchText.RulesDir });
                builder.Index(corpus);
            }
        }
        _kb = new KnowledgeBase(new KbOptions { DbPath = db, RulesDir = BenchText.RulesDir });
        _kb.Search("秸秆");
    }

    [GlobalCleanup]
    public void Cleanup() => _kb.Dispose();

    [Benchmark]
    public int TwoCharacters() => _kb.Search("秸秆").Count;

    [Benchmark]
    public int LongTerm() => _kb.Search("单位地区生产总值能源消耗").Count;

    [Benchmark]
    public int TwoTerms() => _kb.Search("新能源 公交").Count;
}
