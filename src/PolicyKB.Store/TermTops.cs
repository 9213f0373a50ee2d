namespace PolicyKB.Store;

/// <summary>Each lexicon term's best passages, kept so that a search for the term reads them instead of
/// having FTS5 score every passage that holds it (at 3,000 plans 碳达峰 is in 32,000), and returns exactly
/// what <c>ORDER BY bm25(…), rowid LIMIT n</c> returns.</summary>
/// <remarks>
/// bm25() scores a passage from its phrase frequencies and length and from statistics of the whole index
/// (rows, tokens, rows holding each phrase), which every added or removed plan changes. So what is kept is
/// not scores but their inputs: per term, how many rows hold each phrase, and the <see cref="Kept"/> best
/// passages with their frequencies and length; every other passage is summarised, per distinct frequency
/// vector, by its shortest length and, at that length, its lowest rowid (its best possible rank). A search
/// scores both with the index's current statistics, as bm25() does (<see cref="Bm25"/>, the same floating-point
/// operations in the same order), and answers from the kept passages only when no summarised one can rank
/// among the first n; otherwise FTS5 ranks as before. Removing a plan leaves the summary as it was: an
/// upper bound still, only a looser one.
/// The frequencies come from <see cref="TermMatcher"/>, which matches as FTS5 does; a writer records the rows
/// and tokens it counted, and a reader uses the lists only while FTS5's own totals agree with them.
/// </remarks>
internal sealed class TermTops
{
    /// <summary>Passages kept per term once a build completes.</summary>
    public const int Kept = 100;

    // While a build runs, a term's list is cut back to Kept when it grows past this.
    private const int Slack = 4 * Kept;

    private readonly TermState[] _terms;

    private TermTops(TermState[] terms, long rows, long tokens)
    {
        _terms = terms;
        Rows = rows;
        Tokens = tokens;
    }

    /// <summary>Rows and tokens counted into the lists (FTS5 must count the same).</summary>
    public long Rows { get; private set; }

    public long Tokens { get; private set; }

    public static TermTops Empty(TermMatcher matcher) =>
        new(matcher.Terms.Select(t => new TermState(t.Match, new long[t.PhraseCount])).ToArray(), 0, 0);

    /// <summary>The stored lists for <paramref name="matcher"/>'s terms, or null when they were made for
    /// other terms (the lexicon changed) and must be made again.</summary>
    public static TermTops? Load(TermMatcher matcher, long rows, long tokens, IReadOnlyDictionary<string, byte[]> stored)
    {
        if (stored.Count != matcher.Terms.Count)
            return null;
        var terms = new TermState[matcher.Terms.Count];
        for (var i = 0; i < terms.Length; i++)
        {
            if (!stored.TryGetValue(matcher.Terms[i].Match, out var data))
                return null;
            terms[i] = TermState.Read(matcher.Terms[i].Match, data);
            if (terms[i].Hits.Length != matcher.Terms[i].PhraseCount)
                return null;
        }
        return new TermTops(terms, rows, tokens);
    }

    public void Add(long rowid, RowHits row)
    {
        Rows++;
        Tokens += row.Tokens;
        foreach (var (term, frequencies) in Group(row))
        {
            var state = _terms[term];
            foreach (var f in frequencies)
                state.Hits[Phrase(f)]++;
            var entry = new Entry(rowid, row.Tokens, frequencies);
            // Behind the last trim's Kept-th passage (by the statistics of then): summarised at once. Were it
            // to rank among the first later, a search would see it in the bounds and ask FTS5.
            if (state.Filter is { } filter && filter.Score(frequencies, row.Tokens) is var score
                && (score > state.Threshold.Score || (score == state.Threshold.Score && rowid > state.Threshold.Rowid)))
            {
                state.Bound(entry);
                continue;
            }
            state.Entries.Add(entry);
            if (state.Entries.Count > Slack)
                Trim(state);
        }
    }

    public void Remove(long rowid, RowHits row)
    {
        Rows--;
        Tokens -= row.Tokens;
        foreach (var (term, frequencies) in Group(row))
        {
            var state = _terms[term];
            foreach (var f in frequencies)
                state.Hits[Phrase(f)]--;
            state.Entries.RemoveAll(e => e.Rowid == rowid);
        }
    }

    /// <summary>Cuts every list back to <see cref="Kept"/> and packs each term's state, by its MATCH expression.</summary>
    public IEnumerable<(string Match, byte[] Data)> Pack()
    {
        foreach (var state in _terms)
        {
            if (state.Entries.Count > Kept)
                Trim(state);
            yield return (state.Match, state.Write());
        }
    }

