namespace PolicyKB.Store;

/// <summary>The lexicon as a character trie: all terms starting at a position, in one walk.</summary>
internal sealed class TermTrie
{
    // Child of (node, char) packed into one key: node number in the high bits, the UTF-16 unit below.
    private readonly Dictionary<long, int> _children = [];
    private readonly List<bool> _terminal = [false];

    public TermTrie(IEnumerable<string> terms)
    {
        foreach (var term in terms)
        {
            var node = 0;
            foreach (var c in term)
            {
                var key = ((long)node << 16) | c;
                if (!_children.TryGetValue(key, out var child))
                {
                    child = _terminal.Count;
                    _terminal.Add(false);
                    _children[key] = child;
                }
                node = child;
            }
            _terminal[node] = true;
        }
    }

    /// <summary>End offsets of every term that starts at <paramref name="start"/>, shortest first.</summary>
    public IEnumerable<int> EndsAt(string text, int start)
    {
        var node = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (!_children.TryGetValue(((long)node << 16) | text[i], out node))
                yield break;
            if (_terminal[node])
                yield return i + 1;
        }
    }
}
