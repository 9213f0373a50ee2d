using BenchmarkDotNet.Attributes;
using PolicyKB.Query.Ask;
using PolicyKB.Store;

namespace PolicyKB.Bench;

/// <summary>BenchmarkDotNet: one ask per question kind in a warm process.</summary>
[MemoryDiagnoser]
public class AskBenchmarks
{
    private BenchKb? _kb;
    private KbReader? _reader;
    private Asker? _asker;

    [ParamsSource(nameof(Questions))]
    public string Question { get; set; } = "";

    public static IEnumerable<string> Questions => AskQuestions.All;

    [GlobalSetup]
    public void Setup()
    {
        _kb = new BenchKb();
        (_reader, _asker) = _kb.OpenAsker();
        _asker.Ask(Question);
    }

    [Benchmark]
    public AskResult Ask() => _asker!.Ask(Question);

    [GlobalCleanup]
    public void Cleanup()
    {
        _reader?.Dispose();
        _kb?.Dispose();
    }
}