    /// <summary>The first <paramref name="limit"/> passages of a stored term as FTS5 ranks them (rowid and
    /// bm25, best first, ties by rowid), or null when a passage not kept might be among them.</summary>
    public static List<(long Rowid, double Score)>? Top(byte[] data, int limit, long rows, long tokens)
    {
        var state = TermState.Read("", data);
        var scorer = new Bm25(state.Hits, rows, tokens);
        var ranked = state.Entries.Select(e => (e.Rowid, Score: scorer.Score(e.Frequencies, e.Tokens)))
            .OrderBy(e => e.Score).ThenBy(e => e.Rowid).Take(limit).ToList();
        if (state.Bounds.Count == 0)
            return ranked;
        if (ranked.Count < limit)
            return null;
        var (lastRowid, lastScore) = ranked[^1];
        foreach (var (frequencies, bound) in state.Bounds)
        {
            var best = scorer.Score(frequencies, bound.Tokens);
            if (best < lastScore || (best == lastScore && bound.Rowid < lastRowid))
                return null;
        }
        return ranked;
    }

    // Keeps the Kept best entries under the statistics so far (bm25 order: score, then rowid); the rest go
    // into the bounds.
    private void Trim(TermState state)
    {
        var scorer = new Bm25(state.Hits, Rows, Tokens);
        var entries = state.Entries;
        var scores = new double[entries.Count];
        var order = new int[entries.Count];
        for (var i = 0; i < order.Length; i++)
        {
            scores[i] = scorer.Score(entries[i].Frequencies, entries[i].Tokens);
            order[i] = i;
        }
        Array.Sort(scores, order);
        for (var start = 0; start < order.Length;)
        {
            var end = start + 1;
            while (end < order.Length && scores[end] == scores[start])
                end++;
            if (end - start > 1)
                Array.Sort(order, start, end - start, Comparer<int>.Create((a, b) => entries[a].Rowid.CompareTo(entries[b].Rowid)));
            start = end;
        }
        var kept = new List<Entry>(Kept + Slack);
        for (var i = 0; i < order.Length; i++)
            if (i < Kept)
                kept.Add(entries[order[i]]);
            else
                state.Bound(entries[order[i]]);
        state.Entries = kept;
        state.Filter = scorer;
        state.Threshold = (scores[Kept - 1], entries[order[Kept - 1]].Rowid);
    }

    // A row's hits per term, each phrase's frequency packed as (phrase, in words, in heading).
    private static IEnumerable<(int Term, long[] Frequencies)> Group(RowHits row)
    {
        var hits = row.Hits;
        for (var i = 0; i < hits.Length;)
        {
            var term = hits[i].Term;
            var start = i;
            while (i < hits.Length && hits[i].Term == term)
                i++;
            var frequencies = new long[i - start];
            for (var k = start; k < i; k++)
                frequencies[k - start] = Pack(hits[k].Phrase, hits[k].InWords, hits[k].InHeading);
            yield return (term, frequencies);
        }
    }

    private static long Pack(int phrase, int inWords, int inHeading) => ((long)phrase << 48) | ((long)inWords << 24) | (uint)inHeading;

    private static int Phrase(long f) => (int)(f >> 48);

    private static int InWords(long f) => (int)((f >> 24) & 0xFFFFFF);

    private static int InHeading(long f) => (int)(f & 0xFFFFFF);

    private readonly record struct Entry(long Rowid, int Tokens, long[] Frequencies);

    private readonly record struct BoundRow(int Tokens, long Rowid);

    /// <summary>FTS5's bm25() (fts5_aux.c, fts5Bm25Function) with column weights words 1.0, heading 0.5 (see
    /// <see cref="KbSchema.Bm25"/>), computed with the same operations in the same order.</summary>
    private sealed class Bm25
    {
        private const double K1 = 1.2, B = 0.75;
        private const double WordsWeight = 1.0, HeadingWeight = 0.5;
        private readonly double[] _idf;
        private readonly double _averageLength;

        public Bm25(long[] hits, long rows, long tokens)
        {
            _averageLength = (double)tokens / (double)rows;
            _idf = new double[hits.Length];
            for (var i = 0; i < hits.Length; i++)
            {
                var idf = Math.Log(((double)(rows - hits[i]) + 0.5) / ((double)hits[i] + 0.5));
                _idf[i] = idf <= 0.0 ? 1e-6 : idf;
            }
        }

