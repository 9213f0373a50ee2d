using PolicyKB.Core;

namespace PolicyKB.Rules.Yaml;

/// <summary>Every problem found while loading the rule files; reported together, once.</summary>
internal sealed class RuleErrors
{
    private readonly List<(string File, int? Line, string Message, bool Unreadable)> _items = [];

    public int Count => _items.Count;

    /// <param name="unreadable">The error is that the file is missing or is not YAML: it comes first, as the
    /// cause of what other files then report (units a metric names but no readable units.yaml defines).</param>
    public void Add(string file, int? line, string message, bool unreadable = false) =>
        _items.Add((file, line, message, unreadable));

    /// <summary>Throws one KbException whose first line names the first error's file and line and whose
    /// message lists the others, as System.CommandLine gathers all parse errors before reporting. Files that
    /// could not be read come first.</summary>
    public void ThrowIfAny()
    {
        if (_items.Count == 0)
            return;
        var ordered = _items.OrderBy(e => e.Unreadable ? 0 : 1).ThenBy(e => e.File, StringComparer.Ordinal)
            .ThenBy(e => e.Line ?? 0).ToList();
        var first = ordered[0];
        var message = first.Message;
        if (ordered.Count > 1)
            message += Messages.MoreErrors(ordered.Count - 1) + string.Concat(ordered.Skip(1).Select(e =>
                $"\n  {e.File}{(e.Line is { } line ? $":{line}" : "")}: {e.Message}"));
        throw new KbException(message, first.File, first.Line);
    }
}
