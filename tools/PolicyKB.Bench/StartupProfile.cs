using System.Diagnostics;
using PolicyKB.Query;
using PolicyKB.Rules;
using PolicyKB.Store;

namespace PolicyKB.Bench;

/// <summary>`PolicyKB.Bench startup --db F`: what a cold `kb search` spends its time on, step by step, in
/// this fresh process (each step's first call: loading, JIT, native initialisation).</summary>
internal static class StartupProfile
{
    public static int Run(string db)
    {
        var clock = Stopwatch.StartNew();
        Step("process start → Main", TimeSpan.FromMilliseconds((DateTime.Now - Process.GetCurrentProcess().StartTime).TotalMilliseconds), clock);
        clock.Restart();
        using var reader = KbReader.Open(db);
        Step("open database (SQLite init, schema check)", clock);
        var segmenter = reader.Segmenter;
        Step("segmenter (lexicon from the database)", clock);
        _ = TextFold.ForMatch("秸秆");
        Step("fold 秸秆 (Traditional→Simplified transliterator)", clock);
        _ = segmenter.Words("秸秆");
        Step("segment 秸秆 (ICU init, word break iterator)", clock);
        var hits = reader.Search(new SearchRequest("秸秆"));
        Step($"first search ({hits.Count} hits)", clock);
        hits = reader.Search(new SearchRequest("光伏"));
        Step("second search", clock);
        System.Text.Json.JsonSerializer.Serialize(SearchResponse.From("秸秆", hits), KbJson.Options);
        Step("JSON of the hits", clock);
        return 0;
    }

    private static void Step(string what, Stopwatch clock)
    {
        Step(what, clock.Elapsed, clock);
        clock.Restart();
    }

    private static void Step(string what, TimeSpan elapsed, Stopwatch _) => Console.WriteLine($"{elapsed.TotalMilliseconds,8:0.0} ms  {what}");
}
