using PolicyKB.Query;
using PolicyKB.Query.Check;

namespace PolicyKB.Web;

/// <summary>The query layer as requests use it. KnowledgeBase keeps one open reader and is not thread-safe,
/// so calls are serialised; most take a few milliseconds. The query classes that need rule files are built
/// on first use and kept, as the CLI builds them once per process.</summary>
internal sealed class KbService(KbServerOptions options)
{
    private readonly Lock _gate = new();
    private DraftCheck? _check;

    public KbServerOptions Options { get; } = options;

    public T Read<T>(Func<KnowledgeBase, T> query)
    {
        lock (_gate)
            return query(Options.KnowledgeBase);
    }

    /// <summary>`kb check` on a draft file (a temporary copy of an upload).</summary>
    public CheckReport Check(string draftFile, string? parentRegion)
    {
        lock (_gate)
        {
            _check ??= DraftCheck.Load(Options.RulesDir);
            return _check.Run(draftFile, Options.KnowledgeBase, parentRegion);
        }
    }
}
