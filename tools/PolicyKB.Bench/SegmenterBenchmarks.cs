using System.Text;
using BenchmarkDotNet.Attributes;
using Icu;
using PolicyKB.Rules;
using PolicyKB.Store;

namespace PolicyKB.Bench;

/// <summary>Segmentation throughput on the bundled corpus's paragraphs (see the chars/s column): ICU word
/// break alone (through icu.net: a new iterator per text via Split, or one reused iterator; or libicuuc
/// called directly as the segmenter does), and the index's words (ICU + lexicon lattice).</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class SegmenterBenchmarks
{
    private string[] _texts = [];
    private Segmenter _segmenter = null!;
    private BreakIterator _iterator = null!;
    private IcuWordBreak _native = null!;
    private readonly StringBuilder _output = new();

    [GlobalSetup]
    public void Setup()
    {
        _segmenter = new Segmenter(Lexicon.Load(Path.Combine(BenchText.RulesDir, "lexicon.yaml")));
        _texts = BenchText.Paragraphs().Select(_segmenter.Fold).ToArray();
        _ = _segmenter.Fingerprint();   // initialises ICU
        _iterator = BreakIterator.CreateWordInstance(new Locale("zh"));
        _native = IcuWordBreak.TryCreate() ?? throw new InvalidOperationException("libicuuc cannot be loaded");
    }

    [Benchmark(Baseline = true)]
    public int IcuSplit()
    {
        var count = 0;
        foreach (var text in _texts)
            count += BreakIterator.Split(BreakIterator.UBreakIteratorType.WORD, "zh", text).Count();
        return count;
    }

    [Benchmark]
    public int IcuReusedIterator()
    {
        var count = 0;
        foreach (var text in _texts)
        {
            _iterator.SetText(text);
            _iterator.MoveFirst();
            for (var end = _iterator.MoveNext(); end != BreakIterator.DONE; end = _iterator.MoveNext())
                count += _iterator.GetRuleStatus() != 0 ? 1 : 0;
        }
        return count;
    }

    [Benchmark]
    public int IcuNative()
    {
        var count = 0;
        var segments = new List<(int End, bool Word)>();
        foreach (var text in _texts)
        {
            segments.Clear();
            _native.Boundaries(text, segments);
            count += segments.Count;
        }
        return count;
    }

    [Benchmark]
    public int Words()
    {
        var length = 0;
        foreach (var text in _texts)
        {
            _output.Clear();
            _segmenter.AppendWords(_output, text);
            length += _output.Length;
        }
        return length;
    }

    [Benchmark]
    public int Fold()
    {
        var length = 0;
        foreach (var text in _texts)
            length += _segmenter.Fold(text).Length;
        return length;
    }
}
