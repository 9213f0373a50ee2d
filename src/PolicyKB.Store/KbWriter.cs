using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using PolicyKB.Core;
using SQLitePCL;

namespace PolicyKB.Store;

/// <summary>Adds and removes plans inside one transaction of a database being built by
/// <see cref="KbDatabase"/>. Statements are prepared once and reused for every row.</summary>
/// <remarks>Segmenting is the expensive part and touches no database: <see cref="Prepare"/> is
/// thread-safe, so a caller can prepare documents on all cores and <see cref="Add"/> them in order.</remarks>
public sealed class KbWriter : IDisposable
{
    private readonly SqliteConnection _db;
    private readonly SqliteTransaction _transaction;
    private readonly Segmenter _segmenter;
    private readonly bool _fresh;
    private readonly Dictionary<string, SqliteCommand> _commands = [];
    private readonly Dictionary<string, RawStatement> _statements = [];
    private long _nextParagraph;
    // Metric groups to write at Complete: targets added, and plans removed, since the transaction began.
    private readonly Dictionary<(string MetricId, int Deadline), List<GroupTarget>> _addedTargets = [];
    private readonly HashSet<(string MetricId, int Deadline)> _touchedGroups = [];
    private readonly HashSet<long> _removedPlans = [];
    private bool _completed;
    private readonly Lazy<TermMatcher> _matcher;
    private readonly TermTops _tops;

    internal KbWriter(SqliteConnection db, Segmenter segmenter, bool fresh)
    {
        _db = db;
        _segmenter = segmenter;
        _fresh = fresh;
        _matcher = new Lazy<TermMatcher>(() => new TermMatcher(segmenter));
        _transaction = db.BeginTransaction();
        _nextParagraph = Scalar<long>("SELECT coalesce(max(first_paragraph + paragraphs), 0) + 1 FROM documents");
        if (!fresh && Scalar<string?>("SELECT value FROM meta WHERE key = 'segmenter'") != segmenter.Fingerprint())
        {
            _tops = TermTops.Empty(_matcher.Value);
            Resegment();
        }
        else
            _tops = (fresh ? null : LoadTops()) ?? Rebuilt();
    }

    /// <summary>Segments a plan for the index, lays out and compresses its body and targets, and finds each
    /// quoted sentence in its paragraphs (thread-safe, no database access).</summary>
    public PreparedDocument Prepare(Extraction extraction)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var document = extraction.Document;
        var sections = new List<BodySection>();
        var paragraphs = new List<BodyParagraph>();
        var tables = new List<(int, Table)>();
        var rows = new List<PreparedParagraph>();
        var matcher = _matcher.Value;
        foreach (var top in document.Sections)
            AddSection(top, parentOrd: -1);

