using System.Text;
using PolicyKB.Rules;

namespace PolicyKB.Store;

/// <summary>Splits Chinese text into words for the index and for queries alike (one class for both sides,
/// or queries miss): ICU word break, with domain-lexicon terms kept whole.</summary>
/// <remarks>
/// ICU's dictionary splits many domain words into single characters (节能 → 节|能, 秸秆 → 秸|秆) and
/// cuts the same word differently in different contexts (工业节能 may keep 节能 whole; 和光|伏|发电).
/// The lexicon fixes the terms it knows. Words are the cheapest path through a lattice of ICU words,
/// lexicon terms, and single characters split off an ICU word (costs below): a lexicon term is taken
/// where ICU's cut agrees or where the term replaces more ICU tokens than the fragments it leaves, so
/// 节能 stays out of 调节能力 (ICU: 调节|能力). What the lexicon does not know, a query finds through
/// the other ways a text can hold a term (<see cref="FtsQuery.Term"/>).
/// </remarks>
public sealed class Segmenter
{
    // One ICU word iterator per thread, reused: creating one loads the CJK dictionary, and reusing it
    // is measurably faster than BreakIterator.Split. ICU iterators are not thread-safe. libicuuc is
    // called directly where it can be loaded (IcuWordBreak), icu.net elsewhere (IcuNetWordBreak).
    [ThreadStatic] private static IcuWordBreak? t_native;
    [ThreadStatic] private static bool t_nativeTried;
    [ThreadStatic] private static List<(int End, bool Word)>? t_segments;
    [ThreadStatic] private static Lattice? t_lattice;

    private readonly TermTrie _terms;

    /// <param name="lexicon">Terms kept whole.</param>
    public Segmenter(Lexicon lexicon)
    {
        Lexicon = lexicon;
        _terms = new TermTrie(lexicon.Terms.Select(LowerAscii));
    }

    public Lexicon Lexicon { get; }

    /// <summary>Which segmentation an index was built with: lexicon and ICU version. A database stores it
    /// so a later change can be detected (index rows must be deleted with the tokens they were made of).</summary>
    public string Fingerprint()
    {
        return $"{Lexicon.Fingerprint()}/icu{IcuNetWordBreak.Version}/v1";
    }

    /// <summary>The text as it is matched: <see cref="TextFold.ForMatch"/> (full-width to half-width,
    /// Traditional to Simplified), ASCII letters lower-cased. Same length as the input, so offsets in it
    /// are offsets in the original and a hit in 節能 quotes 節能.</summary>
    public string Fold(string text) => LowerAscii(TextFold.ForMatch(text));

    /// <summary>The words of <paramref name="text"/> (folded), punctuation and spaces dropped.</summary>
    public IReadOnlyList<string> Words(string text)
    {
        var folded = Fold(text);
        return Tokens(folded).Select(t => folded.Substring(t.Start, t.Length)).ToList();
    }

    /// <summary>The word tokens of an already folded text (see <see cref="Fold"/>).</summary>
    public IReadOnlyList<Token> Tokens(string folded) => [.. Path(folded)];

    /// <summary>Appends the words of a folded text to <paramref name="output"/>, separated by spaces
    /// (the index's word column).</summary>
    public void AppendWords(StringBuilder output, string folded)
    {
        foreach (var t in Path(folded))
        {
            if (output.Length > 0)
                output.Append(' ');
            output.Append(folded, t.Start, t.Length);
        }
    }

    // Costs of the cheapest-segmentation lattice (see the class remarks). An ICU word costs 1, a lexicon
    // term slightly less (so it wins ties), and a character split off an ICU word more: a term that
    // breaks an ICU word must replace more ICU tokens than the fragments it leaves. A two-character term
    // never does (调节|能力 keeps 调节能力 free of 节能); 光伏发电 in 和光|伏|发电 does (和 is left alone).
    private const float WordCost = 1f, TermCost = 0.9f, FragmentCost = 1.5f;

    // The tokens of the cheapest segmentation, in order; the list is reused by the next call on this thread.
    private List<Token> Path(string folded)
    {
        var lattice = t_lattice ??= new Lattice();
        var tokens = lattice.Path;
        tokens.Clear();
        if (folded.Length == 0)
            return tokens;
        var segments = IcuSegments(folded);
        var n = folded.Length;
        lattice.Reset(n);
        var cost = lattice.Cost;
        var from = lattice.From;
        var kind = lattice.Kind;
        cost[0] = 0;

        var start = 0;
        foreach (var (end, word) in segments)
        {
            if (cost[start] < float.MaxValue)
            {
                Relax(start, end, word ? WordCost : 0f, word ? EdgeKind.Word : EdgeKind.Gap);
                if (word)
                    for (var i = start; i < end; i += HanText.RuneLength(folded, i))
                    {
                        if (cost[i] == float.MaxValue)
                            continue;
                        var next = i + HanText.RuneLength(folded, i);
                        if (i > start || next < end)
                            Relax(i, next, FragmentCost, EdgeKind.Fragment);
                        foreach (var termEnd in _terms.EndsAt(folded, i))
                            Relax(i, termEnd, TermCost, EdgeKind.Term);
                    }
            }
            start = end;
        }

        for (var at = n; at > 0; at = from[at])
            if (kind[at] != EdgeKind.Gap)
                tokens.Add(new Token(from[at], at - from[at], kind[at] == EdgeKind.Term));
        tokens.Reverse();
        return tokens;

        void Relax(int a, int b, float c, EdgeKind k)
        {
            var total = cost[a] + c;
            if (total < cost[b])
            {
                cost[b] = total;
                from[b] = a;
                kind[b] = k;
            }
        }
    }

    private enum EdgeKind : byte { Gap, Word, Fragment, Term }

    // Per-thread scratch arrays for the lattice, grown as needed.
    private sealed class Lattice
    {
        public float[] Cost = [];
        public int[] From = [];
        public EdgeKind[] Kind = [];
        public readonly List<Token> Path = [];

        public void Reset(int n)
        {
            if (Cost.Length < n + 1)
            {
                Cost = new float[n + 1];
                From = new int[n + 1];
                Kind = new EdgeKind[n + 1];
            }
            Array.Fill(Cost, float.MaxValue, 0, n + 1);
        }
    }

    private static List<(int End, bool Word)> IcuSegments(string text)
    {
        var segments = t_segments ??= [];
        segments.Clear();
        if (!t_nativeTried)
        {
            t_native = IcuWordBreak.TryCreate();
            t_nativeTried = true;
        }
        if (t_native is { } native)
            native.Boundaries(text, segments);
        else
            IcuNetWordBreak.Boundaries(text, segments);
        return segments;
    }

    private static string LowerAscii(string s)
    {
        var i = 0;
        while (i < s.Length && s[i] is not (>= 'A' and <= 'Z'))
            i++;
        if (i == s.Length)
            return s;
        return string.Create(s.Length, s, static (span, source) =>
        {
            for (var k = 0; k < source.Length; k++)
                span[k] = source[k] is >= 'A' and <= 'Z' ? (char)(source[k] + 32) : source[k];
        });
    }
}
