namespace PolicyKB.Store;

/// <summary>The lexicon as a character trie: all terms starting at a position, in one walk.</summary>
internal sealed class TermTrie
{
    private readonly TrieEdges _edges = new();
    private readonly List<bool> _terminal = [false];

    public TermTrie(IEnumerable<string> terms)
    {
        foreach (var term in terms)
        {
            var node = 0;
            foreach (var c in term)
            {
                node = _edges.GetOrAdd(node, c, _terminal.Count, out var added);
                if (added)
                    _terminal.Add(false);
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
                if ((_node = trie._edges.Child(_node, text[_at])) == 0)
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
