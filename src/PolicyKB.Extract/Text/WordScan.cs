using System.Buffers;

namespace PolicyKB.Extract.Text;

/// <summary>A list of words looked for together: the text is searched once for the words' first
/// characters (vectorised), and the words are tried only where one of those stands, instead of one
/// <c>Contains</c> pass over the text per word. Answers what the per-word loops answered.</summary>
internal sealed class WordScan
{
    private readonly SearchValues<char> _firsts;
    private readonly Dictionary<char, (string Word, int Index)[]> _byFirst;
    private readonly int _emptyIndex = -1;   // an empty word is in every text

    /// <param name="words">The words, each with an index (its rule's position: the smallest found wins).</param>
    public WordScan(IEnumerable<(string Word, int Index)> words)
    {
        var list = words.ToList();
        _emptyIndex = list.Where(w => w.Word.Length == 0).Select(w => w.Index).DefaultIfEmpty(-1).Min();
        _byFirst = list.Where(w => w.Word.Length > 0).GroupBy(w => w.Word[0]).ToDictionary(g => g.Key, g => g.ToArray());
        _firsts = SearchValues.Create(_byFirst.Keys.ToArray());
    }

    public WordScan(IEnumerable<string> words) : this(words.Select((w, i) => (w, i)))
    {
    }

    /// <summary>Whether any of the words occurs in <paramref name="text"/>.</summary>
    public bool Any(ReadOnlySpan<char> text) => _emptyIndex >= 0 || Scan(text, stopAtFirst: true) >= 0;

    /// <summary>The smallest index among the words occurring in <paramref name="text"/>; -1 when none does.</summary>
    public int FirstIndex(ReadOnlySpan<char> text)
    {
        var found = Scan(text, stopAtFirst: false);
        return _emptyIndex >= 0 && (found < 0 || _emptyIndex < found) ? _emptyIndex : found;
    }

    /// <summary>Whether one of the words starts at <paramref name="i"/>.</summary>
    public bool StartsAt(string text, int i)
    {
        if (_emptyIndex >= 0)
            return true;
        if (i >= text.Length || !_byFirst.TryGetValue(text[i], out var words))
            return false;
        var rest = text.AsSpan(i);
        foreach (var (word, _) in words)
            if (rest.StartsWith(word, StringComparison.Ordinal))
                return true;
        return false;
    }

    private int Scan(ReadOnlySpan<char> text, bool stopAtFirst)
    {
        var best = -1;
        var at = 0;
        while (at < text.Length)
        {
            var skip = text[at..].IndexOfAny(_firsts);
            if (skip < 0)
                break;
            at += skip;
            var rest = text[at..];
            foreach (var (word, index) in _byFirst[text[at]])
                if ((best < 0 || index < best) && rest.StartsWith(word, StringComparison.Ordinal))
                {
                    best = index;
                    if (stopAtFirst)
                        return best;
                }
            at++;
        }
        return best;
    }
}
