namespace PolicyKB.Core;

/// <summary>A quantified goal. Property names follow gold/SCHEMA.md so C# and --json read the same.</summary>
public sealed record Target
{
    public required string Metric { get; init; }          // as the plan writes it: 单位地区生产总值能源消耗
    public string? MetricId { get; init; }                // from rules/metrics.yaml; null when unknown
    public required decimal Value { get; init; }
    public required string Unit { get; init; }            // as written: %, 万千瓦, 个
    public string? CanonicalUnit { get; init; }           // kW, m3, t, count …; null when unknown
    public decimal? Scale { get; init; }                  // 万千瓦 → 10000 (× kW)
    public required Direction Direction { get; init; }
    public string? Qualifier { get; init; }               // 以上, 左右, 以内, 力争 …, or a range as written
    public Comparator Comparator { get; init; } = Comparator.Equal;
    public int? BaselineYear { get; init; }
    public int? Deadline { get; init; }
    public IReadOnlyList<string> Owners { get; init; } = [];
    public IReadOnlyList<string> CoOwners { get; init; } = [];
    public required Evidence Evidence { get; init; }
}

/// <summary>A task without (or beside) numbers, kept for search and owner questions.</summary>
public sealed record Measure
{
    public required string Text { get; init; }
    public required MeasureKind Kind { get; init; }
    public IReadOnlyList<string> Owners { get; init; } = [];
    public IReadOnlyList<string> CoOwners { get; init; } = [];
    public int? Deadline { get; init; }
    public required Evidence Evidence { get; init; }
}

/// <summary>Where something was found: document, section path and the sentence quoted as written.</summary>
public sealed record Evidence(string DocumentId, string SectionPath, string Sentence);

/// <summary>Everything extract finds in one document.</summary>
public sealed record Extraction(Document Document, IReadOnlyList<Target> Targets, IReadOnlyList<Measure> Measures, IReadOnlyList<Duty> Duties);

/// <summary>A department and what the plan asks of it (市交通运输局:… duty paragraphs, 牵头单位 brackets).</summary>
public sealed record Duty(string Department, string? Role, string Text, Evidence Evidence);

public enum Direction { Decrease, Increase, Reach, Maintain, Cap }

public enum Comparator { Equal, AtLeast, AtMost, About, Range }

public enum MeasureKind { Task, Prohibition, Encouragement, Duty, Goal }
