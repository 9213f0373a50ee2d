using PolicyKB.Store;
using Xunit;

namespace PolicyKB.Tests.Store;

public sealed class TrieEdgesTests
{
    // The edges of a trie of every lexicon term: each path walks back to the node it was given, through
    // the table's growth, and a character no term continues with leads nowhere.
    [Fact]
    public void Every_edge_is_found_again_after_the_table_grows()
    {
        var edges = new TrieEdges();
        var terms = Enumerable.Range(0, 3000).Select(i => $"碳{(char)('一' + i % 500)}{(char)('a' + i / 500)}{i}").ToList();
        var next = 1;
        var ends = new List<int>();
        foreach (var term in terms)
        {
            var node = 0;
            foreach (var c in term)
            {
                node = edges.GetOrAdd(node, c, next, out var added);
                if (added)
                    next++;
            }
            ends.Add(node);
        }

        for (var i = 0; i < terms.Count; i++)
        {
            var node = 0;
            foreach (var c in terms[i])
                node = edges.Child(node, c);
            Assert.Equal(ends[i], node);
        }
        Assert.Equal(edges.Child(0, '碳'), edges.GetOrAdd(0, '碳', next, out var again));
        Assert.False(again);
        Assert.Equal(0, edges.Child(0, '氢'));
        Assert.Equal(0, edges.Child(edges.Child(0, '碳'), 'z'));
        Assert.Equal(ends.Distinct().Count(), terms.Count);
    }
}