        // bm25 sums over every phrase of the query in order; a phrase the row lacks adds exactly +0.0, so
        // summing the row's phrases alone, in phrase order, gives the same double.
        public double Score(long[] frequencies, int tokens)
        {
            var d = (double)tokens;
            var score = 0.0;
            foreach (var f in frequencies)
            {
                var frequency = InWords(f) * WordsWeight + InHeading(f) * HeadingWeight;
                score += _idf[Phrase(f)] * ((frequency * (K1 + 1.0)) / (frequency + K1 * (1 - B + B * d / _averageLength)));
            }
            return -1.0 * score;
        }
    }

    private sealed class TermState(string match, long[] hits)
    {
        public string Match { get; } = match;

        /// <summary>Per phrase, the rows holding it.</summary>
        public long[] Hits { get; } = hits;

        public List<Entry> Entries { get; set; } = [];

        /// <summary>The statistics of the last trim and the last passage it kept (see <see cref="Add"/>).</summary>
        public Bm25? Filter { get; set; }

        public (double Score, long Rowid) Threshold { get; set; }

        /// <summary>Rows not kept: per frequency vector, the shortest length and the lowest rowid at it.</summary>
        public Dictionary<long[], BoundRow> Bounds { get; } = new(FrequencyComparer.Instance);

        public void Bound(Entry entry)
        {
            if (!Bounds.TryGetValue(entry.Frequencies, out var bound) || entry.Tokens < bound.Tokens
                || (entry.Tokens == bound.Tokens && entry.Rowid < bound.Rowid))
                Bounds[entry.Frequencies] = new BoundRow(entry.Tokens, entry.Rowid);
        }

        public byte[] Write()
        {
            var w = new VarintWriter();
            w.Write(Hits.Length);
            foreach (var h in Hits)
                w.Write(h);
            w.Write(Entries.Count);
            var previous = 0L;
            foreach (var entry in Entries.OrderBy(e => e.Rowid))
            {
                w.Write(entry.Rowid - previous);
                previous = entry.Rowid;
                w.Write(entry.Tokens);
                WriteFrequencies(w, entry.Frequencies);
            }
            w.Write(Bounds.Count);
            foreach (var (frequencies, bound) in Bounds)
            {
                w.Write(bound.Tokens);
                w.Write(bound.Rowid);
                WriteFrequencies(w, frequencies);
            }
            return w.ToArray();
        }

        public static TermState Read(string match, byte[] data)
        {
            var r = new VarintReader(data);
            var hits = new long[r.ReadInt()];
            for (var i = 0; i < hits.Length; i++)
                hits[i] = r.ReadLong();
            var state = new TermState(match, hits);
            var entries = r.ReadInt();
            var rowid = 0L;
            for (var i = 0; i < entries; i++)
            {
                rowid += r.ReadLong();
                var tokens = r.ReadInt();
                state.Entries.Add(new Entry(rowid, tokens, ReadFrequencies(ref r)));
            }
            var bounds = r.ReadInt();
            for (var i = 0; i < bounds; i++)
            {
                var tokens = r.ReadInt();
                var lowest = r.ReadLong();
                state.Bounds[ReadFrequencies(ref r)] = new BoundRow(tokens, lowest);
            }
            return state;
        }

        private static void WriteFrequencies(VarintWriter w, long[] frequencies)
        {
            w.Write(frequencies.Length);
            foreach (var f in frequencies)
            {
                w.Write(Phrase(f));
                w.Write(InWords(f));
                w.Write(InHeading(f));
            }
        }

        private static long[] ReadFrequencies(ref VarintReader r)
        {
            var frequencies = new long[r.ReadInt()];
            for (var i = 0; i < frequencies.Length; i++)
                frequencies[i] = Pack(r.ReadInt(), r.ReadInt(), r.ReadInt());
            return frequencies;
        }
    }

    private sealed class FrequencyComparer : IEqualityComparer<long[]>
    {
        public static FrequencyComparer Instance { get; } = new();

        public bool Equals(long[]? x, long[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(long[] obj)
        {
            var hash = new HashCode();
            hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(obj.AsSpan()));
            return hash.ToHashCode();
        }
    }

    private sealed class VarintWriter
    {
        private readonly MemoryStream _stream = new();

        public void Write(long value)
        {
            var v = (ulong)value;
            while (v >= 0x80)
            {
                _stream.WriteByte((byte)(v | 0x80));
                v >>= 7;
            }
            _stream.WriteByte((byte)v);
        }

        public byte[] ToArray() => _stream.ToArray();
    }

    private ref struct VarintReader(byte[] data)
    {
        private readonly byte[] _data = data;
        private int _at;

        public long ReadLong()
        {
            ulong value = 0;
            var shift = 0;
            byte b;
            do
            {
                b = _data[_at++];
                value |= (ulong)(b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);
            return (long)value;
        }

        public int ReadInt() => checked((int)ReadLong());
    }
}
