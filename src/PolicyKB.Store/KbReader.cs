using System.Globalization;
using Microsoft.Data.Sqlite;
using PolicyKB.Core;
using PolicyKB.Rules;

namespace PolicyKB.Store;

/// <summary>Read-only access to a knowledge base: full-text search and the stored records.</summary>
/// <remarks>Queries are segmented with the lexicon stored in the database, the one its index was built
/// with, so a search needs no rule files (and loads none).</remarks>
public sealed class KbReader : IDisposable
{
    private const int MaxTerms = 32;
    private static readonly char[] TermSeparators = [' ', '\t', '\r', '\n', '\u3000', ',', '，', '、', ';', '；'];

    private readonly SqliteConnection _db;
    private readonly Dictionary<string, SqliteCommand> _commands = [];
    private Segmenter? _segmenter;
    private List<DocumentInfo>? _documents;
    private Plans? _plans;
    private List<string>? _regions;
    private readonly LruCache<long, PlanBody> _bodies = new(64);
    // What search hits unpack: plans' outlines (headings) and chunks of paragraphs (see PlanBody).
    private readonly LruCache<long, PlanOutline> _outlines = new(256);
    private readonly LruCache<(long Plan, int Chunk), string[]> _chunks = new(512);
    private (long Rows, long Tokens)? _indexTotals;

    private KbReader(SqliteConnection db, string path)
    {
        _db = db;
        Path = path;
    }

    public string Path { get; }

    /// <summary>Opens an existing knowledge base read-only.</summary>
    /// <exception cref="KbException">The file is missing or is not a knowledge base of this version.</exception>
    public static KbReader Open(string dbPath)
    {
        if (!File.Exists(dbPath))
            throw new KbException("知识库不存在；请先运行 kb index 或 kb ingest", dbPath);
        var db = KbDatabase.Open(dbPath, readOnly: true);
        try
        {
            KbDatabase.CheckSchema(db, dbPath);
            return new KbReader(db, dbPath);
        }
        catch
        {
            db.Dispose();
            throw;
        }
    }

    /// <summary>The segmenter the index was built with (lexicon from the database).</summary>
    public Segmenter Segmenter => _segmenter ??= new Segmenter(
        Lexicon.From(Lines(Meta("lexicon")), Lines(Meta("stopwords"))));

    /// <summary>BM25-ranked passages for a query.</summary>
    /// <remarks>
    /// The query is split into terms at spaces and list punctuation (新能源 公交, 新能源、公交). Three
    /// tiers, each ranked by bm25 and listed after the one before, until the limit is reached:
    /// 1. every term as a phrase (exact wording: 秸秆综合利用 as written);
    /// 2. every word of every term (see <see cref="Chunks"/>), all required — 建筑节能标准 also finds
    ///    公共建筑 72%节能标准, and a question such as 秸秆综合利用率是多少 finds its paragraph;
    /// 3. the same words, any of them.
    /// </remarks>
    public IReadOnlyList<SearchHit> Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var hits = new List<SearchHit>();
        if (request.Limit <= 0)
            return hits;
        var terms = request.Query.Split(TermSeparators, StringSplitOptions.RemoveEmptyEntries).Take(MaxTerms).ToList();
        var segmenter = Segmenter;
        var phrases = terms.Select(t => FtsQuery.Term(segmenter, t)).ToList();
        var words = terms.SelectMany(t => Chunks(segmenter, t)).Distinct().Take(MaxTerms).ToList();
        var wordPhrases = words.Select(w => FtsQuery.Term(segmenter, w)).ToList();

        Add(FtsQuery.Combine(phrases, all: true), terms);
        if (!words.SequenceEqual(terms.Select(segmenter.Fold)))
            Add(FtsQuery.Combine(wordPhrases, all: true), words);
        if (words.Count > 1)
            Add(FtsQuery.Combine(wordPhrases, all: false), words);
        return hits;

