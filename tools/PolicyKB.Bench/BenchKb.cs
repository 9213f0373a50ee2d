using PolicyKB.Extract;
using PolicyKB.Query;
using PolicyKB.Query.Ask;
using PolicyKB.Rules;
using PolicyKB.Store;

namespace PolicyKB.Bench;

/// <summary>A knowledge base of the bundled corpus (beside this program, from the kb project) with
/// extraction, built once into a temporary folder unless a database is given.</summary>
internal sealed class BenchKb : IDisposable
{
    private readonly DirectoryInfo? _temp;

    public BenchKb(string? dbPath = null)
    {
        RulesDir = Path.Combine(AppContext.BaseDirectory, "rules");
        Rules = RuleSet.Load(RulesDir);
        if (dbPath is null)
        {
            _temp = Directory.CreateTempSubdirectory("kb-bench-");
            dbPath = Path.Combine(_temp.FullName, "kb.db");
        }
        DbPath = Path.GetFullPath(dbPath);
        using var kb = new KnowledgeBase(new KbOptions
        {
            DbPath = DbPath,
            RulesDir = RulesDir,
            BundledCorpus = Path.Combine(AppContext.BaseDirectory, "corpus"),
            Extract = new Extractor(Rules).Extract,
        });
        kb.EnsureBuilt();
    }

    public string DbPath { get; }

    public string RulesDir { get; }

    public RuleSet Rules { get; }

    /// <summary>kb.dll beside this program.</summary>
    public static string KbDll => Path.Combine(AppContext.BaseDirectory, "kb.dll");

    /// <summary>Opens the database and an asker over it, as `kb ask` does.</summary>
    public (KbReader Reader, Asker Asker) OpenAsker()
    {
        var reader = KbReader.Open(DbPath);
        return (reader, Asker.Create(reader, Rules, RulesDir));
    }

    public void Dispose() => _temp?.Delete(recursive: true);
}
