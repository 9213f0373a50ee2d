using System.Diagnostics;
using PolicyKB.Store;

namespace PolicyKB.Bench;

/// <summary>`PolicyKB.Bench tops-check --db F`: for every lexicon term, the search that reads the term's kept
/// ranking (TermTops) against FTS5 ranking every passage: same passages, same scores, in the same order.</summary>
internal static class TermTopsCheck
{
    public static int Run(string db)
    {
        using var fast = KbReader.Open(db);
        using var full = KbReader.Open(db);
        full.UseTermTops = false;
        var terms = fast.Segmenter.Lexicon.Terms;
        int same = 0, differ = 0;
        var fastTimes = new List<double>();
        var fullTimes = new List<double>();
        foreach (var limit in new[] { 10, 50 })
            foreach (var term in terms)
            {
                var request = new SearchRequest(term, Limit: limit);
                var clock = Stopwatch.StartNew();
                var a = fast.Search(request);
                fastTimes.Add(clock.Elapsed.TotalMilliseconds);
                clock.Restart();
                var b = full.Search(request);
                fullTimes.Add(clock.Elapsed.TotalMilliseconds);
                if (a.Select(h => (h.ParagraphId, h.Score)).SequenceEqual(b.Select(h => (h.ParagraphId, h.Score))))
                    same++;
                else
                {
                    differ++;
                    if (differ <= 10)
                        Console.WriteLine($"DIFFER {term} limit {limit}: {string.Join(',', a.Select(h => $"{h.ParagraphId}:{h.Score}"))} vs {string.Join(',', b.Select(h => $"{h.ParagraphId}:{h.Score}"))}");
                }
            }
        Console.WriteLine($"{same} same, {differ} differ ({terms.Count} terms × limits 10, 50); {fast.KeptRankings} rankings read from kept lists");
        // Each term once (limit 10, the first pass): what a stream of different searches sees, few of its
        // plans already unpacked.
        Console.WriteLine($"each lexicon term once, limit 10, p50/p95/p99 ms: kept {Percentiles.Of(fastTimes.Take(terms.Count).ToList())}; " +
            $"FTS5 only {Percentiles.Of(fullTimes.Take(terms.Count).ToList())}");
        return differ == 0 ? 0 : 1;
    }
}

/// <summary>`PolicyKB.Bench matcher --db F`: what finding the lexicon terms' phrases in every row costs.</summary>
internal static class MatcherProfile
{
    public static int Run(string db)
    {
        using var reader = KbReader.Open(db);
        var segmenter = reader.Segmenter;
        var texts = reader.Documents().SelectMany(d => reader.Paragraphs(d.Id)).Select(p => p.Text).ToList();
        var clock = Stopwatch.StartNew();
        var words = texts.Select(t => string.Join(' ', segmenter.Words(t))).ToList();
        Console.WriteLine($"segment {texts.Count} rows: {clock.Elapsed.TotalMilliseconds:0} ms");
        clock.Restart();
        var matcher = new TermMatcher(segmenter);
        Console.WriteLine($"matcher for {matcher.Terms.Count} terms: {clock.Elapsed.TotalMilliseconds:0} ms");
        for (var round = 0; round < 3; round++)
        {
            clock.Restart();
            long hits = 0;
            foreach (var w in words)
                hits += TermMatcher.Row(matcher.Column(w, 0), ColumnHits.None).Hits.Length;
            var match = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            foreach (var w in words)
                matcher.Column(w, 0);
            Console.WriteLine($"columns alone {clock.Elapsed.TotalMilliseconds:0} ms");
            clock.Restart();
            foreach (var w in words)
                Fts5Tokens.Spans(w);
            Console.WriteLine($"match: {match:0} ms ({hits} term-phrase hits); of which tokenizing {clock.Elapsed.TotalMilliseconds:0} ms");
        }
        var rows = words.Select(w => TermMatcher.Row(matcher.Column(w, 0), ColumnHits.None)).ToList();
        for (var round = 0; round < 3; round++)
        {
            clock.Restart();
            var tops = TermTops.Empty(matcher);
            for (var i = 0; i < rows.Count; i++)
                tops.Add(i + 1, rows[i]);
            var add = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var bytes = tops.Pack().Sum(p => p.Data.Length);
            Console.WriteLine($"tops add {add:0} ms, pack {clock.Elapsed.TotalMilliseconds:0} ms ({bytes} bytes)");
        }
        return 0;
    }
}
