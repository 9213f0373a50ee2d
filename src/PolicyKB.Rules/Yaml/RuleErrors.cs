using PolicyKB.Core;

namespace PolicyKB.Rules.Yaml;

/// <summary>Every problem found while loading the rule files; reported together, once.</summary>
internal sealed class RuleErrors
{
    private readonly List<(string File, int? Line, string Message)> _items = [];

    public int Count => _items.Count;

    public void Add(string file, int? line, string message) => _items.Add((file, line, message));

    /// <summary>Throws one KbException whose first line names the first error's file and line and whose
    /// message lists the others, as System.CommandLine gathers all parse errors before reporting.</summary>
    public void ThrowIfAny()
    {
        if (_items.Count == 0)
            return;
        var ordered = _items.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line ?? 0).ToList();
        var first = ordered[0];
        var message = first.Message;
        if (ordered.Count > 1)
            message += Messages.MoreErrors(ordered.Count - 1) + string.Concat(ordered.Skip(1).Select(e =>
                $"\n  {e.File}{(e.Line is { } line ? $":{line}" : "")}: {e.Message}"));
        throw new KbException(message, first.File, first.Line);
    }
}
