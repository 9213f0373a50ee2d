namespace PolicyKB.Ingest.Normalize;

/// <summary>A row of one-job steps, built once and run on every document.</summary>
internal sealed class Normalizer(IReadOnlyList<INormalizeStep> steps)
{
    /// <summary>The steps every plan goes through, in order. The title block is marked before lines are
    /// rejoined so that a title split over lines is not glued to the first paragraph.</summary>
    public static Normalizer Default { get; } = new(
    [
        new DropBoilerplate(),
        new GatherCellLines(),
        new DropRunningHeaders(),
        new DropPageNumbers(),
        new MarkTitleBlock(),
        new RejoinBrokenLines(),
    ]);

    public NormalizedText Run(NormalizedText text) => steps.Aggregate(text, (current, step) => step.Apply(current));
}
