using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using PolicyKB.Core;

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
    private long _nextSection;
    private long _nextParagraph;
    private bool _completed;

    internal KbWriter(SqliteConnection db, Segmenter segmenter, bool fresh)
    {
        _db = db;
        _segmenter = segmenter;
        _fresh = fresh;
        _transaction = db.BeginTransaction();
        _nextSection = Scalar<long>("SELECT coalesce(max(id), 0) + 1 FROM sections");
        _nextParagraph = Scalar<long>("SELECT coalesce(max(id), 0) + 1 FROM paragraphs");
        if (!fresh && Scalar<string?>("SELECT value FROM meta WHERE key = 'segmenter'") != segmenter.Fingerprint())
            Resegment();
    }

    /// <summary>Segments a plan for the index, compresses its Markdown and finds each quoted sentence in
    /// its paragraphs (thread-safe, no database access).</summary>
    public PreparedDocument Prepare(Extraction extraction, string markdown)
    {
        var document = extraction.Document;
        var sections = new List<PreparedSection>();
        var ord = 0;
        foreach (var top in document.Sections)
            AddSection(top, parentOrd: null);

        var bySection = new Dictionary<string, List<PreparedSection>>(StringComparer.Ordinal);
        foreach (var section in sections)
        {
            if (!bySection.TryGetValue(section.Section.Path, out var list))
                bySection[section.Section.Path] = list = [];
            list.Add(section);
        }
        return new PreparedDocument(extraction, markdown, sections)
        {
            PackedMarkdown = PackedText.Pack(markdown),
            TargetSpans = extraction.Targets.Select(t => Locate(t.Evidence, bySection)).ToList(),
            MeasureSpans = extraction.Measures.Select(m => Locate(m.Evidence, bySection)).ToList(),
            DutySpans = extraction.Duties.Select(d => Locate(d.Evidence, bySection)).ToList(),
        };

        void AddSection(Section section, int? parentOrd)
        {
            var myOrd = ord++;
            var heading = section.Level == 0 && section.Heading.Length == 0 ? document.Meta.Title : section.Heading;
            var headingWords = Words(heading);
            var paragraphs = section.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p))
                .Select(p => PrepareParagraph(p, "text", headingWords))
                .Concat(section.Tables.SelectMany(TableRows).Select(row => PrepareParagraph(row, "row", headingWords)))
                .ToList();
            sections.Add(new PreparedSection(section, myOrd, parentOrd, paragraphs));
            foreach (var child in section.Children)
                AddSection(child, myOrd);
        }
    }

    // The first paragraph of a section with the evidence's path that holds the quoted sentence; null when
    // none does (a sentence quoted across paragraphs, or from a table as extraction reads it).
    private static EvidenceSpan? Locate(Evidence evidence, Dictionary<string, List<PreparedSection>> bySection)
    {
        if (!bySection.TryGetValue(evidence.SectionPath, out var sections))
            return null;
        foreach (var section in sections)
            for (var i = 0; i < section.Paragraphs.Count; i++)
                if (section.Paragraphs[i].Text.IndexOf(evidence.Sentence, StringComparison.Ordinal) is var at and >= 0)
                    return new EvidenceSpan(section.Ord, i, at, evidence.Sentence.Length);
        return null;
    }

    /// <summary>Adds a prepared plan as the given version.</summary>
    public void Add(PreparedDocument prepared, int version, DateTimeOffset ingestedAt)
    {
        var document = prepared.Extraction.Document;
        var meta = document.Meta;
        Run(InsertDocument, ("$id", document.Id), ("$title", meta.Title), ("$region", meta.Region), ("$level", meta.Level),
            ("$issuer", meta.Issuer), ("$date", meta.Date), ("$doc_number", meta.DocNumber), ("$period", meta.Period),
            ("$publish_date", meta.PublishDate), ("$source", meta.Source), ("$source_file", meta.SourceFile),
            ("$markdown", prepared.PackedMarkdown), ("$version", version),
            ("$ingested_at", ingestedAt.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
            ("$paragraphs", prepared.Sections.Sum(section => section.Paragraphs.Count)), ("$targets", prepared.Extraction.Targets.Count));

        var sectionIds = new Dictionary<int, long>();
        var firstParagraph = new Dictionary<int, long>();
        foreach (var section in prepared.Sections)
        {
            var id = _nextSection++;
            sectionIds[section.Ord] = id;
            firstParagraph[section.Ord] = _nextParagraph;
            Run(InsertSection, ("$id", id), ("$doc", document.Id),
                ("$parent", section.ParentOrd is { } p ? sectionIds[p] : null), ("$ord", section.Ord),
                ("$path", section.Section.Path), ("$level", section.Section.Level), ("$heading", section.Section.Heading));
            var ord = 0;
            foreach (var paragraph in section.Paragraphs)
            {
                var pid = _nextParagraph++;
                Run(InsertParagraph, ("$id", pid), ("$section", id), ("$ord", ord++), ("$kind", paragraph.Kind), ("$text", paragraph.Text));
                Run(InsertPassage, ("$rowid", pid), ("$words", paragraph.Words), ("$heading", paragraph.Heading));
            }
        }

        // A located sentence is stored as its paragraph span, with no section path or text of its own.
        (string, object?)[] Evidence(Evidence evidence, EvidenceSpan? span) => span is { } at
            ? [("$paragraph", firstParagraph[at.SectionOrd] + at.Index), ("$start", at.Start), ("$length", at.Length),
               ("$section_path", null), ("$evidence", null)]
            : [("$paragraph", null), ("$start", null), ("$length", null),
               ("$section_path", evidence.SectionPath), ("$evidence", evidence.Sentence)];

        var extraction = prepared.Extraction;
        for (var i = 0; i < extraction.Targets.Count; i++)
        {
            var t = extraction.Targets[i];
            Run(InsertTarget, [("$doc", document.Id), .. Evidence(t.Evidence, prepared.TargetSpans[i]), ("$metric", t.Metric),
                ("$metric_id", t.MetricId), ("$value", t.Value.ToString(CultureInfo.InvariantCulture)), ("$unit", t.Unit),
                ("$canonical_unit", t.CanonicalUnit), ("$scale", t.Scale?.ToString(CultureInfo.InvariantCulture)),
                ("$direction", Name(t.Direction)), ("$qualifier", t.Qualifier), ("$comparator", Name(t.Comparator)),
                ("$baseline_year", t.BaselineYear), ("$deadline", t.Deadline), ("$owners", Names(t.Owners)),
                ("$co_owners", Names(t.CoOwners))]);
        }
        for (var i = 0; i < extraction.Measures.Count; i++)
        {
            var m = extraction.Measures[i];
            Run(InsertMeasure, [("$doc", document.Id), .. Evidence(m.Evidence, prepared.MeasureSpans[i]),
                ("$text", m.Text == m.Evidence.Sentence ? null : m.Text), ("$kind", Name(m.Kind)),
                ("$owners", Names(m.Owners)), ("$co_owners", Names(m.CoOwners)),
                ("$deadline", m.Deadline)]);
        }
        for (var i = 0; i < extraction.Duties.Count; i++)
        {
            var d = extraction.Duties[i];
            Run(InsertDuty, [("$doc", document.Id), .. Evidence(d.Evidence, prepared.DutySpans[i]),
                ("$department", d.Department), ("$role", d.Role), ("$text", d.Text == d.Evidence.Sentence ? null : d.Text)]);
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
        foreach (var (id, row) in StoredRows(ParagraphsOf, ("$doc", documentId)))
            Run(DeletePassage, ("$rowid", id), ("$words", row.Words), ("$heading", row.Heading));
        // Targets, measures and duties first: they point into the paragraphs.
        Run(DeleteTargets, ("$doc", documentId));
        Run(DeleteMeasures, ("$doc", documentId));
        Run(DeleteDuties, ("$doc", documentId));
        Run(DeleteParagraphs, ("$doc", documentId));
        Run(DeleteSections, ("$doc", documentId));
        return Run(DeleteDocument, ("$doc", documentId)) > 0;
    }

    /// <summary>Records the segmenter and schema, compacts the index after a full build and commits.</summary>
    internal void Complete()
    {
        var segmenter = _segmenter;
        Run(UpsertMeta, ("$key", "schema"), ("$value", KbSchema.Version.ToString(CultureInfo.InvariantCulture)));
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

    // The database was indexed with another lexicon or ICU version: re-make every passages row with
    // this segmenter, so deletes and queries see the tokens they expect.
    private void Resegment()
    {
        Run("INSERT INTO passages (passages) VALUES ('delete-all')");
        foreach (var (id, row) in StoredRows(AllParagraphs))
            Run(InsertPassage, ("$rowid", id), ("$words", row.Words), ("$heading", row.Heading));
    }

    // Stored paragraphs (id, text, heading) re-segmented into their index columns.
    private List<(long Id, PreparedParagraph Row)> StoredRows(string sql, params (string Name, object? Value)[] parameters)
    {
        var rows = new List<(long, string, string)>();
        using (var reader = Reader(sql, parameters))
            while (reader.Read())
                rows.Add((reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
        return rows.Select(r => (r.Item1, PrepareParagraph(r.Item2, "", Words(r.Item3)))).ToList();
    }

    private PreparedParagraph PrepareParagraph(string text, string kind, string headingWords) =>
        new(kind, text, Words(text), headingWords);

    // The index's word column for a text: its words, separated by spaces.
    private string Words(string text)
    {
        var words = new StringBuilder(text.Length * 2);
        _segmenter.AppendWords(words, _segmenter.Fold(text));
        return words.ToString();
    }

    // A table row reads as "header：cell；header：cell" when the header fits, else cells joined by " | ".
    private static IEnumerable<string> TableRows(Table table) =>
        table.Rows.Select(row => row.Count == table.Header.Count && table.Header.All(h => h.Length > 0)
            ? string.Join("；", row.Select((cell, i) => $"{table.Header[i]}：{cell}"))
            : string.Join(" | ", row));

    // A JSON array of names; most measures have none.
    private static string Names(IReadOnlyList<string> names) => names.Count == 0 ? "[]" : JsonSerializer.Serialize(names);

    private static string Name<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

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
                               source_file, markdown, version, ingested_at, paragraphs, targets)
        VALUES ($id, $title, $region, $level, $issuer, $date, $doc_number, $period, $publish_date, $source,
                $source_file, $markdown, $version, $ingested_at, $paragraphs, $targets)
        """;

    private const string InsertSection = """
        INSERT INTO sections (id, doc, parent, ord, path, level, heading)
        VALUES ($id, $doc, $parent, $ord, $path, $level, $heading)
        """;

    private const string InsertParagraph = "INSERT INTO paragraphs (id, section, ord, kind, text) VALUES ($id, $section, $ord, $kind, $text)";

    private const string InsertPassage = "INSERT INTO passages (rowid, words, heading) VALUES ($rowid, $words, $heading)";

    private const string DeletePassage = """
        INSERT INTO passages (passages, rowid, words, heading) VALUES ('delete', $rowid, $words, $heading)
        """;

    private const string InsertTarget = """
        INSERT INTO targets (doc, paragraph, start, length, section_path, evidence, metric, metric_id, value, unit,
                             canonical_unit, scale, direction, qualifier, comparator, baseline_year, deadline, owners, co_owners)
        VALUES ($doc, $paragraph, $start, $length, $section_path, $evidence, $metric, $metric_id, $value, $unit,
                $canonical_unit, $scale, $direction, $qualifier, $comparator, $baseline_year, $deadline, $owners, $co_owners)
        """;

    private const string InsertMeasure = """
        INSERT INTO measures (doc, paragraph, start, length, section_path, evidence, text, kind, owners, co_owners, deadline)
        VALUES ($doc, $paragraph, $start, $length, $section_path, $evidence, $text, $kind, $owners, $co_owners, $deadline)
        """;

    private const string InsertDuty = """
        INSERT INTO duties (doc, paragraph, start, length, section_path, evidence, department, role, text)
        VALUES ($doc, $paragraph, $start, $length, $section_path, $evidence, $department, $role, $text)
        """;

    private const string FindRevised = """
        SELECT id, version FROM documents WHERE id = $id
        UNION
        SELECT id, version FROM documents WHERE doc_number = $doc_number
        UNION
        SELECT id, version FROM documents WHERE title = $title AND region IS $region
        """;

    private const string AllParagraphs = """
        SELECT p.id, p.text, CASE WHEN s.level = 0 AND s.heading = '' THEN d.title ELSE s.heading END
        FROM paragraphs p JOIN sections s ON s.id = p.section JOIN documents d ON d.id = s.doc
        """;

    private const string ParagraphsOf = AllParagraphs + " WHERE s.doc = $doc";

    private const string DeleteParagraphs = "DELETE FROM paragraphs WHERE section IN (SELECT id FROM sections WHERE doc = $doc)";
    private const string DeleteSections = "DELETE FROM sections WHERE doc = $doc";
    private const string DeleteTargets = "DELETE FROM targets WHERE doc = $doc";
    private const string DeleteMeasures = "DELETE FROM measures WHERE doc = $doc";
    private const string DeleteDuties = "DELETE FROM duties WHERE doc = $doc";
    private const string DeleteDocument = "DELETE FROM documents WHERE id = $doc";

    private const string UpsertMeta = "INSERT INTO meta (key, value) VALUES ($key, $value) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
}

/// <summary>A plan segmented for the index, ready for <see cref="KbWriter.Add"/>: with its Markdown compressed
/// and the place of each target's, measure's and duty's quoted sentence among its paragraphs (null where
/// it is not found there), in the order of the extraction's lists.</summary>
public sealed record PreparedDocument(Extraction Extraction, string Markdown, IReadOnlyList<PreparedSection> Sections)
{
    public required byte[] PackedMarkdown { get; init; }
    public required IReadOnlyList<EvidenceSpan?> TargetSpans { get; init; }
    public required IReadOnlyList<EvidenceSpan?> MeasureSpans { get; init; }
    public required IReadOnlyList<EvidenceSpan?> DutySpans { get; init; }
}

/// <summary>A section in document order; <paramref name="ParentOrd"/> is the parent's Ord.</summary>
public sealed record PreparedSection(Section Section, int Ord, int? ParentOrd, IReadOnlyList<PreparedParagraph> Paragraphs);

/// <summary>A paragraph (or table row) with its index columns (its words and its section heading's).</summary>
public sealed record PreparedParagraph(string Kind, string Text, string Words, string Heading);
