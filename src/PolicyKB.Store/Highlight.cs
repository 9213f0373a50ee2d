namespace PolicyKB.Store;

/// <summary>A marked span of a passage: a place where a query term occurs.</summary>
public readonly record struct Highlight(int Start, int Length);
