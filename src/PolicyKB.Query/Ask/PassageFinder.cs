using System.Globalization;
using System.Text.RegularExpressions;
using PolicyKB.Store;
using static PolicyKB.Query.Ask.PlanText;

namespace PolicyKB.Query.Ask;

/// <summary>What the full-text index gives ask: passages for a question, the sentence that answers it,
/// and, when the store holds no target, a value or a year read from the clause that names the metric.</summary>
internal sealed class PassageFinder(AskStore store, QuestionAnalyzer analyzer)
{
    internal const double PassageAccept = 0.3;

    internal const int EvidenceCount = 3;

    private readonly AskStore _store = store;
    private readonly QuestionAnalyzer _analyzer = analyzer;

    internal IReadOnlyList<SearchHit> Search(Question q, List<string> regions, int limit)
    {
        var reader = _store.Reader;
        var query = string.Join(' ', SearchWords(q, reader.Segmenter));
        if (query.Length == 0)
            query = q.Text;
        if (regions.Count == 1)
            return reader.Search(new SearchRequest(query, regions[0], Limit: limit));
        var hits = reader.Search(new SearchRequest(query, Limit: regions.Count == 0 ? limit : limit * 4));
        return regions.Count == 0 ? hits : hits.Where(h => h.Region is { } r && regions.Contains(r)).Take(limit).ToList();
    }

    // The topic's words as separate search terms (推进 秸秆 综合 利用): each must occur, in any order.
    // ICU cuts words it does not know into single characters: a row of those is one word again. A long
    // word (a lexicon compound such as 秸秆综合利用) goes in as its two-character parts, so a plan that
    // writes 秸秆等固体废弃物……综合利用 still matches.
    internal static IEnumerable<string> SearchWords(Question q, Segmenter segmenter) =>
        Words(q, segmenter).SelectMany(Pairs).Distinct();

    // 秸秆综合利用 → 秸秆 综合 利用; an odd last character joins the pair before it (碳达峰 stays whole).
    internal static IEnumerable<string> Pairs(string word)
    {
        if (word.Length < 4)
        {
            yield return word;
            yield break;
        }
        for (var i = 0; i < word.Length; i += 2)
        {
            var length = word.Length - i == 3 ? 3 : 2;
            yield return word.Substring(i, length);
            i += length - 2;
        }
    }

    internal static IEnumerable<string> Words(Question q, Segmenter segmenter)
    {
        foreach (var run in q.Topic.Where(t => t.Length >= 2))
        {
            var pending = "";
            foreach (var word in segmenter.Words(run))
            {
                if (segmenter.Lexicon.Stopwords.Contains(word))
                    continue;
                if (word.Length == 1)
                {
                    pending += word;
                    continue;
                }
                if (pending.Length >= 2)
                    yield return pending;
                pending = "";
                yield return word;
            }
            if (pending.Length >= 2)
                yield return pending;
        }
    }

    internal List<AskEvidence> Passages(Question q, List<string> regions) =>
        Search(q, regions, EvidenceCount).Select(h => HitEvidence(q, h)).ToList();

    internal static (string Text, double Cover) BestSentence(Question q, string text)
    {
        var best = ("", -1.0);
        foreach (var sentence in Sentences(text))
        {
            var cover = (q.TopicGrams.Count > 0 ? q.TopicGrams : q.AllGrams).CoveredBy(Grams.Of(Grams.Fold(sentence)));
            if (cover > best.Item2)
                best = (sentence, cover);
        }
        return best;
    }

    internal static AskEvidence HitEvidence(Question q, SearchHit hit) =>
        new(hit.DocumentId, hit.Title, hit.SectionPath, BestSentence(q, hit.Text).Text is { Length: > 0 } s ? s : hit.Text);

