using PolicyKB.Query;

namespace PolicyKB.Tests.Query;

/// <summary>A knowledge base built once from the bundled corpus (corpus/*.md) in a temporary folder.</summary>
public sealed class BundledKbFixture : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("kb-bundled-");

    public BundledKbFixture()
    {
        Kb = new KnowledgeBase(new KbOptions { DbPath = Path.Combine(_dir.FullName, "kb.db"), RulesDir = TestPaths.Rules });
        Kb.Index(TestPaths.Corpus);
    }

    public KnowledgeBase Kb { get; }

    public void Dispose()
    {
        Kb.Dispose();
        _dir.Delete(recursive: true);
    }
}
