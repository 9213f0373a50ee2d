using System.Runtime.InteropServices;
using System.Text;

namespace PolicyKB.Store;

/// <summary>Finds, in an index row, the instances of every lexicon term's phrases (<see cref="FtsQuery.Phrases"/>)
/// exactly as FTS5 matches them: the row's columns cut into tokens as the unicode61 tokenizer cuts them, a
/// phrase matching consecutive tokens of one column, a prefix phrase's last token any token starting with it.
/// What <see cref="TermTops"/> ranks by, the way bm25() would.</summary>
internal sealed class TermMatcher
{
    // A character trie of the phrases' first tokens (most tokens start no phrase: the root tells at once).
    // At a node: the phrases whose first token ends there (the row's token must end there too), and the
    // one-token prefix phrases ending there (it may go on).
    private readonly TrieEdges _edges = new();
    private readonly List<List<Pattern>?> _exact = [null];
    // At a node, the phrases of two or more tokens whose first token ends there, by their second token's
    // first character.
    private readonly List<Dictionary<char, List<Pattern>>?> _longer = [null];
    private readonly List<List<(int Term, int Phrase)>?> _prefix = [null];
    [ThreadStatic] private static List<long>? t_keys;

    public TermMatcher(Segmenter segmenter)
    {
        var terms = new List<TermPhrases>();
        foreach (var term in segmenter.Lexicon.Terms.Select(segmenter.Fold).Distinct(StringComparer.Ordinal))
        {
            if (FtsQuery.Phrases(segmenter, term) is not { Count: <= MaxPhrases } phrases)
                continue;
            var match = FtsQuery.Combine([FtsQuery.Render(phrases)], all: true)!;
            var index = terms.Count;
            terms.Add(new TermPhrases(match, phrases.Count));
            for (var p = 0; p < phrases.Count; p++)
            {
                var tokens = Fts5Tokens.Split(phrases[p].Text);
                if (tokens.Count == 0)
                    continue;
                var node = Node(tokens[0]);
                if (tokens.Count == 1 && phrases[p].Prefix)
                    (_prefix[node] ??= []).Add((index, p));
                else if (tokens.Count == 1)
                    (_exact[node] ??= []).Add(new Pattern(index, p, [], phrases[p].Prefix));
                else
                {
                    var byNext = _longer[node] ??= [];
                    if (!byNext.TryGetValue(tokens[1][0], out var list))
                        byNext[tokens[1][0]] = list = [];
                    list.Add(new Pattern(index, p, tokens.Skip(1).ToArray(), phrases[p].Prefix));
                }
            }
        }
        Terms = terms;
    }

    private int Node(string token)
    {
        var node = 0;
        foreach (var c in token)
        {
            node = _edges.GetOrAdd(node, c, _exact.Count, out var added);
            if (added)
            {
                _exact.Add(null);
                _longer.Add(null);
                _prefix.Add(null);
            }
        }
        return node;
    }

    /// <summary>Phrase numbers are packed into 16 bits of a hit; a term with more phrases is not ranked ahead.</summary>
    public const int MaxPhrases = 1 << 16;

    /// <summary>The terms in the order hits number them: each with its single-term MATCH expression (the
    /// key a search looks its ranking up by) and its number of phrases.</summary>
    public IReadOnlyList<TermPhrases> Terms { get; }

    /// <summary>The instances in one column of a row (0 words, 1 heading) and its token count.</summary>
    public ColumnHits Column(string text, int column)
    {
        var (source, tokens) = Fts5Tokens.Spans(text);
        var keys = t_keys ??= [];
        keys.Clear();
        for (var j = 0; j < tokens.Count; j++)
        {
            var token = Slice(source, tokens[j]);
            var node = _edges.Child(0, token[0]);
            if (node == 0)
                continue;
            var walked = 1;
            while (true)
            {
                if (_prefix[node] is { } prefixed)
                    foreach (var (term, phrase) in prefixed)
                        keys.Add(Key(term, phrase, column));
                if (walked == token.Length || (node = _edges.Child(node, token[walked])) == 0)
                    break;
                walked++;
            }
            if (walked < token.Length)
                continue;
            if (_exact[node] is { } single)
                foreach (var pattern in single)
                    keys.Add(Key(pattern.Term, pattern.Phrase, column));
            if (_longer[node] is { } byNext && j + 1 < tokens.Count
                && byNext.TryGetValue(source[tokens[j + 1].Start], out var patterns))
                foreach (var pattern in patterns)
                    if (Matches(pattern, source, tokens, j))
                        keys.Add(Key(pattern.Term, pattern.Phrase, column));
        }
        return new ColumnHits(tokens.Count, keys.Count == 0 ? [] : keys.ToArray());
    }

