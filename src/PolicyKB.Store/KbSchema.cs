namespace PolicyKB.Store;

/// <summary>The SQLite schema of a knowledge base. The database is the source of truth: each plan's
/// canonical Markdown plus everything derived from it.</summary>
/// <remarks>
/// Full-text design (table <c>passages</c>, one row per paragraph or table row, rowid = paragraphs.id):
/// <list type="bullet">
/// <item><c>words</c>: the paragraph segmented by <see cref="Segmenter"/> (ICU word break + lexicon),
/// tokens joined by spaces. ICU splits unknown words into single characters, so a query is matched as a
/// phrase of its own tokens (adjacent single characters still match), and a lexicon term is one token.</item>
/// <item><c>grams</c>: the same text as overlapping character pairs (c1c2 c2c3 … cn). ICU segments a word
/// differently in different contexts (about 5% of occurrences of common queries in the seeds), and a
/// lexicon term's parts (达峰 in 碳达峰) are not tokens of <c>words</c>; a phrase of pairs matches every
/// substring, so nothing is missed. Pairs rather than single characters keep the posting lists short
/// (节能 is one selective token, not 节 AND 能); the trigram tokenizer cannot match two-character queries
/// (光伏, 碳汇), which are the commonest.</item>
/// <item><c>heading</c>: the section heading as pairs, weighted lower: many paragraphs only make sense
/// under their heading (（二十九）积极发展绿色金融).</item>
/// </list>
/// A query term is <c>(words : "w1 w2" OR {grams heading} : "p1 p2")</c>, terms are ANDed, and bm25()
/// ranks: a paragraph where the term is a proper word scores on both columns, one where it only
/// occurs inside other words on one. The table is contentless (content=''): the text already lives in
/// <c>paragraphs</c>, and storing the token strings again would double the index. The cost: rows are
/// deleted by giving their tokens again, so the database records the segmenter's fingerprint (lexicon
/// hash, ICU version) and re-segments everything when it changes.
/// unicode61 with remove_diacritics 0: our tokens are letters and digits separated by spaces; it only
/// lower-cases ASCII and splits 14.5 into 14 and 5 the same way on both sides.
/// </remarks>
internal static class KbSchema
{
    public const int Version = 1;

    public const string WordsColumn = "words";
    public const string GramsColumn = "grams";
    public const string HeadingColumn = "heading";

    /// <summary>bm25() weights for words, grams, heading.</summary>
    public const string Bm25 = "bm25(passages, 1.0, 1.0, 0.5)";

    public const string Create = """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE documents (
            id           TEXT PRIMARY KEY,
            title        TEXT NOT NULL,
            region       TEXT,
            level        TEXT,
            issuer       TEXT,
            date         TEXT,
            doc_number   TEXT,
            period       TEXT,
            publish_date TEXT,
            source       TEXT,
            source_file  TEXT,
            markdown     TEXT NOT NULL,          -- the canonical Markdown (front matter + headings)
            version      INTEGER NOT NULL,       -- 1, then +1 each time a revision replaces it
            ingested_at  TEXT NOT NULL           -- UTC, ISO 8601
        );
        CREATE INDEX documents_region ON documents (region);
        CREATE INDEX documents_doc_number ON documents (doc_number);   -- finding the version a revision replaces
        CREATE INDEX documents_title ON documents (title);

        CREATE TABLE sections (
            id      INTEGER PRIMARY KEY,
            doc     TEXT NOT NULL REFERENCES documents (id),
            parent  INTEGER REFERENCES sections (id),
            ord     INTEGER NOT NULL,            -- document order, depth first
            path    TEXT NOT NULL,               -- 二、重点行动 > （三）实施工业领域碳达峰行动
            level   INTEGER NOT NULL,            -- 0 for the preamble
            heading TEXT NOT NULL
        );
        CREATE INDEX sections_doc ON sections (doc);

        CREATE TABLE paragraphs (
            id      INTEGER PRIMARY KEY,         -- also the rowid of the paragraph's passages row
            section INTEGER NOT NULL REFERENCES sections (id),
            ord     INTEGER NOT NULL,            -- order inside the section
            kind    TEXT NOT NULL,               -- text | row (a table row, cells joined by " | ")
            text    TEXT NOT NULL
        );
        CREATE INDEX paragraphs_section ON paragraphs (section);

        CREATE TABLE sentences (
            paragraph INTEGER NOT NULL REFERENCES paragraphs (id),
            ord       INTEGER NOT NULL,
            start     INTEGER NOT NULL,          -- UTF-16 offset in paragraphs.text
            length    INTEGER NOT NULL,
            PRIMARY KEY (paragraph, ord)
        ) WITHOUT ROWID;

        CREATE TABLE targets (
            id             INTEGER PRIMARY KEY,
            doc            TEXT NOT NULL REFERENCES documents (id),
            section_path   TEXT NOT NULL,
            metric         TEXT NOT NULL,
            metric_id      TEXT,
            value          TEXT NOT NULL,        -- decimal, invariant culture (exact: 14.5, 0.08)
            unit           TEXT NOT NULL,
            canonical_unit TEXT,
            scale          TEXT,
            direction      TEXT NOT NULL,        -- decrease | increase | reach | maintain | cap
            qualifier      TEXT,
            comparator     TEXT NOT NULL,        -- equal | atLeast | atMost | about | range
            baseline_year  INTEGER,
            deadline       INTEGER,
            owners         TEXT NOT NULL,        -- JSON array of names
            co_owners      TEXT NOT NULL,        -- JSON array of names
            evidence       TEXT NOT NULL
        );
        CREATE INDEX targets_doc ON targets (doc);
        CREATE INDEX targets_metric ON targets (metric_id, deadline);

        CREATE TABLE measures (
            id           INTEGER PRIMARY KEY,
            doc          TEXT NOT NULL REFERENCES documents (id),
            section_path TEXT NOT NULL,
            text         TEXT NOT NULL,
            kind         TEXT NOT NULL,          -- task | prohibition | encouragement | duty | goal
            owners       TEXT NOT NULL,
            co_owners    TEXT NOT NULL,
            deadline     INTEGER,
            evidence     TEXT NOT NULL
        );
        CREATE INDEX measures_doc ON measures (doc);

        CREATE TABLE duties (
            id           INTEGER PRIMARY KEY,
            doc          TEXT NOT NULL REFERENCES documents (id),
            section_path TEXT NOT NULL,
            department   TEXT NOT NULL,
            role         TEXT,
            text         TEXT NOT NULL,
            evidence     TEXT NOT NULL
        );
        CREATE INDEX duties_doc ON duties (doc);

        CREATE VIRTUAL TABLE passages USING fts5 (
            words, grams, heading,
            content = '',
            tokenize = 'unicode61 remove_diacritics 0'
        );
        """;
}
