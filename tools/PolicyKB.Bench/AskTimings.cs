using System.Diagnostics;
using PolicyKB.Store;

namespace PolicyKB.Bench;

/// <summary>`PolicyKB.Bench ask`: kb ask on the bundled corpus, quickly — latency inside a warm process
/// (every question once, then rounds for the time given; p50/p95/p99 over all asks) and the median wall
/// time of cold `kb ask … --json` processes, next to `kb --version` (the runtime's own start-up).</summary>
internal static class AskTimings
{
    public static int Run(string kbPath, double warmSeconds, int coldRuns)
    {
        var db = AskKb.Build();
        IReadOnlyList<string> questions;
        var times = new List<double>();
        using (var asker = AskKb.Open(db))
        {
            using (var reader = KbReader.Open(db))
                questions = AskQuestions.For(reader.Documents());
            foreach (var question in questions)
                asker.Ask(question);
            var budget = Stopwatch.StartNew();
            var clock = new Stopwatch();
            do
            {
                foreach (var question in questions)
                {
                    clock.Restart();
                    asker.Ask(question);
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
            }
            while (budget.Elapsed.TotalSeconds < warmSeconds);
        }
        Console.WriteLine($"knowledge base: {db}");
        Console.WriteLine($"warm ask p50 / p95 / p99 ms: {Percentiles.Of(times)} ({times.Count} asks of {questions.Count} questions)");
        if (coldRuns <= 0)
            return 0;
        if (!File.Exists(kbPath))
        {
            Console.Error.WriteLine($"{kbPath} not found: build it first (dotnet build src/PolicyKB.Cli -c Release) or pass --kb");
            return 1;
        }
        var version = Cold(kbPath, _ => ["--version"], coldRuns);
        var ask = Cold(kbPath, i => ["--db", db, "ask", questions[i % questions.Count], "--json"], coldRuns);
        Console.WriteLine($"cold `kb ask --json` s (median of {coldRuns}): {ask:0.000}; `kb --version`: {version:0.000}");
        return 0;
    }

    // The first run warms the file cache and is not counted.
    private static double Cold(string kbPath, Func<int, IReadOnlyList<string>> arguments, int runs)
    {
        var walls = new List<double>();
        for (var i = 0; i <= runs; i++)
        {
            var (program, args) = kbPath.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
                ? ("dotnet", (IReadOnlyList<string>)[kbPath, .. arguments(i)]) : (kbPath, arguments(i));
            var result = ChildProcess.Run(program, args, sample: false);
            if (result.ExitCode is not (0 or 3))   // kb ask: 3 = no answer in the knowledge base
                throw new InvalidOperationException($"kb {string.Join(' ', args)} failed ({result.ExitCode}): {result.Stderr}");
            if (i > 0)
                walls.Add(result.Wall.TotalSeconds);
        }
        return Percentiles.Median(walls);
    }
}
