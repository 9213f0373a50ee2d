using PolicyKB.Core;

namespace PolicyKB.Query.Check;

/// <summary>A plan library over extractions already in memory (plans re-extracted from their canonical
/// documents, or a test's own set).</summary>
public sealed class ExtractedLibrary(IEnumerable<Extraction> extractions) : IPlanLibrary
{
    private readonly IReadOnlyList<Extraction> _extractions = extractions.ToList();

    public IReadOnlyList<PlanInfo> Plans() => _extractions.Select(e => PlanInfo.From(e.Document)).ToList();

    public IReadOnlyList<Target> Targets(string planId) =>
        _extractions.FirstOrDefault(e => e.Document.Id == planId)?.Targets ?? [];
}
