using PolicyKB.Extract;
using PolicyKB.Query;
using PolicyKB.Query.Ask;
using PolicyKB.Rules;

namespace PolicyKB.Bench;

/// <summary>A knowledge base of the bundled corpus with extraction (what `kb ask` builds on first use),
/// kept in the temporary folder between runs; or the database POLICYKB_BENCH_DB names.</summary>
internal static class AskKb
{
    public static string Build()
    {
        if (Environment.GetEnvironmentVariable("POLICYKB_BENCH_DB") is { Length: > 0 } given)
            return given;
        var db = Path.Combine(Path.GetTempPath(), "policykb-bench-ask", "bundled.db");
        if (File.Exists(db) && !Current(db))
            File.Delete(db);
        if (!File.Exists(db))
        {
            var rules = RuleSet.Load(BenchText.RulesDir);
            using var kb = new KnowledgeBase(new KbOptions { DbPath = db, RulesDir = BenchText.RulesDir, Extract = new Extractor(rules).Extract });
            kb.Index(Path.Combine(BenchText.RepoRoot, "corpus"));
        }
        return db;
    }

    // A database kept from an older build may have another schema version: then it is built again.
    private static bool Current(string db)
    {
        try
        {
            using var reader = PolicyKB.Store.KbReader.Open(db);
            return true;
        }
        catch (PolicyKB.Core.KbException)
        {
            return false;
        }
    }

    /// <summary>An asker over the database, as `kb ask` opens one.</summary>
    public static KbAsker Open(string db) => KbAsker.Open(db, RuleSet.Load(BenchText.RulesDir), BenchText.RulesDir);
}
