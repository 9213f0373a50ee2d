namespace PolicyKB.Rules.Yaml;

/// <summary>Names that must be unique across one rule file (ids, aliases): remembers who claimed each first.</summary>
internal sealed class NameRegistry
{
    private readonly Dictionary<string, (string Owner, int Line)> _claimed = new(StringComparer.Ordinal);

    /// <summary>Claims <paramref name="name"/> for <paramref name="owner"/>; false when another owner has it.</summary>
    public bool TryClaim(string name, string owner, int line, out (string Owner, int Line) previous)
    {
        if (_claimed.TryGetValue(name, out previous))
            return previous.Owner == owner;
        _claimed[name] = (owner, line);
        return true;
    }
}
