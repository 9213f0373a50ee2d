using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PolicyKB.CorpusGen;
using PolicyKB.Query;
using PolicyKB.Query.Ask;
using PolicyKB.Query.Targets;
using PolicyKB.Rules;
using PolicyKB.Store;

namespace PolicyKB.Bench;

/// <summary>Options of the whole-process benchmark.</summary>
public sealed record ScaleOptions
{
    public required string RepoRoot { get; init; }
    public IReadOnlyList<int> Sizes { get; init; } = [30, 300, 3000];
    public int Seed { get; init; } = 1;
    public required string WorkDir { get; init; }

    /// <summary>The built `kb` (apphost or kb.dll) whose cold start is timed.</summary>
    public required string Kb { get; init; }

    /// <summary>worker: this program's index-worker (ingest + extract + index, composed like `kb index`);
    /// kb: the `kb index` process itself.</summary>
    public string Indexer { get; init; } = "kb";

    public int ColdRuns { get; init; } = 11;
    public double WarmSeconds { get; init; } = 3;
    public string? MarkdownOut { get; init; }
}

/// <summary>One size's measurements.</summary>
public sealed record ScaleResult(
    int N, long Characters, long Utf8Bytes, IndexRun Index, double IndexWall, long DbBytes,
    Percentiles? Search, Percentiles? Ask, Percentiles? Targets, double? ColdSearch, double? ColdAsk)
{
    public double CharsPerSecond => Characters / IndexWall;
    public double CpuMicrosPerChar => Index.CpuSeconds * 1e6 / Characters;
    public double DbRatio => (double)DbBytes / Utf8Bytes;
}

/// <summary>The benchmark of issue 7 for N = 30, 300, 3,000 generated plans: index throughput, database
/// size, peak memory, warm query latency and cold `kb` process wall time; prints a Markdown table.</summary>
public sealed class ScaleBench(ScaleOptions options)
{
    internal static IReadOnlyList<string> SearchTerms => SearchQueries;

    private static readonly string[] SearchQueries =
    [
        "秸秆", "光伏", "碳汇", "新能源 公交", "单位地区生产总值能源消耗", "非化石能源消费比重", "森林覆盖率", "装配式建筑",
        "绿色金融", "充电桩", "煤炭消费", "能耗双控", "节约型机关", "公转铁", "碳排放权交易", "氢能", "储能", "超低排放",
        "建筑节能标准", "清洁能源车辆 占比", "农膜回收率", "工业固废 综合利用", "绿色建筑", "甲烷", "碳达峰",
    ];

    private string Rules => Path.Combine(options.RepoRoot, "rules");

    public IReadOnlyList<ScaleResult> Run()
    {
        var results = new List<ScaleResult>();
        foreach (var n in options.Sizes)
        {
            results.Add(RunOne(n));
            Console.Error.WriteLine();
        }
        var table = Table(results);
        Console.WriteLine(table);
        if (options.MarkdownOut is { } path)
            File.WriteAllText(path, table);
        return results;
    }

    private ScaleResult RunOne(int n)
    {
        var corpus = Path.Combine(options.WorkDir, $"gen{n}-s{options.Seed}");
        var db = Path.Combine(options.WorkDir, $"kb{n}-s{options.Seed}.db");
        Log($"N={n}: generating {corpus}");
        CorpusWriter.Write(new CorpusOptions { Count = n, Seed = options.Seed, OutDir = corpus, RepoRoot = options.RepoRoot });
        long characters = 0, bytes = 0;
        foreach (var file in Directory.GetFiles(corpus, "*.md"))
        {
            var data = File.ReadAllBytes(file);
            bytes += data.Length;
            characters += Encoding.UTF8.GetCharCount(data);
        }

        Log($"N={n}: indexing {characters:N0} characters ({options.Indexer})");
        File.Delete(db);
        var (index, wall) = Index(corpus, db);
        var dbBytes = new FileInfo(db).Length;
        Log($"N={n}: {wall:0.00} s wall, {index.CpuSeconds:0.00} s CPU, {characters / wall / 1e6:0.00} M chars/s, " +
            $"peak {index.PeakBytes / 1048576.0:0} MB, db {dbBytes / 1048576.0:0.0} MB ({(double)dbBytes / bytes:0.00}× corpus)");

        var search = WarmSearch(db);
        Log($"N={n}: warm search p50/p95/p99 {search} ms ({search.Calls} calls)");
        var targets = WarmTargets(db);
        Log($"N={n}: warm targets p50/p95/p99 {targets} ms ({targets.Calls} calls)");
        var (ask, question) = WarmAsk(db);
        Log($"N={n}: warm ask p50/p95/p99 {ask} ms ({ask.Calls} calls)");
        var coldSearch = Cold(db, ["search", "秸秆"]);
        Log($"N={n}: cold kb search {coldSearch:0.000} s (median of {options.ColdRuns})");
        var coldAsk = Cold(db, ["ask", question]);
        Log($"N={n}: cold kb ask {coldAsk:0.000} s (median of {options.ColdRuns}): {question}");
        return new ScaleResult(n, characters, bytes, index, wall, dbBytes, search, ask, targets, coldSearch, coldAsk);
    }

