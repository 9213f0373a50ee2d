namespace PolicyKB.Store;

/// <summary>The SQLite schema of a knowledge base. The database is the source of truth: each plan's
/// canonical Markdown plus everything derived from it.</summary>
/// <remarks>
/// Full-text design (table <c>passages</c>, one row per paragraph or table row, rowid = the plan's first_paragraph + its number):
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
/// that contain it. A term starting inside an ICU word (新建建筑|节能|标准 for 建筑节能标准) is left to the
/// search's next tier, all of its words. `PolicyKB.Bench recall`: on 3,000 generated plans search finds every
/// paragraph holding one of 46 researcher terms as a substring. Version 2 indexed every text a second time as
/// overlapping character pairs, which matched every substring directly but made the index 3.6 times as large
/// and its build 3.5 times as slow.
/// A query term is a group of such phrases on {words heading}, terms are ANDed, and bm25() ranks. bm25()
/// scores every passage that matches (at 3,000 plans 碳达峰 is in 32,000), so each lexicon term also keeps its
/// best passages with bm25's inputs (table <c>term_tops</c>, <see cref="TermTops"/>): a one-term search reads
/// them and gets exactly FTS5's answer, or FTS5 ranks when a passage not kept could be among the first. The
/// table is contentless (content=''): the text already lives in the plan's body. The cost: rows are
/// deleted by giving their tokens again, so the database records the segmenter's fingerprint (lexicon
/// hash, ICU version) and re-segments everything when it changes.
/// unicode61 with remove_diacritics 0: our tokens are letters and digits separated by spaces; it only
/// lower-cases ASCII and splits 14.5 into 14 and 5 the same way on both sides.
/// <para>Storage (version 3). A plan is a row of <c>documents</c> (its metadata) and one of <c>plan_data</c>: its <see cref="PlanBody"/>
/// (heading tree, paragraphs and table rows, tables, measures and duties quoting their sentences as spans of
/// paragraphs) and its targets (<see cref="PlanTargets"/>, sentences written out, as they are read across
/// plans), each Brotli-compressed. The plan's passages rows are numbered from its <c>first_paragraph</c>.
/// The canonical Markdown is not stored: it is written again from the body (the same text ingest wrote).
/// Version 5 adds <c>plan_list</c>: the rows of <c>documents</c> packed into one value (<see cref="PlanList"/>).
/// On 3,000 generated plans version 2 (a row per section, paragraph, sentence, measure and duty, the
/// Markdown compressed beside them, a character-pair column in the index) took 4.8 times the corpus's UTF-8
/// size.</para>
/// </remarks>
internal static class KbSchema
{
    public const int Version = 5;

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
            key             INTEGER PRIMARY KEY,     -- insertion order
            id              TEXT NOT NULL UNIQUE,
            title           TEXT NOT NULL,
            region          TEXT,
            level           TEXT,
            issuer          TEXT,
            date            TEXT,
            doc_number      TEXT,
            period          TEXT,
            publish_date    TEXT,
            source          TEXT,
            source_file     TEXT,
            version         INTEGER NOT NULL,        -- 1, then +1 each time a revision replaces it
            ingested_at     TEXT NOT NULL,           -- UTC, ISO 8601
            first_paragraph INTEGER NOT NULL,        -- passages rowid of its paragraph 0; its paragraph i is + i
            paragraphs      INTEGER NOT NULL,        -- how many paragraphs and table rows it has
            targets         INTEGER NOT NULL         -- how many targets
        );
        CREATE INDEX documents_region ON documents (region);
        CREATE INDEX documents_doc_number ON documents (doc_number);   -- finding the version a revision replaces
        CREATE INDEX documents_title ON documents (title);
        CREATE INDEX documents_paragraphs ON documents (first_paragraph);   -- the plan of a passage

        -- Every row of documents in one packed value (PlanList), written again by each change: listing the plans
        -- reads one value, not 3,000 rows.
        CREATE TABLE plan_list (
            id   INTEGER PRIMARY KEY CHECK (id = 1),
            data BLOB NOT NULL
        );

        -- A plan's packed values, apart from its metadata: listing 3,000 plans must not read 40 MB of pages.
        CREATE TABLE plan_data (
            doc     INTEGER PRIMARY KEY REFERENCES documents (key),
            body    BLOB NOT NULL,                   -- PlanBody: headings, paragraphs, tables, measures, duties
            targets BLOB NOT NULL                    -- PlanTargets
        );

        -- Every plan's targets of a metric id and deadline (0: none), packed together (PlanTargets.PackGroup).
        CREATE TABLE metric_targets (
            metric_id TEXT NOT NULL,
            deadline  INTEGER NOT NULL,
            data      BLOB NOT NULL,
            PRIMARY KEY (metric_id, deadline)
        ) WITHOUT ROWID;

        -- Each lexicon term's best passages as bm25 ranks them, by the term's MATCH expression (TermTops).
        CREATE TABLE term_tops (
            match TEXT PRIMARY KEY,
            data  BLOB NOT NULL
        ) WITHOUT ROWID;

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
