using System.Globalization;
using System.Text.Json;
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
    private List<string>? _regions;

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
        var needles = marks.SelectMany(m => Needles(segmenter.Fold(m))).ToList();
        using var reader = (request.Region is null && request.Level is null && request.Year is null
            ? Command(TopSearchSql, ("$match", match), ("$limit", request.Limit))
            : Command(SearchSql, ("$match", match), ("$region", request.Region), ("$level", request.Level),
                ("$year", request.Year), ("$limit", request.Limit)))
            .ExecuteReader();
        while (reader.Read())
        {
            var text = reader.GetString(5);
            var spans = Highlighter.Find(segmenter.Fold(text), needles);
            hits.Add(new SearchHit(
                ParagraphId: reader.GetInt64(7),
                DocumentId: reader.GetString(0),
                Title: reader.GetString(1),
                Region: reader.IsDBNull(2) ? null : reader.GetString(2),
                Level: reader.IsDBNull(3) ? null : reader.GetString(3),
                SectionPath: reader.GetString(4),
                Text: text,
                Highlights: spans,
                Highlighted: Highlighter.Mark(text, spans),
                Score: Math.Round(-reader.GetDouble(6), 4)));
        }
        return hits;
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
    public IReadOnlyList<DocumentInfo> Documents() => _documents ??= ReadDocuments();

    private List<DocumentInfo> ReadDocuments()
    {
        var list = new List<DocumentInfo>();
        using var reader = Command(DocumentsSql).ExecuteReader();
        while (reader.Read())
            list.Add(new DocumentInfo(
                Id: reader.GetString(0), Title: reader.GetString(1), Region: String(reader, 2), Level: String(reader, 3),
                Issuer: String(reader, 4), Date: String(reader, 5), DocNumber: String(reader, 6), Period: String(reader, 7),
                SourceFile: String(reader, 8), Version: reader.GetInt32(9), IngestedAt: reader.GetString(10),
                Paragraphs: reader.GetInt32(11), Targets: reader.GetInt32(12)));
        return list;
    }

    /// <summary>The distinct regions of the stored plans.</summary>
    public IReadOnlyList<string> Regions() => _regions ??= ReadRegions();

    private List<string> ReadRegions()
    {
        var list = new List<string>();
        using var reader = Command("SELECT DISTINCT region FROM documents WHERE region IS NOT NULL ORDER BY region").ExecuteReader();
        while (reader.Read())
            list.Add(reader.GetString(0));
        return list;
    }

    /// <summary>A plan's canonical Markdown, or null when it is not stored.</summary>
    public string? Markdown(string documentId) =>
        Command("SELECT markdown FROM documents WHERE id = $id", ("$id", documentId)).ExecuteScalar() is byte[] packed
            ? PackedText.Unpack(packed)
            : null;

    /// <summary>The paragraphs (and table rows) of a plan in document order, with their section path.</summary>
    public IReadOnlyList<(string SectionPath, string Text)> Paragraphs(string documentId)
    {
        var list = new List<(string, string)>();
        using var reader = Command(ParagraphsSql, ("$doc", documentId)).ExecuteReader();
        while (reader.Read())
            list.Add((reader.GetString(0), reader.GetString(1)));
        return list;
    }

    /// <summary>Stored targets, optionally of one plan, in document order.</summary>
    public IReadOnlyList<Target> Targets(string? documentId = null) =>
        documentId is null ? ReadTargets(Command(TargetsSql)) : ReadTargets(Command(TargetsOfSql, ("$doc", documentId)));

    /// <summary>Stored targets of one metric id, optionally with one deadline, across plans, in document
    /// order (through the metric index, without reading the other targets).</summary>
    public IReadOnlyList<Target> TargetsOfMetric(string metricId, int? deadline = null) =>
        ReadTargets(Command(TargetsOfMetricSql, ("$metric", metricId), ("$deadline", deadline)));

    private static List<Target> ReadTargets(SqliteCommand command)
    {
        var list = new List<Target>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            list.Add(new Target
            {
                Evidence = new Evidence(reader.GetString(0), reader.GetString(1), Quoted(reader, 15)),
                Metric = reader.GetString(2),
                MetricId = String(reader, 3),
                Value = decimal.Parse(reader.GetString(4), CultureInfo.InvariantCulture),
                Unit = reader.GetString(5),
                CanonicalUnit = String(reader, 6),
                Scale = String(reader, 7) is { } scale ? decimal.Parse(scale, CultureInfo.InvariantCulture) : null,
                Direction = Enum.Parse<Direction>(reader.GetString(8), ignoreCase: true),
                Qualifier = String(reader, 9),
                Comparator = Enum.Parse<Comparator>(reader.GetString(10), ignoreCase: true),
                BaselineYear = reader.IsDBNull(11) ? null : reader.GetInt32(11),
                Deadline = reader.IsDBNull(12) ? null : reader.GetInt32(12),
                Owners = Names(reader.GetString(13)),
                CoOwners = Names(reader.GetString(14)),
            });
        return list;
    }

    /// <summary>Stored measures, optionally of one plan, in document order.</summary>
    public IReadOnlyList<Measure> Measures(string? documentId = null)
    {
        var list = new List<Measure>();
        using var reader = (documentId is null ? Command(MeasuresSql) : Command(MeasuresOfSql, ("$doc", documentId))).ExecuteReader();
        while (reader.Read())
        {
            var evidence = Quoted(reader, 7);
            list.Add(new Measure
            {
                Evidence = new Evidence(reader.GetString(0), reader.GetString(1), evidence),
                Text = String(reader, 2) ?? evidence,
                Kind = Enum.Parse<MeasureKind>(reader.GetString(3), ignoreCase: true),
                Owners = Names(reader.GetString(4)),
                CoOwners = Names(reader.GetString(5)),
                Deadline = reader.IsDBNull(6) ? null : reader.GetInt32(6),
            });
        }
        return list;
    }

    /// <summary>Stored department duties, optionally of one plan, in document order.</summary>
    public IReadOnlyList<Duty> Duties(string? documentId = null)
    {
        var list = new List<Duty>();
        using var reader = (documentId is null ? Command(DutiesSql) : Command(DutiesOfSql, ("$doc", documentId))).ExecuteReader();
        while (reader.Read())
        {
            var evidence = Quoted(reader, 5);
            list.Add(new Duty(reader.GetString(2), String(reader, 3), String(reader, 4) ?? evidence,
                new Evidence(reader.GetString(0), reader.GetString(1), evidence)));
        }
        return list;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
            command.Dispose();
        _db.Dispose();
    }

    private string? Meta(string key) => Command("SELECT value FROM meta WHERE key = $key", ("$key", key)).ExecuteScalar() as string;

    private static IEnumerable<string> Lines(string? value) =>
        value is null ? [] : value.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static string? String(SqliteDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    // A quoted sentence: written out at column i, or the span (paragraph text, start, length) in the three
    // columns after it (see KbSchema).
    private static string Quoted(SqliteDataReader reader, int i) =>
        String(reader, i) ?? reader.GetString(i + 1).Substring(reader.GetInt32(i + 2), reader.GetInt32(i + 3));

    // Source-generated: the reflection serializer emits and compiles a constructor on first use (a few ms
    // of a cold `kb ask`).
    private static IReadOnlyList<string> Names(string json) => json == "[]" ? [] : JsonSerializer.Deserialize(json, StoreJson.Default.ListString) ?? [];

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

    private const string SearchSql = $"""
        SELECT d.id, d.title, d.region, d.level, s.path, p.text, {KbSchema.Bm25} AS score, p.id
        FROM passages
        JOIN paragraphs p ON p.id = passages.rowid
        JOIN sections s ON s.id = p.section
        JOIN documents d ON d.id = s.doc
        WHERE passages MATCH $match
          AND ($region IS NULL OR d.region = $region)
          AND ($level IS NULL OR d.level = $level)
          AND ($year IS NULL
               OR (d.period IS NOT NULL AND CAST(substr(d.period, 1, 4) AS INTEGER) <= $year
                   AND CAST(substr(d.period, -4) AS INTEGER) >= $year)
               OR (d.period IS NULL AND CAST(substr(d.date, 1, 4) AS INTEGER) <= $year))
        ORDER BY score, p.id
        LIMIT $limit
        """;

    // Without filters, rank inside FTS5 and join only the best rows: on 3,000 plans the joins for every
    // match of a common word (节能: 50,000 rows) cost as much as ranking them.
    private const string TopSearchSql = $"""
        WITH top AS (
            SELECT rowid AS id, {KbSchema.Bm25} AS score FROM passages
            WHERE passages MATCH $match ORDER BY score, rowid LIMIT $limit)
        SELECT d.id, d.title, d.region, d.level, s.path, p.text, top.score, p.id
        FROM top
        JOIN paragraphs p ON p.id = top.id
        JOIN sections s ON s.id = p.section
        JOIN documents d ON d.id = s.doc
        ORDER BY top.score, p.id
        """;

    private const string DocumentsSql = """
        SELECT d.id, d.title, d.region, d.level, d.issuer, d.date, d.doc_number, d.period, d.source_file, d.version,
               d.ingested_at, d.paragraphs, d.targets
        FROM documents d
        ORDER BY d.region, d.title, d.id
        """;

    private const string ParagraphsSql = """
        SELECT s.path, p.text FROM paragraphs p JOIN sections s ON s.id = p.section
        WHERE s.doc = $doc ORDER BY s.ord, p.ord
        """;

    // One plan's rows are read through the doc indexes: "$doc IS NULL OR doc = $doc" scanned every row
    // of every plan for each plan asked for. A located sentence comes from its paragraph, and the
    // section path from the paragraph's section (see KbSchema).
    private const string TargetColumns = """
        SELECT x.doc, coalesce(x.section_path, s.path), x.metric, x.metric_id, x.value, x.unit, x.canonical_unit, x.scale,
               x.direction, x.qualifier, x.comparator, x.baseline_year, x.deadline, x.owners, x.co_owners,
               x.evidence, p.text, x.start, x.length
        FROM targets x LEFT JOIN paragraphs p ON p.id = x.paragraph LEFT JOIN sections s ON s.id = p.section
        """;

    private const string TargetsSql = TargetColumns + " ORDER BY x.id";
    private const string TargetsOfSql = TargetColumns + " WHERE x.doc = $doc ORDER BY x.id";
    private const string TargetsOfMetricSql = TargetColumns + " WHERE x.metric_id = $metric AND ($deadline IS NULL OR x.deadline = $deadline) ORDER BY x.id";

    private const string MeasureColumns = """
        SELECT x.doc, coalesce(x.section_path, s.path), x.text, x.kind, x.owners, x.co_owners, x.deadline,
               x.evidence, p.text, x.start, x.length
        FROM measures x LEFT JOIN paragraphs p ON p.id = x.paragraph LEFT JOIN sections s ON s.id = p.section
        """;

    private const string MeasuresSql = MeasureColumns + " ORDER BY x.id";
    private const string MeasuresOfSql = MeasureColumns + " WHERE x.doc = $doc ORDER BY x.id";

    private const string DutyColumns = """
        SELECT x.doc, coalesce(x.section_path, s.path), x.department, x.role, x.text,
               x.evidence, p.text, x.start, x.length
        FROM duties x LEFT JOIN paragraphs p ON p.id = x.paragraph LEFT JOIN sections s ON s.id = p.section
        """;

    private const string DutiesSql = DutyColumns + " ORDER BY x.id";
    private const string DutiesOfSql = DutyColumns + " WHERE x.doc = $doc ORDER BY x.id";
}

/// <summary>Source-generated JSON metadata for the lists of names the store keeps as JSON.</summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(List<string>))]
internal sealed partial class StoreJson : System.Text.Json.Serialization.JsonSerializerContext;