    private (IndexRun Run, double Wall) Index(string corpus, string db)
    {
        if (options.Indexer == "kb")
        {
            var kb = Command(options.Kb, ["index", "--corpus", corpus, "--db", db, "--rules", Rules]);
            var result = ChildProcess.Run(kb.Program, kb.Arguments);
            Check(result, "kb index");
            return (new IndexRun(result.Wall.TotalSeconds, result.Cpu.TotalSeconds, result.PeakBytes, 0, 0, 0), result.Wall.TotalSeconds);
        }
        var self = Command(SelfPath(), ["index-worker", "--corpus", corpus, "--db", db, "--rules", Rules]);
        var worker = ChildProcess.Run(self.Program, self.Arguments);
        Check(worker, "index-worker");
        var run = JsonSerializer.Deserialize<IndexRun>(worker.Stdout.Trim().Split('\n')[^1])!;
        return (run, worker.Wall.TotalSeconds);
    }

    private Percentiles WarmSearch(string db) => WarmSearch(db, Rules, options.WarmSeconds);

    /// <summary>The benchmark's searches (SearchQueries, one region's, one level's) in rounds for
    /// <paramref name="seconds"/>, after one round to warm up.</summary>
    internal static Percentiles WarmSearch(string db, string rules, double seconds)
    {
        using var kb = new KnowledgeBase(new KbOptions { DbPath = db, RulesDir = rules });
        var region = kb.Documents().Select(d => d.Region).OfType<string>().First();
        var calls = SearchQueries.Select(q => (Action)(() => kb.Search(q)))
            .Append(() => kb.Search("光伏", region: region))
            .Append(() => kb.Search("碳达峰", level: "city"))
            .ToList();
        return Warm(calls, seconds);
    }

    // `kb targets` filters: a metric across regions for a year, one region's targets, a metric for all
    // years, a region and a metric, a metric named by a word of its name.
    private Percentiles WarmTargets(string db)
    {
        using var kb = new KnowledgeBase(new KbOptions { DbPath = db, RulesDir = Rules });
        var regions = kb.Documents().Select(d => d.Region).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        TargetFilter[] filters =
        [
            new(null, "单位GDP能耗", 2025), new(regions[0], null, null), new(null, "森林覆盖率", null),
            new(regions[^1], "非化石能源消费比重", null), new(null, "光伏", 2025),
        ];
        return Warm(filters.Select(f => (Action)(() => kb.Targets(f))).ToList());
    }

    // Questions about the stored regions, asked as `kb ask` asks them; the cold process asks the first
    // (a value question).
    private (Percentiles Latency, string First) WarmAsk(string db)
    {
        using var asker = KbAsker.Open(db, RuleSet.Load(Rules), Rules);
        IReadOnlyList<string> questions;
        using (var reader = KbReader.Open(db))
            questions = AskQuestions.For(reader.Documents());
        return (Warm(questions.Select(q => (Action)(() => asker.Ask(q))).ToList()), questions[0]);
    }

    private Percentiles Warm(IReadOnlyList<Action> calls) => Warm(calls, options.WarmSeconds);

