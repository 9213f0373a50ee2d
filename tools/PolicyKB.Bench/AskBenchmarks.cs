using BenchmarkDotNet.Attributes;
using PolicyKB.Query.Ask;
using PolicyKB.Store;

namespace PolicyKB.Bench;

/// <summary>kb ask inside a warm process, one benchmark per question of <see cref="AskQuestions"/> about the
/// bundled corpus (POLICYKB_BENCH_DB names another database).</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class AskBenchmarks
{
    private KbAsker _asker = null!;

    [ParamsSource(nameof(Questions))]
    public string Question { get; set; } = "";

    public static IEnumerable<string> Questions()
    {
        using var reader = KbReader.Open(AskKb.Build());
        return AskQuestions.For(reader.Documents());
    }

    [GlobalSetup]
    public void Setup()
    {
        _asker = AskKb.Open(AskKb.Build());
        _asker.Ask(Question);
    }

    [GlobalCleanup]
    public void Cleanup() => _asker.Dispose();

    [Benchmark]
    public string Ask() => _asker.Ask(Question).Answer;
}
