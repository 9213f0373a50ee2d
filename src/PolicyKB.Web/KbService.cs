using PolicyKB.Query;
using PolicyKB.Query.Ask;
using PolicyKB.Query.Check;

namespace PolicyKB.Web;

/// <summary>The query layer as requests use it. KnowledgeBase and the asker keep open readers and are not
/// thread-safe, so calls are serialised; most take a few milliseconds. The query classes that need rule files
/// are built on first use and kept, as the CLI loads them once per process.</summary>
internal sealed class KbService(KbServerOptions options) : IDisposable
{
    private readonly Lock _gate = new();
    private DraftCheck? _check;
    private KbAsker? _asker;
    private DateTime _askerStamp;

    public KbServerOptions Options { get; } = options;

    private KnowledgeBase Kb => Options.KnowledgeBase;

    public T Read<T>(Func<KnowledgeBase, T> query)
    {
        lock (_gate)
            return query(Kb);
    }

    /// <summary>`kb ask` on the knowledge base.</summary>
    public AskResult Ask(string question)
    {
        lock (_gate)
            return Asker().Ask(question);
    }

    /// <summary>`kb check` on a draft file (a temporary copy of an upload).</summary>
    public CheckReport Check(string draftFile, string? parentRegion)
    {
        lock (_gate)
        {
            _check ??= DraftCheck.Load(Options.RulesDir, Kb.Rules());
            return _check.Run(draftFile, Kb, parentRegion);
        }
    }

    public void Dispose()
    {
        lock (_gate)
            _asker?.Dispose();
    }

    // Reopened when the database file was replaced (kb index or kb ingest meanwhile), as KnowledgeBase does.
    private KbAsker Asker()
    {
        Kb.EnsureBuilt();
        var stamp = File.GetLastWriteTimeUtc(Kb.DbPath);
        if (_asker is not null && stamp == _askerStamp)
            return _asker;
        _asker?.Dispose();
        _asker = null;
        _asker = KbAsker.Open(Kb.DbPath, Kb.Rules(), Options.RulesDir);
        _askerStamp = stamp;
        return _asker;
    }
}
