using PolicyKB.Core;
using PolicyKB.Extract;
using PolicyKB.Ingest;
using PolicyKB.Rules;

namespace PolicyKB.Tests.Rules;

/// <summary>The bundled rules, one extractor and one ingestor, loaded once for the rules and extract tests.</summary>
internal static class RulesFixture
{
    private static readonly Lazy<RuleSet> LazyRules = new(() => RuleSet.Load(TestPaths.Rules));
    private static readonly Lazy<Extractor> LazyExtractor = new(() => new Extractor(Rules));
    private static readonly Lazy<Ingestor> LazyIngestor = new(() => new Ingestor(Rules.Regions));

    public static RuleSet Rules => LazyRules.Value;
    public static Extractor Extractor => LazyExtractor.Value;
    public static Ingestor Ingestor => LazyIngestor.Value;

    public static string Layouts => Path.Combine(TestPaths.Data, "layouts");

    /// <summary>Reads a plan with the ingestor and extracts it, as `kb extract` does.</summary>
    public static Extraction ExtractFile(string path) => Extractor.Extract(Ingestor.Read(path));

    public static Extraction Layout(string name) => ExtractFile(Path.Combine(Layouts, name));

    public static Extraction Seed(string name) => ExtractFile(TestPaths.Seed(name));
}
