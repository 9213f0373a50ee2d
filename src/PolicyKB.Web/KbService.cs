using PolicyKB.Query;

namespace PolicyKB.Web;

/// <summary>The query layer as requests use it. KnowledgeBase keeps one open reader and is not thread-safe,
/// so calls are serialised; each is a few milliseconds.</summary>
internal sealed class KbService(KbServerOptions options)
{
    private readonly Lock _gate = new();

    public KbServerOptions Options { get; } = options;

    public T Read<T>(Func<KnowledgeBase, T> query)
    {
        lock (_gate)
            return query(Options.KnowledgeBase);
    }
}
