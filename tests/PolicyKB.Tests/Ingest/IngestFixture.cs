using PolicyKB.Ingest;
using PolicyKB.Rules;

namespace PolicyKB.Tests.Ingest;

/// <summary>The bundled regions and one ingestor, loaded once for the ingest tests.</summary>
internal static class IngestFixture
{
    private static readonly Lazy<RegionCatalog> LazyRegions = new(() => RegionCatalog.Load(Path.Combine(TestPaths.Rules, "regions.yaml")));
    private static readonly Lazy<Ingestor> LazyIngestor = new(() => new Ingestor(Regions));

    public static RegionCatalog Regions => LazyRegions.Value;
    public static Ingestor Ingestor => LazyIngestor.Value;

    public static string IngestData => Path.Combine(TestPaths.Data, "ingest");

    public static PolicyKB.Core.Document Seed(string name) => Ingestor.Read(TestPaths.Seed(name));
}
