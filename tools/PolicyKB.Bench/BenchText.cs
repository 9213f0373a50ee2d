using PolicyKB.CorpusGen;
using PolicyKB.Ingest;
using PolicyKB.Rules;

namespace PolicyKB.Bench;

/// <summary>Inputs the micro-benchmarks share: the repository, and the paragraphs of the bundled corpus.</summary>
internal static class BenchText
{
    private static readonly Lazy<string> Root = new(() =>
        Environment.GetEnvironmentVariable("POLICYKB_REPO") is { Length: > 0 } repo ? repo : CorpusWriter.FindRepoRoot(AppContext.BaseDirectory));

    public static string RepoRoot => Root.Value;

    public static string RulesDir => Path.Combine(RepoRoot, "rules");

    /// <summary>Every paragraph of corpus/*.md, as `kb index` reads them.</summary>
    public static IReadOnlyList<string> Paragraphs()
    {
        var ingestor = new Ingestor(RegionCatalog.Load(Path.Combine(RulesDir, "regions.yaml")));
        return Corpus.ReadAll(Path.Combine(RepoRoot, "corpus"), ingestor)
            .SelectMany(d => d.AllSections())
            .SelectMany(s => s.Paragraphs)
            .ToList();
    }
}