        void Add(string? match, IReadOnlyList<string> marks)
        {
            if (match is null || hits.Count >= request.Limit)
                return;
            var seen = hits.Select(h => h.ParagraphId).ToHashSet();
            foreach (var hit in Run(match, marks, request with { Limit = request.Limit + seen.Count }))
                if (hits.Count < request.Limit && !seen.Contains(hit.ParagraphId))
                    hits.Add(hit);
        }
    }

    /// <summary>The words of a term for the looser tiers: ICU + lexicon words without stopwords, where
    /// characters ICU left single are joined back with their single neighbours (打|捆|直|燃 → 打捆直燃,
    /// matched as a phrase) and a lone single character is dropped — on its own, 直 or 燃 matches
    /// nearly every paragraph.</summary>
    private static IEnumerable<string> Chunks(Segmenter segmenter, string term)
    {
        var folded = segmenter.Fold(term);
        var stopwords = segmenter.Lexicon.Stopwords;
        var tokens = segmenter.Tokens(folded).Where(t => !stopwords.Contains(folded.Substring(t.Start, t.Length))).ToList();
        var chunks = new List<string>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsSingleHan(folded, tokens[i]))
            {
                chunks.Add(folded.Substring(tokens[i].Start, tokens[i].Length));
                continue;
            }
            var j = i;
            while (j + 1 < tokens.Count && IsSingleHan(folded, tokens[j + 1]) && tokens[j + 1].Start == tokens[j].End)
                j++;
            if (j > i)
                chunks.Add(folded[tokens[i].Start..tokens[j].End]);
            i = j;
        }
        return chunks.Count > 0 ? chunks : tokens.Select(t => folded.Substring(t.Start, t.Length));
    }

    private static bool IsSingleHan(string text, Token token) =>
        HanText.RuneLength(text, token.Start) == token.Length && HanText.IsHan(HanText.RuneAt(text, token.Start));

    private List<SearchHit> Run(string? match, IReadOnlyList<string> marks, SearchRequest request)
    {
        var hits = new List<SearchHit>();
        if (match is null)
            return hits;
        var segmenter = Segmenter;
        var plans = PlanIndex();
        var needles = marks.SelectMany(m => Needles(segmenter.Fold(m))).ToList();
        foreach (var (id, score) in Ranked(match, request, plans))
        {
            if (plans.Find(id) is not { } plan)
                continue;
            var (text, sectionPath) = Passage(plan, (int)(id - plan.First));
            var spans = Highlighter.Find(segmenter.Fold(text), needles);
            hits.Add(new SearchHit(
                ParagraphId: id,
                DocumentId: plan.Info.Id,
                Title: plan.Info.Title,
                Region: plan.Info.Region,
                Level: plan.Info.Level,
                SectionPath: sectionPath,
                Text: text,
                Highlights: spans,
                Highlighted: Highlighter.Mark(text, spans),
                Score: Math.Round(-score, 4)));
        }
        return hits;
    }

    // Plans few enough to rank their passages plan by plan (through rowid ranges) rather than ranking every
    // match in the knowledge base and dropping the other plans' (a region's question on 3,000 plans).
    private const int MaxPlansByRange = 64;

    // The best passages (rowid, bm25: lower is better) of the plans the request keeps, best first, ties
    // in document order. bm25's statistics are the whole index's either way.
    private List<(long Id, double Score)> Ranked(string match, SearchRequest request, Plans plans)
    {
        var ranked = new List<(long, double)>();
        if (request.Region is null && request.Level is null && request.Year is null)
        {
            if (UseTermTops && IndexTotals() is { Rows: > 0 } totals
                && Command(TermTopSql, ("$match", match)).ExecuteScalar() is byte[] data
                && TermTops.Top(data, request.Limit, totals.Rows, totals.Tokens) is { } best)
            {
                KeptRankings++;
                return best;
            }
            using var top = Command(TopSql, ("$match", match), ("$limit", request.Limit)).ExecuteReader();
            while (top.Read())
                ranked.Add((top.GetInt64(0), top.GetDouble(1)));
            return ranked;
        }
        var kept = plans.All.Where(p => p.Info.Paragraphs > 0 && Passes(p.Info, request)).ToList();
        if (kept.Count <= MaxPlansByRange)
        {
            foreach (var plan in kept)
            {
                using var rows = Command(RangeSql, ("$match", match), ("$first", plan.First),
                    ("$last", plan.First + plan.Info.Paragraphs - 1), ("$limit", request.Limit)).ExecuteReader();
                while (rows.Read())
                    ranked.Add((rows.GetInt64(0), rows.GetDouble(1)));
            }
            return ranked.OrderBy(r => r.Item2).ThenBy(r => r.Item1).Take(request.Limit).ToList();
        }
        var keys = kept.Select(p => p.Key).ToHashSet();
        using var all = Command(RankedSql, ("$match", match)).ExecuteReader();
        while (ranked.Count < request.Limit && all.Read())
            if (plans.Find(all.GetInt64(0)) is { } plan && keys.Contains(plan.Key))
                ranked.Add((all.GetInt64(0), all.GetDouble(1)));
        return ranked;
    }

    /// <summary>Whether a search for one lexicon term reads the term's kept ranking (<see cref="TermTops"/>)
    /// rather than having FTS5 rank every passage holding it; both give the same passages and scores.</summary>
    internal bool UseTermTops { get; set; } = true;

    /// <summary>How many rankings came from kept ones (for the benchmark).</summary>
    internal int KeptRankings { get; private set; }

    // FTS5's row and token totals (bm25's statistics), when the kept rankings were counted with the same;
    // else null and FTS5 ranks every search. The averages record of an FTS5 table (rowid 1 of its _data
    // table) holds the row count and each column's token count as varints.
    private (long Rows, long Tokens)? IndexTotals()
    {
        if (_indexTotals is { } known)
            return known.Rows < 0 ? null : known;
        _indexTotals = (-1, -1);
        if (Command("SELECT block FROM passages_data WHERE id = 1").ExecuteScalar() is not byte[] block
            || Meta("term_tops") is not { } counted)
            return null;
        var at = 0;
        var rows = Varint(block, ref at);
        var tokens = 0L;
        while (at < block.Length)
            tokens += Varint(block, ref at);
        if (counted != FormattableString.Invariant($"{rows} {tokens}"))
            return null;
        _indexTotals = (rows, tokens);
        return _indexTotals;

        // SQLite's varint: big-endian groups of 7 bits, the high bit set on all but the last; a ninth byte
        // gives all 8 of its bits.
        static long Varint(byte[] data, ref int at)
        {
            long value = 0;
            for (var i = 0; i < 8; i++)
            {
                var b = data[at++];
                value = (value << 7) | (long)(b & 0x7F);
                if ((b & 0x80) == 0)
                    return value;
            }
            return (value << 8) | data[at++];
        }
    }

    // Plans in force in a year: their period covers it, or, without a period, they were issued by then.
    private static bool Passes(DocumentInfo plan, SearchRequest request)
    {
        if (request.Region is not null && plan.Region != request.Region)
            return false;
        if (request.Level is not null && plan.Level != request.Level)
            return false;
        if (request.Year is not { } year)
            return true;
        if (plan.Period is { Length: >= 4 } period)
            return Year(period[..4]) <= year && Year(period[^4..]) >= year;
        return plan.Period is null && plan.Date is { Length: >= 4 } date && Year(date[..4]) <= year;

        static int Year(string digits) => int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : 0;
    }

    // What to mark for a folded term: the term without surrounding punctuation, or, when punctuation
    // inside it keeps it from occurring as written (“两高”项目), its pieces of two or more characters.
    private static IEnumerable<string> Needles(string folded)
    {
        var pieces = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inside = i < folded.Length && HanText.IsTokenChar(HanText.RuneAt(folded, i));
            if (inside && start < 0)
                start = i;
            else if (!inside && start >= 0)
            {
                pieces.Add(folded[start..i]);
                start = -1;
            }
        }
        if (pieces.Count <= 1)
            return pieces;
        var first = folded.IndexOf(pieces[0], StringComparison.Ordinal);
        var last = folded.LastIndexOf(pieces[^1], StringComparison.Ordinal) + pieces[^1].Length;
        return [folded[first..last], .. pieces.Where(p => p.Length >= 2)];
    }

    /// <summary>The stored plans, by region then title.</summary>
    /// <remarks>Read once per reader: a knowledge-base file is never changed in place (see
    /// <see cref="KbDatabase"/>), so an open reader's plans stay what they were.</remarks>
    public IReadOnlyList<DocumentInfo> Documents() => _documents ??= PlanIndex().All
        .OrderBy(p => p.Info.Region, StringComparer.Ordinal).ThenBy(p => p.Info.Title, StringComparer.Ordinal)
        .ThenBy(p => p.Info.Id, StringComparer.Ordinal).Select(p => p.Info).ToList();

    private Plans PlanIndex()
    {
        if (_plans is not null)
            return _plans;
        return _plans = new Plans(Command(PlanListSql).ExecuteScalar() is byte[] packed ? PlanList.Unpack(packed) : []);
    }

    /// <summary>The distinct regions of the stored plans.</summary>
    public IReadOnlyList<string> Regions() => _regions ??=
        PlanIndex().All.Select(p => p.Info.Region).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>A stored plan as ingest made it (metadata and heading tree with paragraphs and tables), or
    /// null when it is not stored.</summary>
    public Document? Document(string documentId)
    {
        if (PlanIndex().Get(documentId) is not { } plan)
            return null;
        var info = plan.Info;
        var meta = new DocumentMeta
        {
            Title = info.Title, Region = info.Region, Level = info.Level, Issuer = info.Issuer, Date = info.Date,
            DocNumber = info.DocNumber, Period = info.Period, PublishDate = plan.PublishDate, Source = plan.Source,
            SourceFile = info.SourceFile,
        };
        return new Document(info.Id, meta, Body(plan).Tree());
    }

    /// <summary>The paragraphs (and table rows) of a plan in document order, with their section path.</summary>
    public IReadOnlyList<(string SectionPath, string Text)> Paragraphs(string documentId)
    {
        if (PlanIndex().Get(documentId) is not { } plan)
            return [];
        var body = Body(plan);
        return body.Paragraphs.Select((p, i) => (body.SectionPath(i), p.Text)).ToList();
    }

    /// <summary>Stored targets, optionally of one plan, in document order.</summary>
    public IReadOnlyList<Target> Targets(string? documentId = null)
    {
        if (documentId is not null)
            return PlanIndex().Get(documentId) is { } plan ? ReadTargets(TargetsOfSql, ("$key", plan.Key)) : [];
        return ReadTargets(AllTargetsSql);
    }

    /// <summary>Stored targets of one metric id, optionally with one deadline and of one region's plans,
    /// across plans, in document order (reading only the plans that hold such targets).</summary>
    public IReadOnlyList<Target> TargetsOfMetric(string metricId, int? deadline = null, string? region = null)
    {
        var plans = PlanIndex();
        var found = new List<GroupTarget>();
        using (var reader = Command(TargetsOfMetricSql, ("$metric", metricId), ("$deadline", deadline)).ExecuteReader())
            while (reader.Read())
                found.AddRange(PlanTargets.UnpackGroup((byte[])reader.GetValue(0), key => plans.Get(key)?.Info.Id)
                    .Where(t => plans.Get(t.Doc) is { } plan && (region is null || plan.Info.Region == region)));
        found.Sort((a, b) => a.Doc != b.Doc ? a.Doc.CompareTo(b.Doc) : a.Ord.CompareTo(b.Ord));
        return found.Select(t => t.Target).ToList();
    }

    private List<Target> ReadTargets(string sql, params (string Name, object? Value)[] parameters)
    {
        var list = new List<Target>();
        using var reader = Command(sql, parameters).ExecuteReader();
        while (reader.Read())
            list.AddRange(PlanTargets.Unpack((byte[])reader.GetValue(1), reader.GetString(0)));
        return list;
    }

    /// <summary>Stored measures, optionally of one plan, in document order.</summary>
    public IReadOnlyList<Measure> Measures(string? documentId = null) =>
        Bodies(documentId).SelectMany(b => b.Measures.Select(m => m.Record)).ToList();

    /// <summary>Stored department duties, optionally of one plan, in document order.</summary>
    public IReadOnlyList<Duty> Duties(string? documentId = null) =>
        Bodies(documentId).SelectMany(b => b.Duties.Select(d => d.Record)).ToList();

    // One plan's body, or every plan's in the order they were stored (not kept in the cache).
    private IEnumerable<PlanBody> Bodies(string? documentId)
    {
        if (documentId is not null)
        {
            if (PlanIndex().Get(documentId) is { } plan)
                yield return Body(plan);
            yield break;
        }
        foreach (var plan in PlanIndex().All)
            yield return _bodies.Get(plan.Key) ?? PlanBody.Unpack(ReadBody(plan.Key), plan.Info.Id);
    }

    private PlanBody Body(PlanRow plan)
    {
        if (_bodies.Get(plan.Key) is { } cached)
            return cached;
        var body = PlanBody.Unpack(ReadBody(plan.Key), plan.Info.Id);
        _bodies.Add(plan.Key, body);
        return body;
    }

    // A paragraph's text and section path: from the plan's body when it is in the cache, else unpacking
    // only the outline and the paragraph's chunk.
    private (string Text, string SectionPath) Passage(PlanRow plan, int index)
    {
        if (_bodies.Get(plan.Key) is { } body)
            return (body.Paragraphs[index].Text, body.SectionPath(index));
        byte[]? packed = null;
        var outline = _outlines.Get(plan.Key) ?? _outlines.Add(plan.Key, PlanBody.Outline(packed ??= ReadBody(plan.Key)));
        var chunk = outline.ChunkOf(index);
        var texts = _chunks.Get((plan.Key, chunk)) ?? _chunks.Add((plan.Key, chunk), PlanBody.Chunk(packed ?? ReadBody(plan.Key), outline, chunk));
        return (texts[index - outline.ChunkStart(chunk)], outline.SectionPath(index));
    }

    private byte[] ReadBody(long key) => (byte[])Command(BodySql, ("$key", key)).ExecuteScalar()!;

    public void Dispose()
    {
        foreach (var command in _commands.Values)
            command.Dispose();
        _db.Dispose();
    }

    private string? Meta(string key) => Command("SELECT value FROM meta WHERE key = $key", ("$key", key)).ExecuteScalar() as string;

    private static IEnumerable<string> Lines(string? value) =>
        value is null ? [] : value.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _db.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            _commands[sql] = command;
        }
        foreach (var (name, value) in parameters)
            command.Parameters[name].Value = value ?? DBNull.Value;
        return command;
    }

    // Best first (bm25 is negative, lower is better), ties in document order.
    private const string RankedSql = $"SELECT rowid, {KbSchema.Bm25} AS score FROM passages WHERE passages MATCH $match ORDER BY score, rowid";
    private const string TopSql = RankedSql + " LIMIT $limit";
    private const string RangeSql = $"""
        SELECT rowid, {KbSchema.Bm25} AS score FROM passages
        WHERE passages MATCH $match AND rowid BETWEEN $first AND $last ORDER BY score, rowid LIMIT $limit
        """;

    private const string TermTopSql = "SELECT data FROM term_tops WHERE match = $match";

    private const string PlanListSql = "SELECT data FROM plan_list";

    private const string BodySql = "SELECT body FROM plan_data WHERE doc = $key";
    private const string AllTargetsSql = "SELECT d.id, x.targets FROM documents d JOIN plan_data x ON x.doc = d.key WHERE d.targets > 0 ORDER BY d.key";
    private const string TargetsOfSql = "SELECT d.id, x.targets FROM documents d JOIN plan_data x ON x.doc = d.key WHERE d.key = $key";
    private const string TargetsOfMetricSql = """
        SELECT data FROM metric_targets WHERE metric_id = $metric AND ($deadline IS NULL OR deadline = $deadline)
        """;

    /// <summary>The stored plans by id and by passages row.</summary>
    private sealed class Plans
    {
        private readonly PlanRow[] _byFirst;
        private readonly Dictionary<string, PlanRow> _byId;
        private readonly Dictionary<long, PlanRow> _byKey;

        public Plans(List<PlanRow> plans)
        {
            All = plans;
            _byFirst = plans.Where(p => p.Info.Paragraphs > 0).OrderBy(p => p.First).ToArray();
            _byId = plans.ToDictionary(p => p.Info.Id, StringComparer.Ordinal);
            _byKey = plans.ToDictionary(p => p.Key);
        }

        /// <summary>In the order they were stored.</summary>
        public IReadOnlyList<PlanRow> All { get; }

        public PlanRow? Get(string id) => _byId.GetValueOrDefault(id);

        public PlanRow? Get(long key) => _byKey.GetValueOrDefault(key);

        /// <summary>The plan whose paragraphs include passages row <paramref name="rowid"/>.</summary>
        public PlanRow? Find(long rowid)
        {
            int lo = 0, hi = _byFirst.Length - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) / 2;
                if (_byFirst[mid].First <= rowid)
                    lo = mid + 1;
                else
                    hi = mid - 1;
            }
            return hi >= 0 && rowid < _byFirst[hi].First + _byFirst[hi].Info.Paragraphs ? _byFirst[hi] : null;
        }
    }

    /// <summary>The values read last, up to a number of them (plan bodies: a search shows a handful of plans,
    /// and the next search often the same ones; unpacking a body takes ~0.15 ms, a hit's chunk ~0.05 ms).</summary>
    private sealed class LruCache<TKey, TValue>(int capacity)
        where TKey : notnull
        where TValue : class
    {
        private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> _nodes = [];
        private readonly LinkedList<(TKey Key, TValue Value)> _recent = new();

        public TValue? Get(TKey key)
        {
            if (!_nodes.TryGetValue(key, out var node))
                return null;
            _recent.Remove(node);
            _recent.AddFirst(node);
            return node.Value.Value;
        }

        public TValue Add(TKey key, TValue value)
        {
            _nodes[key] = _recent.AddFirst((key, value));
            if (_nodes.Count > capacity)
            {
                _nodes.Remove(_recent.Last!.Value.Key);
                _recent.RemoveLast();
            }
            return value;
        }
    }
}
