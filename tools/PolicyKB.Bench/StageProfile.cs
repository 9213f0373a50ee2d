using System.Diagnostics;
using PolicyKB.Core;
using PolicyKB.Extract;
using PolicyKB.Ingest;
using PolicyKB.Rules;
using PolicyKB.Store;

namespace PolicyKB.Bench;

/// <summary>`PolicyKB.Bench stages --corpus DIR`: the index pipeline's stages one after another on one
/// thread (read + ingest, extract, segment and pack, insert, commit), each timed, to show where
/// the time of `kb index` goes.</summary>
internal static class StageProfile
{
    public static int Run(string corpus, string rulesDir, string db)
    {
        var clock = Stopwatch.StartNew();
        var rules = RuleSet.Load(rulesDir);
        var lexicon = Lexicon.Load(Path.Combine(rulesDir, "lexicon.yaml"));
        Report("load rules", clock, 0);

        var files = Directory.GetFiles(corpus, "*.md").Order(StringComparer.Ordinal).ToList();
        var texts = files.Select(File.ReadAllText).ToList();
        var characters = texts.Sum(t => (long)t.Length);
        Report("read files", clock, characters);

        var ingestor = new Ingestor(rules.Regions);
        var documents = files.Select(ingestor.Read).ToList();
        Report("ingest (canonical .md)", clock, characters);

        var extractor = new Extractor(rules);
        var extractions = documents.Select(extractor.Extract).ToList();
        Report("extract", clock, characters);


        var segmenter = new Segmenter(lexicon);
        File.Delete(db);
        var inserted = TimeSpan.Zero;
        KbDatabase.Rebuild(db, segmenter, writer =>
        {
            var prepared = extractions.Select((e, i) => writer.Prepare(e)).ToList();
            Report("segment + pack (Prepare)", clock, characters);
            foreach (var plan in prepared)
                writer.AddOrReplace(plan, DateTimeOffset.UtcNow);
            Report("insert rows", clock, characters);
        });
        Report("commit + optimize + flush", clock, characters);
        Console.WriteLine($"targets {extractions.Sum(e => e.Targets.Count)}, measures {extractions.Sum(e => e.Measures.Count)}, " +
            $"duties {extractions.Sum(e => e.Duties.Count)}, db {new FileInfo(db).Length / 1048576.0:0.0} MB");
        return 0;
    }

    private static TimeSpan _cpu, _paused;
    private static readonly int[] Collections = new int[3];

    // Wall time and CPU time of the process (the machine is shared: CPU time is the steadier figure), and
    // the garbage collections of the stage: how many of each generation, and the time they paused it. The
    // stages hold every plan in memory at once, unlike `kb index`: they collect more than it does.
    private static void Report(string stage, Stopwatch clock, long characters)
    {
        var seconds = clock.Elapsed.TotalSeconds;
        var cpuNow = Process.GetCurrentProcess().TotalProcessorTime;
        var cpu = (cpuNow - _cpu).TotalSeconds;
        _cpu = cpuNow;
        var counts = Enumerable.Range(0, 3).Select(g => GC.CollectionCount(g) - Collections[g]).ToList();
        for (var g = 0; g < 3; g++)
            Collections[g] += counts[g];
        var paused = GC.GetTotalPauseDuration() - _paused;
        _paused += paused;
        var gc = $"  GC {string.Join('/', counts)} {paused.TotalSeconds:0.00} s";
        Console.WriteLine(characters > 0
            ? $"{stage,-28} {seconds,7:0.000} s wall {cpu,7:0.000} s CPU  {characters / cpu / 1e6,6:0.00} M chars/CPU-s{gc}"
            : $"{stage,-28} {seconds,7:0.000} s wall {cpu,7:0.000} s CPU{gc}");
        clock.Restart();
    }
}
