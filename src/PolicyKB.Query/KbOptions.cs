using PolicyKB.Core;

namespace PolicyKB.Query;

/// <summary>Where a knowledge base lives and what builds it.</summary>
public sealed record KbOptions
{
    /// <summary>The SQLite file (created on first use).</summary>
    public required string DbPath { get; init; }

    /// <summary>The rule files (lexicon.yaml, regions.yaml …), loaded only by the operations that need them.</summary>
    public required string RulesDir { get; init; }

    /// <summary>The canonical corpus a missing database is built from (corpus/ beside the program).</summary>
    public string? BundledCorpus { get; init; }

    /// <summary>Extraction run on each plan before it is stored. Null: the Extractor with the rules of
    /// <see cref="RulesDir"/> (loaded only when something is built).</summary>
    public Func<Document, Extraction>? Extract { get; init; }
}
