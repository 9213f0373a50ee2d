using PolicyKB.Core;
using PolicyKB.Store;

namespace PolicyKB.Query;

/// <summary>One stored plan: its metadata, canonical Markdown, and the targets and department duties
/// extracted from it, in document order.</summary>
public sealed record PlanDetail(DocumentInfo Document, string Markdown, IReadOnlyList<Target> Targets, IReadOnlyList<Duty> Duties);
