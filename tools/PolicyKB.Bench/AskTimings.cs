using System.Diagnostics;
using System.Globalization;

namespace PolicyKB.Bench;

/// <summary>Latency of ask inside a warm process (one asker, many questions; median and tail over all
/// asks after a warm-up round) and wall time of cold `kb ask … --json` processes (each a new
/// `dotnet kb.dll`, as a user runs it).</summary>
internal static class AskTimings
{
    public static int Run(string[] args, TextWriter output)
    {
        var warmRounds = Option(args, "--warm", 200);
        var coldRuns = Option(args, "--cold", 20);
        var db = args.SkipWhile(a => a != "--db").Skip(1).FirstOrDefault();
        using var kb = new BenchKb(db);
        output.WriteLine($"knowledge base: {kb.DbPath}");

        var warm = Warm(kb, warmRounds);
        output.WriteLine($"warm ask ({warm.Count} asks, {AskQuestions.All.Length} questions × {warmRounds} rounds): " +
            $"median {Ms(Percentile(warm, 50))}, p95 {Ms(Percentile(warm, 95))}, p99 {Ms(Percentile(warm, 99))}, max {Ms(warm.Max())}");

        if (coldRuns > 0)
        {
            var baseline = Cold(["--version"], Math.Min(coldRuns, 10));
            var cold = Cold(null, coldRuns, kb.DbPath);
            output.WriteLine($"cold `kb ask --json` process ({cold.Count} runs): median {Ms(Percentile(cold, 50))}, " +
                $"min {Ms(cold.Min())}, p95 {Ms(Percentile(cold, 95))}; `kb --version` median {Ms(Percentile(baseline, 50))}");
        }
        return 0;
    }

    private static List<double> Warm(BenchKb kb, int rounds)
    {
        var (reader, asker) = kb.OpenAsker();
        using (reader)
        {
            foreach (var question in AskQuestions.All)   // warm-up: JIT, plan records read once
                asker.Ask(question);
            var times = new List<double>();
            var clock = new Stopwatch();
            for (var round = 0; round < rounds; round++)
                foreach (var question in AskQuestions.All)
                {
                    clock.Restart();
                    asker.Ask(question);
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
            return times;
        }
    }

    private static List<double> Cold(string[]? fixedArgs, int runs, string? db = null)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var args = fixedArgs ?? ["--db", db!, "ask", AskQuestions.All[i % AskQuestions.All.Length], "--json"];
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(BenchKb.KbDll);
            foreach (var arg in args)
                start.ArgumentList.Add(arg);
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            times.Add(clock.Elapsed.TotalMilliseconds);
            if (process.ExitCode is not (0 or 3))
                throw new InvalidOperationException($"kb {string.Join(' ', args)} exited {process.ExitCode}");
        }
        return times;
    }

    private static double Percentile(List<double> values, int percent)
    {
        var sorted = values.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    private static string Ms(double ms) => ms.ToString(ms < 10 ? "0.000" : "0.0", CultureInfo.InvariantCulture) + " ms";

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var n) ? n : fallback;
    }
}