    /// <summary>A row's hits: its columns' instances counted per term and phrase.</summary>
    public static RowHits Row(ColumnHits words, ColumnHits heading)
    {
        if (words.Keys.Length + heading.Keys.Length == 0)
            return new RowHits(words.Tokens + heading.Tokens, []);
        var keys = new long[words.Keys.Length + heading.Keys.Length];
        words.Keys.CopyTo(keys, 0);
        heading.Keys.CopyTo(keys, words.Keys.Length);
        Array.Sort(keys);
        var hits = new List<TermHit>();
        for (var i = 0; i < keys.Length;)
        {
            var phraseKey = keys[i] >> 1;
            int inWords = 0, inHeading = 0;
            for (; i < keys.Length && keys[i] >> 1 == phraseKey; i++)
                if ((keys[i] & 1) == 0)
                    inWords++;
                else
                    inHeading++;
            hits.Add(new TermHit((int)(phraseKey >> 16), (int)(phraseKey & 0xFFFF), inWords, inHeading));
        }
        return new RowHits(words.Tokens + heading.Tokens, hits.ToArray());
    }

    private static long Key(int term, int phrase, int column) => ((long)term << 17) | ((long)phrase << 1) | (uint)column;

    private static ReadOnlySpan<char> Slice(string source, (int Start, int Length) token) => source.AsSpan(token.Start, token.Length);

    private static bool Matches(Pattern pattern, string source, List<(int Start, int Length)> tokens, int at)
    {
        var rest = pattern.Rest;
        if (at + rest.Length >= tokens.Count)
            return false;
        for (var r = 0; r < rest.Length; r++)
        {
            var token = Slice(source, tokens[at + 1 + r]);
            var last = r == rest.Length - 1;
            if (!(last && pattern.Prefix ? token.StartsWith(rest[r], StringComparison.Ordinal) : token.SequenceEqual(rest[r])))
                return false;
        }
        return true;
    }

    // A phrase of two or more tokens, found by its first: the tokens after it, the last one a prefix or not.
    private sealed record Pattern(int Term, int Phrase, string[] Rest, bool Prefix);
}

/// <summary>A ranked term: its single-term MATCH expression and how many phrases it has.</summary>
internal sealed record TermPhrases(string Match, int PhraseCount);

/// <summary>One column's token count and phrase instances (packed term, phrase, column).</summary>
internal readonly record struct ColumnHits(int Tokens, long[] Keys)
{
    public static ColumnHits None { get; } = new(0, []);
}

/// <summary>A row's token count (both columns, what bm25 calls its length) and, per term and phrase, its
/// instances in the words and in the heading column; ordered by term, then phrase.</summary>
internal readonly record struct RowHits(int Tokens, TermHit[] Hits);

internal readonly record struct TermHit(int Term, int Phrase, int InWords, int InHeading);

/// <summary>FTS5's unicode61 tokenizer (remove_diacritics 0, default categories): a token is a run of
/// letters, numbers and private-use characters (<see cref="HanText.IsTokenChar"/>), lower-cased; anything
/// else separates tokens.</summary>
internal static class Fts5Tokens
{
    // Per UTF-16 unit: 0 separator, 1 token character, 2 token character that lower-cases to another,
    // 3 surrogate (decoded as a pair).
    private static readonly byte[] Kinds = BuildKinds();

    [ThreadStatic] private static List<(int Start, int Length)>? t_tokens;

    public static List<string> Split(string text)
    {
        var (source, spans) = Spans(text);
        return spans.Select(s => source.Substring(s.Start, s.Length)).ToList();
    }

    /// <summary>The token spans of <paramref name="text"/>, in the text itself or, when it has characters
    /// to lower-case, in a lower-cased copy (of the same length). The list is reused by the next call on
    /// this thread.</summary>
    public static (string Source, List<(int Start, int Length)> Tokens) Spans(string text)
    {
        var tokens = t_tokens ??= [];
        tokens.Clear();
        var lower = false;
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var kind = Kinds[text[i]];
            var inside = kind != 0;
            if (kind == 3)
            {
                inside = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                    && HanText.IsTokenChar(new Rune(text[i], text[i + 1]));
                if (inside && start < 0)
                    start = i;
                if (inside)
                {
                    i++;
                    continue;
                }
            }
            lower |= kind == 2;
            if (inside && start < 0)
                start = i;
            else if (!inside && start >= 0)
            {
                tokens.Add((start, i - start));
                start = -1;
            }
        }
        if (start >= 0)
            tokens.Add((start, text.Length - start));
        return (lower ? Lower(text) : text, tokens);
    }

    private static string Lower(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = Kinds[source[i]] == 2 ? char.ToLowerInvariant(source[i]) : source[i];
        });

    private static byte[] BuildKinds()
    {
        var kinds = new byte[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsSurrogate((char)c))
                kinds[c] = 3;
            else if (HanText.IsTokenChar(new Rune(c)))
                kinds[c] = char.ToLowerInvariant((char)c) != c ? (byte)2 : (byte)1;
        }
        return kinds;
    }
}
