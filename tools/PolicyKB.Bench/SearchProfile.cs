using System.Diagnostics;
using PolicyKB.Query;

namespace PolicyKB.Bench;

/// <summary>`PolicyKB.Bench search-profile --db F`: each benchmark search's median warm latency.</summary>
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
        return 0;
    }
}

internal static class BodyProfile
{
    public static int Run(string db)
    {
        using var reader = PolicyKB.Store.KbReader.Open(db);
        var plans = reader.Documents().Take(400).ToList();
        var clock = Stopwatch.StartNew();
        var n = 0;
        foreach (var p in plans.Take(200))
            n += reader.Paragraphs(p.Id).Count;
        Console.WriteLine($"200 plan bodies: {clock.Elapsed.TotalMilliseconds / 200:0.000} ms each ({n} paragraphs)");
        clock.Restart();
        foreach (var p in plans.Skip(200).Take(200))
            n += reader.Paragraphs(p.Id).Count;
        Console.WriteLine($"next 200: {clock.Elapsed.TotalMilliseconds / 200:0.000} ms each");
        return 0;
    }
}

internal static class WarmSearchOnly
{
    public static int Run(string db, string rules)
    {
        using var kb = new KnowledgeBase(new KbOptions { DbPath = db, RulesDir = rules });
        var region = kb.Documents().Select(d => d.Region).OfType<string>().First();
        var calls = ScaleBench.SearchTerms.Select(q => (Action)(() => kb.Search(q)))
            .Append(() => kb.Search("光伏", region: region))
            .Append(() => kb.Search("碳达峰", level: "city"))
            .ToList();
        foreach (var call in calls)
            call();
        var times = new List<double>();
        var budget = Stopwatch.StartNew();
        var clock = new Stopwatch();
        do
            foreach (var call in calls)
            {
                clock.Restart();
                call();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        while (budget.Elapsed.TotalSeconds < 3);
        Console.WriteLine($"warm search p50/p95/p99 {Percentiles.Of(times)} ms ({times.Count} calls)");
        return 0;
    }
}

internal static class PassageProfile
{
    public static int Run(string db)
    {
        using var sqlite = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly");
        sqlite.Open();
        var blobs = new List<byte[]>();
        using (var cmd = sqlite.CreateCommand())
        {
            cmd.CommandText = "SELECT body FROM plan_data LIMIT 500";
            using var r = cmd.ExecuteReader();
            while (r.Read())
                blobs.Add((byte[])r.GetValue(0));
        }
        for (var round = 0; round < 3; round++)
        {
            var clock = Stopwatch.StartNew();
            foreach (var b in blobs)
                PolicyKB.Store.PlanBody.Unpack(b, "x");
            var full = clock.Elapsed.TotalMilliseconds / blobs.Count;
            clock.Restart();
            foreach (var b in blobs)
                PolicyKB.Store.PlanBody.Chunk(b, PolicyKB.Store.PlanBody.Outline(b), 0);
            var one = clock.Elapsed.TotalMilliseconds / blobs.Count;
            Console.WriteLine($"unpack {full * 1000:0} µs, one paragraph {one * 1000:0} µs, blob {blobs.Average(b => b.Length):0} bytes");
        }
        return 0;
    }
}
