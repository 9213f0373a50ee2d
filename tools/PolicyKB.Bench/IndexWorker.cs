using System.Diagnostics;
using System.Text.Json;
using PolicyKB.Extract;
using PolicyKB.Query;
using PolicyKB.Rules;

namespace PolicyKB.Bench;

/// <summary>What one index build did and cost, as the worker process reports it.</summary>
public sealed record IndexRun(double Seconds, double CpuSeconds, long PeakBytes, int Plans, int Paragraphs, int Targets);

/// <summary>`PolicyKB.Bench index-worker`: rebuilds a knowledge base in this (fresh) process with the whole
/// pipeline — read and ingest every canonical plan, extract with the rules, segment and store — the way
/// `kb index` composes it, and prints one JSON line with the cost. Run as a child of the scale benchmark so
/// each build starts cold and its peak memory is its own.</summary>
internal static class IndexWorker
{
    public static int Run(string corpus, string db, string rules)
    {
        var clock = Stopwatch.StartNew();
        var extractor = new Extractor(RuleSet.Load(rules));
        using var kb = new KnowledgeBase(new KbOptions { DbPath = db, RulesDir = rules, Extract = extractor.Extract });
        var report = kb.Index(corpus);
        clock.Stop();
        using var me = Process.GetCurrentProcess();
        var run = new IndexRun(clock.Elapsed.TotalSeconds, me.TotalProcessorTime.TotalSeconds, me.PeakWorkingSet64,
            report.Documents.Count, report.Paragraphs, report.Documents.Sum(d => d.Targets));
        Console.WriteLine(JsonSerializer.Serialize(run));
        return 0;
    }
}
