namespace PolicyKB.Query.Check;

/// <summary>One check: a pure function from the draft and its context to findings. One class per check,
/// as Markdig keeps one folder per extension.</summary>
public interface ICheck
{
    /// <summary>The rules this check reports under.</summary>
    IReadOnlyList<CheckRule> Rules { get; }

    IEnumerable<Finding> Run(CheckContext context);
}