        var bySection = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var path = sections[paragraphs[i].SectionOrd].Path;
            if (!bySection.TryGetValue(path, out var list))
                bySection[path] = list = [];
            list.Add(i);
        }
        var body = new PlanBody
        {
            Sections = sections,
            Paragraphs = paragraphs,
            Tables = tables,
            Measures = extraction.Measures.Select(m => new BodyRecord<Measure>(m, Locate(m.Evidence))).ToList(),
            Duties = extraction.Duties.Select(d => new BodyRecord<Duty>(d, Locate(d.Evidence))).ToList(),
        };
        return new PreparedDocument(extraction, rows, body.Pack(), PlanTargets.Pack(extraction.Targets));

        void AddSection(Section section, int parentOrd)
        {
            var ord = sections.Count;
            sections.Add(new BodySection(parentOrd, section.Level, section.Path, section.Heading));
            var heading = Words(section.Level == 0 && section.Heading.Length == 0 ? document.Meta.Title : section.Heading);
            var headingHits = matcher.Column(heading, 1);
            foreach (var text in section.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p)))
                Add(text, isRow: false);
            foreach (var table in section.Tables)
            {
                tables.Add((ord, table));
                foreach (var row in TableRows(table))
                    Add(row, isRow: true);
            }
            foreach (var child in section.Children)
                AddSection(child, ord);

            void Add(string text, bool isRow)
            {
                paragraphs.Add(new BodyParagraph(ord, isRow, text));
                var words = Words(text);
                rows.Add(new PreparedParagraph(words, heading, TermMatcher.Row(matcher.Column(words, 0), headingHits)));
            }
        }

        // The first paragraph of a section with the evidence's path that holds the quoted sentence; null
        // when none does (a sentence quoted across paragraphs, or from a table as extraction reads it).
        BodySpan? Locate(Evidence evidence)
        {
            if (!bySection.TryGetValue(evidence.SectionPath, out var candidates))
                return null;
            foreach (var i in candidates)
                if (paragraphs[i].Text.IndexOf(evidence.Sentence, StringComparison.Ordinal) is var at and >= 0)
                    return new BodySpan(i, at, evidence.Sentence.Length);
            return null;
        }
    }

    /// <summary>Adds a prepared plan as the given version.</summary>
    public void Add(PreparedDocument prepared, int version, DateTimeOffset ingestedAt)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var document = prepared.Extraction.Document;
        var meta = document.Meta;
        var first = _nextParagraph;
        _nextParagraph += prepared.Paragraphs.Count;
        Run(InsertDocument, ("$id", document.Id), ("$title", meta.Title), ("$region", meta.Region), ("$level", meta.Level),
            ("$issuer", meta.Issuer), ("$date", meta.Date), ("$doc_number", meta.DocNumber), ("$period", meta.Period),
            ("$publish_date", meta.PublishDate), ("$source", meta.Source), ("$source_file", meta.SourceFile),
            ("$version", version),
            ("$ingested_at", ingestedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
            ("$first_paragraph", first), ("$paragraphs", prepared.Paragraphs.Count),
            ("$targets", prepared.Extraction.Targets.Count));
        var key = raw.sqlite3_last_insert_rowid(_db.Handle);
        Run(InsertPlanData, ("$doc", key), ("$body", prepared.Body), ("$targets", prepared.Targets));
        for (var i = 0; i < prepared.Paragraphs.Count; i++)
        {
            Run(InsertPassage, ("$rowid", first + i), ("$words", prepared.Paragraphs[i].Words), ("$heading", prepared.Paragraphs[i].Heading));
            _tops.Add(first + i, prepared.Paragraphs[i].Hits);
        }
        var targets = prepared.Extraction.Targets;
        for (var i = 0; i < targets.Count; i++)
            if (targets[i].MetricId is { } metric)
            {
                var group = (metric, targets[i].Deadline ?? 0);
                if (!_addedTargets.TryGetValue(group, out var list))
                    _addedTargets[group] = list = [];
                list.Add(new GroupTarget(key, i, targets[i]));
            }
    }

    /// <summary>Adds a plan, replacing the versions it revises: a stored plan with the same id, the same
    /// 文号, or the same title and region. Returns the new version number (1 when nothing was replaced).</summary>
    public int AddOrReplace(PreparedDocument prepared, DateTimeOffset ingestedAt)
    {
        var meta = prepared.Extraction.Document.Meta;
        var previous = new List<(string Id, int Version)>();
        using (var reader = Reader(FindRevised, ("$id", prepared.Extraction.Document.Id), ("$doc_number", meta.DocNumber),
                   ("$title", meta.Title), ("$region", meta.Region)))
            while (reader.Read())
                previous.Add((reader.GetString(0), reader.GetInt32(1)));
        foreach (var (id, _) in previous)
            Remove(id);
        var version = previous.Count == 0 ? 1 : previous.Max(p => p.Version) + 1;
        Add(prepared, version, ingestedAt);
        return version;
    }

    /// <summary>Removes a plan and everything derived from it. False when it is not stored.</summary>
    public bool Remove(string documentId)
    {
        // Contentless FTS5 rows are deleted by repeating their tokens, re-made from the stored text
        // with the same segmenter (the constructor re-segmented everything if the segmenter changed).
        var stored = StoredPlans(PlanOf, ("$doc", documentId));
        if (stored.Count == 0)
            return false;
        foreach (var (id, row) in StoredRows(stored))
        {
            Run(DeletePassage, ("$rowid", id), ("$words", row.Words), ("$heading", row.Heading));
            _tops.Remove(id, row.Hits);
        }
        _removedPlans.Add(stored[0].Key);
        foreach (var target in PlanTargets.Unpack(stored[0].Targets, documentId))
            if (target.MetricId is { } metric)
                _touchedGroups.Add((metric, target.Deadline ?? 0));
        Run(DeletePlanData, ("$key", stored[0].Key));
        return Run(DeleteDocument, ("$key", stored[0].Key)) > 0;
    }

    /// <summary>Writes the metric groups, records the segmenter and schema, compacts the index after a full
    /// build and commits.</summary>
    internal void Complete()
    {
        WriteMetricGroups();
        WriteTops();
        Run(UpsertPlanList, ("$data", PlanList.Pack(ReadPlanList())));
        var segmenter = _segmenter;
        Run(UpsertMeta, ("$key", "schema"), ("$value", KbSchema.Version.ToString(CultureInfo.InvariantCulture)));
        // The same version in the file header, where KbDatabase.StampedVersion reads it without opening the file.
        Run(FormattableString.Invariant($"PRAGMA user_version = {KbSchema.Version}"));
        Run(UpsertMeta, ("$key", "segmenter"), ("$value", segmenter.Fingerprint()));
        Run(UpsertMeta, ("$key", "lexicon"), ("$value", string.Join('\n', segmenter.Lexicon.Terms)));
        Run(UpsertMeta, ("$key", "stopwords"), ("$value", string.Join('\n', segmenter.Lexicon.Stopwords.Order(StringComparer.Ordinal))));
        Run(UpsertMeta, ("$key", "updated_at"), ("$value", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
        if (_fresh)
            Run("INSERT INTO passages (passages) VALUES ('optimize')");
        _transaction.Commit();
        _completed = true;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
            command.Dispose();
        foreach (var statement in _statements.Values)
            statement.Dispose();
        if (!_completed)
            _transaction.Rollback();
        _transaction.Dispose();
    }

    // Every metric group a plan was added to or removed from: the stored group without the removed plans'
    // targets, plus the added ones, in plan and target order. Packing runs on every core.
    private void WriteMetricGroups()
    {
        var groups = _addedTargets.Keys.Union(_touchedGroups).ToList();
        var stored = new Dictionary<(string, int), byte[]>();
        if (!_fresh)
            foreach (var group in groups)
                if (Command(SelectMetricGroup, [("$metric_id", group.Item1), ("$deadline", group.Item2)]).ExecuteScalar() is byte[] data)
                    stored[group] = data;
        var packed = groups.AsParallel().Select(group =>
        {
            var targets = stored.TryGetValue(group, out var data)
                ? PlanTargets.UnpackGroup(data, _ => null).Where(t => !_removedPlans.Contains(t.Doc)).ToList()
                : [];
            targets.AddRange(_addedTargets.GetValueOrDefault(group) ?? []);
            targets.Sort((a, b) => a.Doc != b.Doc ? a.Doc.CompareTo(b.Doc) : a.Ord.CompareTo(b.Ord));
            return (Group: group, Data: targets.Count == 0 ? null : PlanTargets.PackGroup(targets));
        }).ToList();
        foreach (var (group, data) in packed.OrderBy(p => p.Group))
            if (data is null)
                Run(DeleteMetricGroup, ("$metric_id", group.Item1), ("$deadline", group.Item2));
            else
                Run(UpsertMetricGroup, ("$metric_id", group.Item1), ("$deadline", group.Item2), ("$data", data));
    }

    // The database was indexed with another lexicon or ICU version: re-make every passages row with
    // this segmenter, so deletes and queries see the tokens they expect.
    private void Resegment()
    {
        Run("INSERT INTO passages (passages) VALUES ('delete-all')");
        foreach (var (id, row) in StoredRows(StoredPlans(AllPlans)))
        {
            Run(InsertPassage, ("$rowid", id), ("$words", row.Words), ("$heading", row.Heading));
            _tops.Add(id, row.Hits);
        }
    }

    // The lists of a database being changed, or null when they were made for another lexicon.
    private TermTops? LoadTops()
    {
        if (Scalar<string?>("SELECT value FROM meta WHERE key = 'term_tops'") is not { } counts)
            return null;
        var parts = counts.Split(' ');
        var stored = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using (var reader = Reader("SELECT match, data FROM term_tops"))
            while (reader.Read())
                stored[reader.GetString(0)] = (byte[])reader.GetValue(1);
        return TermTops.Load(_matcher.Value, long.Parse(parts[0], CultureInfo.InvariantCulture),
            long.Parse(parts[1], CultureInfo.InvariantCulture), stored);
    }

    // Lists made from every stored row (none in a new database).
    private TermTops Rebuilt()
    {
        var tops = TermTops.Empty(_matcher.Value);
        if (!_fresh)
            foreach (var (id, row) in StoredRows(StoredPlans(AllPlans)))
                tops.Add(id, row.Hits);
        return tops;
    }

    private void WriteTops()
    {
        Run("DELETE FROM term_tops");
        foreach (var (match, data) in _tops.Pack())
            Run(InsertTop, ("$match", match), ("$data", data));
        Run(UpsertMeta, ("$key", "term_tops"), ("$value", FormattableString.Invariant($"{_tops.Rows} {_tops.Tokens}")));
    }

    private List<PlanRow> ReadPlanList()
    {
        using var reader = Reader(PlanList.RowsSql);
        return PlanList.Read(reader);
    }

    private List<StoredPlan> StoredPlans(string sql, params (string Name, object? Value)[] parameters)
    {
        var plans = new List<StoredPlan>();
        using var reader = Reader(sql, parameters);
        while (reader.Read())
            plans.Add(new StoredPlan(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3),
                (byte[])reader.GetValue(4), (byte[])reader.GetValue(5)));
        return plans;
    }

    // Stored paragraphs (passages rowid, index columns) re-segmented from the plans' bodies.
    private IEnumerable<(long Id, PreparedParagraph Row)> StoredRows(List<StoredPlan> plans)
    {
        foreach (var plan in plans)
        {
            var body = PlanBody.Unpack(plan.Body, plan.Id);
            var headings = body.Sections.Select(s => Words(s.Level == 0 && s.Heading.Length == 0 ? plan.Title : s.Heading)).ToList();
            var headingHits = headings.Select(h => _matcher.Value.Column(h, 1)).ToList();
            for (var i = 0; i < body.Paragraphs.Count; i++)
            {
                var words = Words(body.Paragraphs[i].Text);
                var section = body.Paragraphs[i].SectionOrd;
                yield return (plan.First + i, new PreparedParagraph(words, headings[section],
                    TermMatcher.Row(_matcher.Value.Column(words, 0), headingHits[section])));
            }
        }
    }

    private sealed record StoredPlan(long Key, string Id, string Title, long First, byte[] Body, byte[] Targets);

    // The index's word column for a text: its words, separated by spaces.
    private string Words(string text)
    {
        var words = t_words ??= new StringBuilder();
        words.Clear();
        _segmenter.AppendWords(words, _segmenter.Fold(text));
        return words.ToString();
    }

    [ThreadStatic] private static StringBuilder? t_words;

    // A table row reads as "header：cell；header：cell" when the header fits, else cells joined by " | ".
    private static IEnumerable<string> TableRows(Table table) =>
        table.Rows.Select(row => row.Count == table.Header.Count && table.Header.All(h => h.Length > 0)
            ? string.Join("；", row.Select((cell, i) => $"{table.Header[i]}：{cell}"))
            : string.Join(" | ", row));

    private T Scalar<T>(string sql)
    {
        using var command = _db.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        try
        {
            var value = command.ExecuteScalar();
            return value is null or DBNull ? default! : (T)value;
        }
        catch (SqliteException) when (sql.Contains("meta"))
        {
            return default!;
        }
    }

    private int Run(string sql, params (string Name, object? Value)[] parameters)
    {
        if (!_statements.TryGetValue(sql, out var statement))
        {
            statement = new RawStatement(_db, sql, parameters.Select(p => p.Name).ToList());
            _statements[sql] = statement;
        }
        Debug.Assert(parameters.Select(p => p.Name).SequenceEqual(statement.Names));
        return statement.Execute(parameters);
    }

    private SqliteDataReader Reader(string sql, params (string Name, object? Value)[] parameters) => Command(sql, parameters).ExecuteReader();

    private SqliteCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _db.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            command.Prepare();
            _commands[sql] = command;
        }
        // Every call site of a statement passes its parameters in the same order: bind by position (the
        // collection looks names up one by one).
        for (var i = 0; i < parameters.Length; i++)
        {
            Debug.Assert(command.Parameters[i].ParameterName == parameters[i].Name);
            command.Parameters[i].Value = parameters[i].Value ?? DBNull.Value;
        }
        return command;
    }

    private const string InsertDocument = """
        INSERT INTO documents (id, title, region, level, issuer, date, doc_number, period, publish_date, source,
                               source_file, version, ingested_at, first_paragraph, paragraphs, targets)
        VALUES ($id, $title, $region, $level, $issuer, $date, $doc_number, $period, $publish_date, $source,
                $source_file, $version, $ingested_at, $first_paragraph, $paragraphs, $targets)
        """;

    private const string InsertPlanData = "INSERT INTO plan_data (doc, body, targets) VALUES ($doc, $body, $targets)";

    private const string InsertPassage = "INSERT INTO passages (rowid, words, heading) VALUES ($rowid, $words, $heading)";

    private const string DeletePassage = """
        INSERT INTO passages (passages, rowid, words, heading) VALUES ('delete', $rowid, $words, $heading)
        """;

    private const string SelectMetricGroup = "SELECT data FROM metric_targets WHERE metric_id = $metric_id AND deadline = $deadline";
    private const string DeleteMetricGroup = "DELETE FROM metric_targets WHERE metric_id = $metric_id AND deadline = $deadline";
    private const string UpsertMetricGroup = """
        INSERT INTO metric_targets (metric_id, deadline, data) VALUES ($metric_id, $deadline, $data)
        ON CONFLICT (metric_id, deadline) DO UPDATE SET data = excluded.data
        """;

    private const string FindRevised = """
        SELECT id, version FROM documents WHERE id = $id
        UNION
        SELECT id, version FROM documents WHERE doc_number = $doc_number
        UNION
        SELECT id, version FROM documents WHERE title = $title AND region IS $region
        """;

    private const string AllPlans = "SELECT d.key, d.id, d.title, d.first_paragraph, x.body, x.targets FROM documents d JOIN plan_data x ON x.doc = d.key ORDER BY d.key";
    private const string PlanOf = "SELECT d.key, d.id, d.title, d.first_paragraph, x.body, x.targets FROM documents d JOIN plan_data x ON x.doc = d.key WHERE d.id = $doc";
    private const string DeletePlanData = "DELETE FROM plan_data WHERE doc = $key";
    private const string DeleteDocument = "DELETE FROM documents WHERE key = $key";

    private const string InsertTop = "INSERT INTO term_tops (match, data) VALUES ($match, $data)";

    private const string UpsertPlanList = "INSERT INTO plan_list (id, data) VALUES (1, $data) ON CONFLICT (id) DO UPDATE SET data = excluded.data";
    private const string UpsertMeta = "INSERT INTO meta (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
}

/// <summary>A plan segmented for the index, ready for <see cref="KbWriter.Add"/>: its passages rows in
/// order, and its packed body and targets.</summary>
public sealed class PreparedDocument
{
    internal PreparedDocument(Extraction extraction, IReadOnlyList<PreparedParagraph> paragraphs, byte[] body, byte[] targets)
    {
        Extraction = extraction;
        Paragraphs = paragraphs;
        Body = body;
        Targets = targets;
    }

    public Extraction Extraction { get; }

    /// <summary>How many paragraphs and table rows it has.</summary>
    public int ParagraphCount => Paragraphs.Count;

    internal IReadOnlyList<PreparedParagraph> Paragraphs { get; }
    internal byte[] Body { get; }
    internal byte[] Targets { get; }
}

/// <summary>A paragraph's (or table row's) index columns: its words and its section heading's.</summary>
internal sealed record PreparedParagraph(string Words, string Heading, RowHits Hits);
