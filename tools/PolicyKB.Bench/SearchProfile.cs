using System.Diagnostics;
using PolicyKB.Query;

namespace PolicyKB.Bench;

/// <summary>`PolicyKB.Bench search-profile --db F`: each benchmark search's median latency when repeated, then
/// the scale benchmark's rotation of them.</summary>
internal static class SearchProfile
{
    public static int Run(string db, string rules)
    {
        using var kb = new KnowledgeBase(new KbOptions { DbPath = db, RulesDir = rules });
        var all = new List<double>();
        foreach (var q in ScaleBench.SearchTerms)
        {
            kb.Search(q);
            var times = new List<double>();
            var clock = new Stopwatch();
            for (var i = 0; i < 30; i++)
            {
                clock.Restart();
                var hits = kb.Search(q);
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
            times.Sort();
            all.Add(times[15]);
            Console.WriteLine($"{q}\t{times[15]:0.000} ms\tmin {times[0]:0.000}");
        }
        all.Sort();
        Console.WriteLine($"median of medians {all[all.Count / 2]:0.000} ms");
        Console.WriteLine($"scale benchmark's rotation (3 s): p50/p95/p99 {ScaleBench.WarmSearch(db, rules, 3)} ms");
        // The recall benchmark's 46 terms (lexicon terms and others: 排放, 交易, 发电 …), each once, in a new process's reader.
        using var reader = PolicyKB.Store.KbReader.Open(db);
        var once = new List<double>();
        foreach (var term in SearchRecall.Terms)
        {
            var clock = Stopwatch.StartNew();
            reader.Search(new PolicyKB.Store.SearchRequest(term));
            once.Add(clock.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"recall terms once each: p50/p95/p99 {Percentiles.Of(once)} ms; {reader.KeptRankings} of {once.Count} from kept rankings");
        return 0;
    }
}