    // Every call once to warm up (JIT, SQLite page cache), then rounds until the time is spent.
    private static Percentiles Warm(IReadOnlyList<Action> calls, double seconds)
    {
        foreach (var call in calls)
            call();
        var times = new List<double>();
        var budget = Stopwatch.StartNew();
        var clock = new Stopwatch();
        do
        {
            foreach (var call in calls)
            {
                clock.Restart();
                call();
                times.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        while (budget.Elapsed.TotalSeconds < seconds);
        return Percentiles.Of(times);
    }

    private double Cold(string db, IReadOnlyList<string> arguments)
    {
        var kb = Command(options.Kb, [.. arguments, "--db", db]);
        var walls = new List<double>();
        for (var i = 0; i <= options.ColdRuns; i++)
        {
            var result = ChildProcess.Run(kb.Program, kb.Arguments, sample: false);
            if (result.ExitCode is not (0 or 3))   // kb ask: 3 = no answer in the knowledge base
                Check(result, "kb " + arguments[0]);
            if (i > 0)   // the first run warms the file cache
                walls.Add(result.Wall.TotalSeconds);
        }
        return Percentiles.Median(walls);
    }

    private static (string Program, IReadOnlyList<string> Arguments) Command(string path, IReadOnlyList<string> arguments) =>
        path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? ("dotnet", [path, .. arguments]) : (path, arguments);

    private static string SelfPath()
    {
        var apphost = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "PolicyKB.Bench.exe" : "PolicyKB.Bench");
        return File.Exists(apphost) ? apphost : Path.Combine(AppContext.BaseDirectory, "PolicyKB.Bench.dll");
    }

    private static void Check(ChildResult result, string what)
    {
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"{what} failed ({result.ExitCode}): {result.Stderr}");
    }

    private static void Log(string message) => Console.Error.WriteLine(message);

    public static string Table(IReadOnlyList<ScaleResult> results)
    {
        var md = new StringBuilder();
        string Row(string metric, string goal, Func<ScaleResult, string> cell) =>
            $"| {metric} | {goal} | {string.Join(" | ", results.Select(cell))} |\n";
        md.Append("| metric | goal (N = 3,000) | ").Append(string.Join(" | ", results.Select(r => $"N = {r.N:N0}"))).Append(" |\n");
        md.Append("| --- | --- | ").Append(string.Join(" | ", results.Select(_ => "---:"))).Append(" |\n");
        md.Append(Row("corpus: characters (UTF-8 MB)", "", r => $"{r.Characters / 1e6:0.00} M ({r.Utf8Bytes / 1048576.0:0.0})"));
        md.Append(Row("ingest + extract + index: wall s", "", r => $"{r.IndexWall:0.00}"));
        md.Append(Row("ingest + extract + index: M chars/s", "≥ 2.2", r => $"{r.CharsPerSecond / 1e6:0.00}"));
        md.Append(Row("index CPU µs / char (both cores)", "", r => $"{r.CpuMicrosPerChar:0.00}"));
        md.Append(Row("database / corpus UTF-8 size", "≤ 1.5×", r => $"{r.DbRatio:0.00}×"));
        md.Append(Row("peak memory while indexing", "≤ 1 GB", r => $"{r.Index.PeakBytes / 1048576.0:0} MB"));
        md.Append(Row("search p50 / p95 / p99 ms (warm)", "p50 ≤ 0.65", r => r.Search?.ToString() ?? "—"));
        md.Append(Row("ask p50 / p95 / p99 ms (warm)", "p50 ≤ 5", r => r.Ask?.ToString() ?? "—"));
        md.Append(Row("targets p50 / p95 / p99 ms (warm)", "", r => r.Targets?.ToString() ?? "—"));
        md.Append(Row("cold `kb search` s (median)", "≤ 0.15", r => r.ColdSearch is { } s ? $"{s:0.000}" : "—"));
        md.Append(Row("cold `kb ask` s (median)", "≤ 0.15", r => r.ColdAsk is { } s ? $"{s:0.000}" : "—"));
        var small = results.FirstOrDefault(r => r.N == 300);
        var large = results.FirstOrDefault(r => r.N == 3000);
        if (small is not null && large is not null)
            md.Append(CultureInfo.InvariantCulture, $"\nCost per character, N = 3,000 vs N = 300: wall {large.IndexWall / large.Characters / (small.IndexWall / small.Characters):0.00}, " +
                $"CPU {large.CpuMicrosPerChar / small.CpuMicrosPerChar:0.00} (1.00 = linear).\n");
        return md.ToString();
    }
}