    /// <summary>No target in the store fits (the extractor missed one, or its unit is unknown): the clause
    /// of a plan that names the metric and gives a number, quoted whole (绿色低碳产业营业收入突破300亿元).
    /// Statements about the past (十三五期间…) are skipped.</summary>
    internal (string Text, AskEvidence Evidence)? ClauseValue(Question q, List<string> regions)
    {
        var names = q.Metrics.SelectMany(m => m.Metric.Aliases.Prepend(m.Metric.Name)).Select(Grams.Fold)
            .Concat(q.MetricWords).Distinct().OrderByDescending(n => n.Length).ToList();
        if (names.Count == 0)
            return null;
        var pasts = _analyzer.RuleSet.Patterns.Pasts;
        var ids = q.Metrics.Select(m => m.Metric.Id).ToHashSet();
        foreach (var hit in Search(q, regions, 10))
        {
            // The year asked must date the paragraph, in its text or its heading (（一）到2025年).
            var paragraph = Grams.Fold(hit.Text);
            var dated = paragraph + Grams.Fold(hit.SectionPath);
            if (q.Years.Count > 0 && !q.Years.Any(y => dated.Contains(y.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)))
                continue;
            // A clause the store read as a target of another metric is that metric's (水电、风电、太阳能发电
            // 总装机容量 is not 风电、太阳能发电总装机容量).
            var otherMetrics = ids.Count == 0 || _store.Document(hit.DocumentId) is not { } document ? []
                : _store.Plan(document).Targets.Where(t => t.Target.MetricId is { } id && !ids.Contains(id))
                    .Select(t => t.Target.Evidence.Sentence).ToList();
            foreach (var sentence in Sentences(hit.Text))
            {
                var folded = Grams.Fold(sentence);
                if (pasts.Any(p => p.IsMatch(folded)))
                    continue;
                var start = 0;
                foreach (var clause in sentence.Split(ClauseBreaks))
                {
                    var foldedClause = folded.Substring(start, clause.Length);
                    start += clause.Length + 1;
                    var at = names.Select(n => foldedClause.IndexOf(n, StringComparison.Ordinal)).Where(i => i >= 0).DefaultIfEmpty(-1).Min();
                    if (at < 0 || !foldedClause.AsSpan(at).ContainsAnyInRange('0', '9')
                        || otherMetrics.Any(e => e.Contains(clause.Trim(), StringComparison.Ordinal)))
                        continue;
                    return (clause.Trim(), new AskEvidence(hit.DocumentId, hit.Title, hit.SectionPath, sentence));
                }
            }
        }
        return null;
    }

    /// <summary>No target in the store fits (碳达峰 has no number): the sentence of a plan that holds the
    /// question's words, dated by the deadline phrase before it (到2030年，……与全国同步实现碳达峰; 2030年前
    ///实现碳达峰). A phrase that governs (到2030年，) dates the rest of its paragraph; a bare year only its
    /// own sentence.</summary>
    internal (int Year, AskEvidence Evidence)? ClauseDeadline(Question q, List<string> regions)
    {
        var words = SearchWords(q, _store.Reader.Segmenter).ToList();
        if (words.Count == 0)
            return null;
        var patterns = _analyzer.RuleSet.Patterns;
        (int Year, AskEvidence Evidence, bool Own, double Near)? best = null;
        foreach (var hit in Search(q, regions, 10))
        {
            var paragraph = Grams.Fold(hit.Text);
            var dates = patterns.Deadlines.SelectMany(d => d.Regex.Matches(paragraph).Select(m => (m.Index, d.Governs, Year: YearOf(m))))
                .Where(d => d.Year is not null).OrderBy(d => d.Index).ToList();
            foreach (var (start, length) in SentenceSpans(hit.Text))
            {
                var sentence = paragraph.Substring(start, length);
                if (!words.All(w => sentence.Contains(w, StringComparison.Ordinal)) || patterns.Pasts.Any(p => p.IsMatch(sentence)))
                    continue;
                var at = sentence.IndexOf(words.MaxBy(w => w.Length)!, StringComparison.Ordinal);
                // A year in the sentence itself (如期实现2030年碳达峰目标) beats one governing the paragraph,
                // and the nearer the year to the question's words, the surer.
                var own = dates.Where(d => d.Index >= start && d.Index < start + length)
                    .OrderBy(d => Math.Abs(d.Index - (start + at))).FirstOrDefault();
                var date = own.Year is not null ? own : dates.LastOrDefault(d => d.Index <= start + at && d.Governs);
                var isOwn = own.Year is not null;
                var near = 1.0 / (1 + Math.Abs(date.Index - (start + at)));
                if (date.Year is { } year && (best is not { } b || (isOwn, near).CompareTo((b.Own, b.Near)) > 0))
                    best = (year, new AskEvidence(hit.DocumentId, hit.Title, hit.SectionPath, hit.Text.Substring(start, length)), isOwn, near);
            }
        }
        return best is { } found ? (found.Year, found.Evidence) : null;

        int? YearOf(Match m) =>
            m.Groups["year"] is { Success: true } y ? int.Parse(y.Value, CultureInfo.InvariantCulture)
            : m.Groups["period"] is { Success: true } p ? patterns.FindPeriod(p.Value)?.End : null;
    }
}
