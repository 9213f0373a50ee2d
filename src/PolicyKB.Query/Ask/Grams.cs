using System.Text;
using PolicyKB.Rules;

namespace PolicyKB.Query.Ask;

/// <summary>The character pairs and triples of a text, for matching a question's words against a
/// plan's sentences without a dictionary. Pairs find the words a question shares with a sentence (ICU
/// splits 节能 and 秸秆 into single characters, so words alone would miss them); triples reward words
/// that stand in the same order (全市节能工作 matches 全市节能工作牵头单位 better than 工业节能工作).
/// Only letters and digits make pairs: punctuation and spaces break a text into runs.</summary>
internal sealed class Grams
{
    public static readonly Grams Empty = new([]);

    private readonly HashSet<long> _keys;

    private Grams(HashSet<long> keys) => _keys = keys;

    public int Count => _keys.Count;

    /// <summary>The grams of folded text runs (see <see cref="Fold"/>).</summary>
    public static Grams Of(IEnumerable<string> foldedRuns)
    {
        var keys = new HashSet<long>();
        foreach (var run in foldedRuns)
            Add(keys, run);
        return new Grams(keys);
    }

    /// <summary>The grams of one folded text.</summary>
    public static Grams Of(string folded)
    {
        var keys = new HashSet<long>();
        Add(keys, folded);
        return new Grams(keys);
    }

    /// <summary>Share of this (the question's) grams that <paramref name="text"/> holds, 0 to 1.</summary>
    public double CoveredBy(Grams text)
    {
        if (_keys.Count == 0)
            return 0;
        var shared = 0;
        foreach (var key in _keys)
            if (text._keys.Contains(key))
                shared++;
        return (double)shared / _keys.Count;
    }

    /// <summary>Like <see cref="CoveredBy(Grams)"/>, each gram counted by its weight: rare words count more.</summary>
    public double CoveredBy(Grams text, IReadOnlyDictionary<long, double> weights)
    {
        double shared = 0, total = 0;
        foreach (var key in _keys)
        {
            var weight = weights.GetValueOrDefault(key, 1);
            total += weight;
            if (text._keys.Contains(key))
                shared += weight;
        }
        return total == 0 ? 0 : shared / total;
    }

    /// <summary>Weights for this's grams from how many of <paramref name="texts"/> hold each
    /// (inverse document frequency over the texts being compared).</summary>
    public IReadOnlyDictionary<long, double> Rarity(IReadOnlyCollection<Grams> texts)
    {
        var weights = new Dictionary<long, double>();
        foreach (var key in _keys)
            weights[key] = Math.Log(1 + (double)texts.Count / (1 + texts.Count(t => t._keys.Contains(key))));
        return weights;
    }

    /// <summary>The grams of this that <paramref name="other"/> does not hold.</summary>
    public Grams Except(Grams other)
    {
        var keys = new HashSet<long>(_keys);
        keys.ExceptWith(other._keys);
        return new Grams(keys);
    }

    /// <summary>Number of this's grams that <paramref name="text"/> holds.</summary>
    public int SharedWith(Grams text) => _keys.Count(text._keys.Contains);

    /// <summary>Folds for matching: Simplified characters, ASCII digits and letters in lower case.</summary>
    public static string Fold(string text)
    {
        var folded = TextFold.ForMatch(text);
        return folded.Any(char.IsAsciiLetterUpper) ? folded.ToLowerInvariant() : folded;
    }

    /// <summary>Only the letters and digits of a text (碳达峰、碳中和 → 碳达峰碳中和).</summary>
    public static string Compact(string text) => text.All(IsWordChar) ? text : string.Concat(text.Where(IsWordChar));

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static void Add(HashSet<long> keys, string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inside = i < text.Length && IsWordChar(text[i]);
            if (inside && start < 0)
                start = i;
            else if (!inside && start >= 0)
            {
                AddRun(keys, text.AsSpan(start, i - start));
                start = -1;
            }
        }
    }

    // A pair is two chars (32 bits); a triple sets bit 62 so it never equals a pair.
    private static void AddRun(HashSet<long> keys, ReadOnlySpan<char> run)
    {
        for (var i = 0; i + 1 < run.Length; i++)
        {
            keys.Add(((long)run[i] << 16) | run[i + 1]);
            if (i + 2 < run.Length)
                keys.Add((1L << 62) | ((long)run[i] << 32) | ((long)run[i + 1] << 16) | run[i + 2]);
        }
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (var key in _keys.Where(k => k >> 62 == 0))
            text.Append((char)(key >> 16)).Append((char)(key & 0xFFFF)).Append(' ');
        return text.ToString().TrimEnd();
    }
}
