namespace PolicyKB.Store;

/// <summary>A stored plan's metadata, as `kb docs` lists it.</summary>
public sealed record DocumentInfo(
    string Id,
    string Title,
    string? Region,
    string? Level,
    string? Issuer,
    string? Date,
    string? DocNumber,
    string? Period,
    string? SourceFile,
    int Version,
    string IngestedAt,
    int Paragraphs,
    int Targets);
