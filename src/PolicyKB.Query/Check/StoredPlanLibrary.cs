using PolicyKB.Core;
using PolicyKB.Extract;
using PolicyKB.Ingest;
using PolicyKB.Store;

namespace PolicyKB.Query.Check;

/// <summary>The plans of a knowledge base. A plan's targets are the stored ones; a plan stored without
/// targets (indexed before extraction ran, or by a build without it) is re-extracted from its stored
/// text with the draft's own rules, once. Only parents and peers are ever asked for.</summary>
public sealed class StoredPlanLibrary : IPlanLibrary, IDisposable
{
    private readonly KbReader _reader;
    private readonly Extractor _extractor;
    private readonly Dictionary<string, IReadOnlyList<Target>> _targets = new(StringComparer.Ordinal);
    private IReadOnlyList<PlanInfo>? _plans;

    private StoredPlanLibrary(KbReader reader, Extractor extractor)
    {
        _reader = reader;
        _extractor = extractor;
    }

    /// <summary>Opens the knowledge base at <paramref name="dbPath"/> for reading.</summary>
    public static StoredPlanLibrary Open(string dbPath, Extractor extractor)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        return new StoredPlanLibrary(KbReader.Open(dbPath), extractor);
    }

    public IReadOnlyList<PlanInfo> Plans() =>
        _plans ??= _reader.Documents().Select(d => new PlanInfo(d.Id, d.Title, d.Region, d.Level, d.Period)).ToList();

    public IReadOnlyList<Target> Targets(string planId)
    {
        if (_targets.TryGetValue(planId, out var known))
            return known;
        IReadOnlyList<Target> targets = _reader.Targets(planId);
        if (targets.Count == 0 && _reader.Document(planId) is { } document)
            targets = _extractor.Extract(document).Targets;
        _targets[planId] = targets;
        return targets;
    }

    public void Dispose() => _reader.Dispose();
}
