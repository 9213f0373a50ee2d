namespace PolicyKB.Store;

/// <summary>The SQLite schema of a knowledge base. The database is the source of truth: each plan's
/// canonical Markdown plus everything derived from it.</summary>
/// <remarks>
/// Full-text design (table <c>passages</c>, one row per paragraph or table row, rowid = paragraphs.id):
/// <list type="bullet">
/// <item><c>words</c>: the paragraph segmented by <see cref="Segmenter"/> (ICU word break + lexicon),
/// tokens joined by spaces. ICU splits unknown words into single characters, so a query is matched as a
/// phrase of its own tokens (adjacent single characters still match), and a lexicon term is one token.</item>
/// <item><c>heading</c>: the section heading's words, weighted lower: many paragraphs only make sense
/// under their heading (（二十九）积极发展绿色金融).</item>
/// </list>
/// ICU segments a word differently in different contexts (天然气 in 加快天然气管网 becomes 天然|气管|网),
/// and a lexicon term's parts (减污 in 减污降碳) are not tokens. A query term therefore reaches the index as
/// the OR of the ways a text can hold it (<see cref="FtsQuery.Term"/>): its own tokens, its characters one
/// by one, every cut into a head token and a token starting with the rest (天然 气*), and the lexicon terms
/// that contain it. On 3,000 generated plans this finds 99.7% of the paragraphs holding 46 researcher terms
/// as a substring; what it misses is a term starting inside an ICU word (城市生活|垃圾 for 生活垃圾 is found,
/// 新建建筑|节能 for 建筑节能 is not). Version 2 indexed every text a second time as overlapping character
/// pairs, which found everything but made the index 3.6 times as large and its build 3.5 times as slow.
/// A query term is a group of such phrases on {words heading}, terms are ANDed, and bm25() ranks. The
/// table is contentless (content=''): the text already lives in <c>paragraphs</c>. The cost: rows are
/// deleted by giving their tokens again, so the database records the segmenter's fingerprint (lexicon
/// hash, ICU version) and re-segments everything when it changes.
/// unicode61 with remove_diacritics 0: our tokens are letters and digits separated by spaces; it only
/// lower-cases ASCII and splits 14.5 into 14 and 5 the same way on both sides.
/// <para>No text is stored twice. Paragraph text lives in <c>paragraphs</c>; a target's,
/// measure's or duty's quoted sentence is a span of its paragraph (paragraph, start, length) and its section
/// path the paragraph's, written out only when extraction quoted something not found there; a measure's or
/// duty's text is null when it is the sentence. The canonical Markdown, read only to show or re-read a
/// plan, is kept Brotli-compressed (<see cref="PackedText"/>).</para>
/// </remarks>
internal static class KbSchema
{
    public const int Version = 3;

    public const string WordsColumn = "words";
    public const string HeadingColumn = "heading";

    /// <summary>bm25() weights for words, heading.</summary>
    public const string Bm25 = "bm25(passages, 1.0, 0.5)";

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
            markdown     BLOB NOT NULL,          -- the canonical Markdown (front matter + headings), PackedText
            version      INTEGER NOT NULL,       -- 1, then +1 each time a revision replaces it
            ingested_at  TEXT NOT NULL,          -- UTC, ISO 8601
            paragraphs   INTEGER NOT NULL,       -- how many rows of paragraphs and targets it has (listing
            targets      INTEGER NOT NULL        -- the plans must not count 100,000s of rows)
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

        CREATE TABLE targets (
            id             INTEGER PRIMARY KEY,
            doc            TEXT NOT NULL REFERENCES documents (id),
            paragraph      INTEGER REFERENCES paragraphs (id),   -- the paragraph quoting the evidence …
            start          INTEGER,              -- … from this UTF-16 offset, for length chars
            length         INTEGER,
            section_path   TEXT,                 -- null: the paragraph's section path
            evidence       TEXT,                 -- null: the span above (written out only when not found there)
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
            co_owners      TEXT NOT NULL         -- JSON array of names
        );
        CREATE INDEX targets_doc ON targets (doc);
        CREATE INDEX targets_metric ON targets (metric_id, deadline);

        CREATE TABLE measures (
            id           INTEGER PRIMARY KEY,
            doc          TEXT NOT NULL REFERENCES documents (id),
            paragraph    INTEGER REFERENCES paragraphs (id),     -- evidence span, as in targets
            start        INTEGER,
            length       INTEGER,
            section_path TEXT,                   -- null: the paragraph's section path
            evidence     TEXT,                   -- null: the span
            text         TEXT,                   -- null: the same as the evidence
            kind         TEXT NOT NULL,          -- task | prohibition | encouragement | duty | goal
            owners       TEXT NOT NULL,
            co_owners    TEXT NOT NULL,
            deadline     INTEGER
        );
        CREATE INDEX measures_doc ON measures (doc);

        CREATE TABLE duties (
            id           INTEGER PRIMARY KEY,
            doc          TEXT NOT NULL REFERENCES documents (id),
            paragraph    INTEGER REFERENCES paragraphs (id),     -- evidence span, as in targets
            start        INTEGER,
            length       INTEGER,
            section_path TEXT,                   -- null: the paragraph's section path
            evidence     TEXT,                   -- null: the span
            department   TEXT NOT NULL,
            role         TEXT,
            text         TEXT                    -- null: the same as the evidence
        );
        CREATE INDEX duties_doc ON duties (doc);

        CREATE VIRTUAL TABLE passages USING fts5 (
            words, heading,
            content = '',
            tokenize = 'unicode61 remove_diacritics 0'
        );
        -- FTS5 flushes its pending terms to a new index segment whenever they outgrow hashsize (1 MB by
        -- default), and merges the segments as they pile up: a build of 300 plans wrote and merged dozens,
        -- spending 7% more CPU and leaving 5 MB of free pages. 64 MB takes some hundreds of plans a flush.
        INSERT INTO passages (passages, rank) VALUES ('hashsize', 67108864);
        """;
}
