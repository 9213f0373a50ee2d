namespace PolicyKB.Query;

/// <summary>What `kb index` or `kb ingest` stored.</summary>
/// <param name="Documents">Each plan stored, with the version it was stored as.</param>
public sealed record IndexReport(string DbPath, IReadOnlyList<StoredPlan> Documents, int Paragraphs, TimeSpan Elapsed);

/// <summary>A plan written to the knowledge base.</summary>
public sealed record StoredPlan(string Id, string Title, string? Region, int Version, int Targets);
