using System.Numerics;

namespace PolicyKB.Store;

/// <summary>The edges of a character trie: the child of (node, UTF-16 unit), node 0 being the root and a
/// child number never 0. The root's children sit in an array indexed by character, the others in one
/// open-addressing hash table: the segmenter and the term matcher ask at every character of the corpus,
/// and most of those walks end at the root.</summary>
internal sealed class TrieEdges
{
    private readonly int[] _root = new int[char.MaxValue + 1];
    // Keys (node << 16 | unit) + 1, so that 0 marks a free slot; kept at most half full.
    private long[] _keys = new long[64];
    private int[] _children = new int[64];
    private int _count;

    /// <summary>The child of <paramref name="node"/> by <paramref name="c"/>, or 0.</summary>
    public int Child(int node, char c)
    {
        if (node == 0)
            return _root[c];
        var key = Key(node, c);
        var mask = _keys.Length - 1;
        for (var slot = Slot(key, mask); ; slot = (slot + 1) & mask)
        {
            var found = _keys[slot];
            if (found == key)
                return _children[slot];
            if (found == 0)
                return 0;
        }
    }

    /// <summary>The child of <paramref name="node"/> by <paramref name="c"/>, made with number
    /// <paramref name="next"/> when missing (then <paramref name="added"/> is true).</summary>
    public int GetOrAdd(int node, char c, int next, out bool added)
    {
        added = false;
        if (Child(node, c) is var child and > 0)
            return child;
        added = true;
        if (node == 0)
            return _root[c] = next;
        if (2 * (_count + 1) > _keys.Length)
            Grow();
        Put(Key(node, c), next);
        _count++;
        return next;
    }

    private static long Key(int node, char c) => (((long)node << 16) | c) + 1;

    private static int Slot(long key, int mask) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 32) & mask;

    private void Put(long key, int child)
    {
        var mask = _keys.Length - 1;
        var slot = Slot(key, mask);
        while (_keys[slot] != 0)
            slot = (slot + 1) & mask;
        _keys[slot] = key;
        _children[slot] = child;
    }

    private void Grow()
    {
        var (keys, children) = (_keys, _children);
        _keys = new long[(int)BitOperations.RoundUpToPowerOf2((uint)keys.Length * 2)];
        _children = new int[_keys.Length];
        for (var i = 0; i < keys.Length; i++)
            if (keys[i] != 0)
                Put(keys[i], children[i]);
    }
}
