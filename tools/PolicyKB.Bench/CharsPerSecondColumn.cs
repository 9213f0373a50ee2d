using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PolicyKB.Bench;

/// <summary>Throughput of a segmenter benchmark: the corpus's paragraph characters per second of its mean.</summary>
public sealed class CharsPerSecondColumn : IColumn
{
    private readonly Lazy<long> _characters = new(() => BenchText.Paragraphs().Sum(p => (long)p.Length));

    public string Id => nameof(CharsPerSecondColumn);
    public string ColumnName => "M chars/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "Corpus paragraph characters per second, in millions (one core)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (benchmarkCase.Descriptor.Type != typeof(SegmenterBenchmarks) || summary[benchmarkCase]?.ResultStatistics is not { } stats)
            return "-";
        return (_characters.Value / (stats.Mean / 1e9) / 1e6).ToString("0.00");
    }

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
