using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using PolicyKB.Bench;
using PolicyKB.CorpusGen;

// PolicyKB.Bench [scale] [options]              whole-process table for N = 30, 300, 3000 (see tools/README.md)
// PolicyKB.Bench micro [BenchmarkDotNet args]    in-process micro-benchmarks (segmenter, search), ShortRun
// PolicyKB.Bench stages --corpus DIR               one thread, each stage of the index pipeline timed
// PolicyKB.Bench startup --db F [--ask Q]        a cold search's (or ask's) steps, timed in this fresh process
// PolicyKB.Bench fold-table [--out FILE]          regenerates src/PolicyKB.Rules/TraditionalSimplified.txt
// PolicyKB.Bench recall --db F                     how many paragraphs holding a term as a substring search finds
// PolicyKB.Bench search-profile --db F             each benchmark search's latency, then the warm rotation
// PolicyKB.Bench tops-check --db F                 every lexicon term's kept ranking against FTS5's (same hits?)
// PolicyKB.Bench matcher --db F                    what finding the lexicon terms' phrases in every row costs
// PolicyKB.Bench dump --db F                       what readers get from a knowledge base, as JSON lines
// PolicyKB.Bench index-worker --corpus D --db F --rules R    (scale --indexer worker)
// PolicyKB.Bench ask [--kb PATH] [--warm-seconds S] [--cold-runs N]   kb ask on the bundled corpus, warm and cold
var mode = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : "scale";
var rest = args.Length > 0 && !args[0].StartsWith('-') ? args[1..] : args;

switch (mode)
{
    case "micro":
        var config = DefaultConfig.Instance.AddColumn(new CharsPerSecondColumn());
        BenchmarkSwitcher.FromAssembly(typeof(SegmenterBenchmarks).Assembly).Run(rest.Length == 0 ? ["--filter", "*"] : rest, config);
        return 0;
    case "stages":
        return StageProfile.Run(Option(rest, "--corpus")!, Option(rest, "--rules") ?? BenchText.RulesDir,
            Option(rest, "--db") ?? Path.Combine(Path.GetTempPath(), "policykb-stages.db"));
    case "fold-table":
        return FoldTable.Write(Option(rest, "--out") ?? Path.Combine(BenchText.RepoRoot, "src", "PolicyKB.Rules", "TraditionalSimplified.txt"));
    case "startup":
        return StartupProfile.Run(Option(rest, "--db")!, Option(rest, "--ask"));
    case "ask":
        return AskTimings.Run(
            Option(rest, "--kb") ?? DefaultKb(BenchText.RepoRoot),
            double.Parse(Option(rest, "--warm-seconds") ?? "3", CultureInfo.InvariantCulture),
            int.Parse(Option(rest, "--cold-runs") ?? "11", CultureInfo.InvariantCulture));
    case "recall":
        return SearchRecall.Run(Option(rest, "--db")!);
    case "search-profile":
        return SearchProfile.Run(Option(rest, "--db")!, Option(rest, "--rules") ?? BenchText.RulesDir);
    case "tops-check":
        return TermTopsCheck.Run(Option(rest, "--db")!);
    case "matcher":
        return MatcherProfile.Run(Option(rest, "--db")!);
    case "dump":
        return Dump.Run(Option(rest, "--db")!);
    case "index-worker":
        return IndexWorker.Run(Option(rest, "--corpus")!, Option(rest, "--db")!, Option(rest, "--rules")!);
    case "scale":
        var repo = Option(rest, "--repo") ?? CorpusWriter.FindRepoRoot(Directory.GetCurrentDirectory());
        var options = new ScaleOptions
        {
            RepoRoot = repo,
            Sizes = (Option(rest, "--sizes") ?? "30,300,3000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList(),
            Seed = int.Parse(Option(rest, "--seed") ?? "1", CultureInfo.InvariantCulture),
            WorkDir = Directory.CreateDirectory(Option(rest, "--work") ?? Path.Combine(Path.GetTempPath(), "policykb-bench")).FullName,
            Kb = Option(rest, "--kb") ?? DefaultKb(repo),
            Indexer = Option(rest, "--indexer") ?? "kb",
            ColdRuns = int.Parse(Option(rest, "--cold-runs") ?? "11", CultureInfo.InvariantCulture),
            WarmSeconds = double.Parse(Option(rest, "--warm-seconds") ?? "3", CultureInfo.InvariantCulture),
            MarkdownOut = Option(rest, "--markdown"),
        };
        if (!File.Exists(options.Kb))
        {
            Console.Error.WriteLine($"{options.Kb} not found: build it first (dotnet build src/PolicyKB.Cli -c Release) or pass --kb");
            return 1;
        }
        Console.Error.WriteLine($"kb: {options.Kb}");
        new ScaleBench(options).Run();
        return 0;
    default:
        Console.Error.WriteLine("usage: PolicyKB.Bench [scale|micro|stages|ask|index-worker] … (see tools/README.md)");
        return 1;
}

// The ReadyToRun kb of tools/publish.sh when there is one, else the Release build.
static string DefaultKb(string repo)
{
    var exe = OperatingSystem.IsWindows() ? "kb.exe" : "kb";
    var published = Path.Combine(repo, "artifacts", "kb", exe);
    return File.Exists(published) ? published : Path.Combine(repo, "src", "PolicyKB.Cli", "bin", "Release", "net10.0", exe);
}

static string? Option(string[] args, string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}
