namespace PolicyKB.Store;

/// <summary>The lexicon as a character trie: all terms starting at a position, in one walk.</summary>
internal sealed class TermTrie
{
    // Child of (node, char) packed into one key: node number in the high bits, the UTF-16 unit below.
    private readonly Dictionary<long, int> _children = [];
    // The root's children by UTF-16 unit (0: none), looked up without hashing: the segmenter asks at every
    // character of the corpus, and at most characters no term starts.
    private readonly int[] _root = new int[char.MaxValue + 1];
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
                    if (node == 0)
                        _root[c] = child;
                }
                node = child;
            }
            _terminal[node] = true;
        }
    }

    /// <summary>End offsets of every term that starts at <paramref name="start"/>, shortest first.</summary>
    public Ends EndsAt(string text, int start) => new(this, text, start);

    /// <summary>The walk down the trie as an allocation-free enumerator (the segmenter asks at every
    /// character of the corpus).</summary>
    public struct Ends(TermTrie trie, string text, int start)
    {
        private int _node;
        private int _at = start;

        public int Current { get; private set; }

        public readonly Ends GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_at < text.Length)
            {
                if (_node == 0 ? (_node = trie._root[text[_at]]) == 0
                    : !trie._children.TryGetValue(((long)_node << 16) | text[_at], out _node))
                {
                    _at = text.Length;
                    return false;
                }
                _at++;
                if (trie._terminal[_node])
                {
                    Current = _at;
                    return true;
                }
            }
            return false;
        }
    }
}
