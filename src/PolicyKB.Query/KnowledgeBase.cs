using System.Diagnostics;
using PolicyKB.Core;
using PolicyKB.Extract;
using PolicyKB.Ingest;
using PolicyKB.Query.Ask;
using PolicyKB.Query.Targets;
using PolicyKB.Rules;
using PolicyKB.Store;

namespace PolicyKB.Query;

/// <summary>The knowledge base as the commands see it: build, add to, search and list. It never prints;
/// progress goes to the callback the caller gives.</summary>
/// <remarks>Start-up stays lean: nothing is loaded until an operation needs it. A search opens the
/// database and uses the lexicon stored there; only index and ingest read rule files, and the region
/// catalog is read only when a region filter is not already a stored region's full name.</remarks>
public sealed class KnowledgeBase : IDisposable
{
    private static readonly string[] IngestExtensions = [".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx"];

    private readonly KbOptions _options;
    private RuleSet? _rules;
    private RegionCatalog? _regions;
    private KbReader? _reader;
    private DateTime _readerStamp;

    public KnowledgeBase(KbOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    public string DbPath => _options.DbPath;

    public bool Exists => KbDatabase.Exists(DbPath);

    /// <summary>First use: when there is no database, builds it from the bundled corpus. A database in an
    /// older format that holds only bundled plans (what first use built) is built again the same way; one
    /// holding other plans is left for `kb index` (opening it says so).</summary>
    public void EnsureBuilt(Action<string>? progress = null)
    {
        var corpus = _options.BundledCorpus is { } dir && Directory.Exists(dir) ? dir : null;
        if (Exists)
        {
            if (corpus is not null && KbDatabase.OutdatedPlanIds(DbPath) is { } ids
                && ids.All(id => File.Exists(Path.Combine(corpus, id + ".md"))))
            {
                progress?.Invoke(Messages.RebuildOutdated(DbPath));
                Index(corpus, progress);
            }
            return;
        }
        if (corpus is null)
            throw new KbException(Messages.NoCorpus, DbPath);
        progress?.Invoke(Messages.FirstUse(DbPath));
        Index(corpus, progress);
    }

    /// <summary>Rebuilds the database from a folder of canonical plans (*.md). The new database replaces
    /// the old one only once complete; a bad file leaves the old one as it was.</summary>
    public IndexReport Index(string corpusDir, Action<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        if (!Directory.Exists(corpusDir))
            throw new KbException(Messages.PathMissing, corpusDir);
        var files = Directory.GetFiles(corpusDir, "*.md").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
            throw new KbException(Messages.EmptyCorpus, corpusDir);
        var rules = Rules();
        var ingestor = new Ingestor(rules.Regions);
        var extract = Extractor();
        var segmenter = new Segmenter(rules.Lexicon);
        var stored = new List<StoredPlan>();
        var paragraphs = 0;
        CloseReader();
        KbDatabase.Rebuild(DbPath, segmenter, writer =>
        {
            // Reading, extracting and segmenting run on every core; rows go in one at a time, in order.
            var prepared = OrderedPipeline.Map(files, file =>
            {
                var document = ingestor.Read(file);
                return writer.Prepare(extract(document));
            });
            foreach (var plan in prepared)
            {
                stored.Add(Store(writer, plan, DateTimeOffset.UtcNow));
                paragraphs += plan.ParagraphCount;
                progress?.Invoke(Messages.Indexed(stored.Count, files.Count, plan.Extraction.Document.Meta.Title));
            }
        });
        return new IndexReport(DbPath, stored, paragraphs, clock.Elapsed);
    }

    /// <summary>Adds plans (files, or folders searched recursively) to the knowledge base, creating it if
    /// missing; a plan that revises a stored one replaces it. Every file is read and extracted before
    /// anything is written; with <paramref name="corpusDir"/> their canonical Markdown is written there too.</summary>
    public IndexReport Ingest(IReadOnlyList<string> paths, string? corpusDir = null, Action<string>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var files = ExpandInputs(paths);
        var rules = Rules();
        var ingestor = new Ingestor(rules.Regions);
        var documents = new List<Document>();
        foreach (var document in OrderedPipeline.Map(files, ingestor.Read))
        {
            documents.Add(document);
            progress?.Invoke(Messages.Read(documents.Count, files.Count, files[documents.Count - 1]));
        }
        var firstFile = new Dictionary<string, string>();
        foreach (var (document, file) in documents.Zip(files))
            if (!firstFile.TryAdd(document.Id, file))
                throw new KbException(Messages.SameId(document.Id, firstFile[document.Id], file), file);
        var extract = Extractor();
        var segmenter = new Segmenter(rules.Lexicon);
        var extractions = OrderedPipeline.Map(documents, extract).ToList();
        if (corpusDir is not null)
            Directory.CreateDirectory(corpusDir);

        var stored = new List<StoredPlan>();
        var paragraphs = 0;
        CloseReader();
        KbDatabase.Update(DbPath, segmenter, writer =>
        {
            foreach (var plan in OrderedPipeline.Map(extractions, writer.Prepare))
            {
                stored.Add(Store(writer, plan, DateTimeOffset.UtcNow));
                paragraphs += plan.ParagraphCount;
            }
        });
        if (corpusDir is not null)
            foreach (var document in documents)
                Corpus.Write(corpusDir, document);
        return new IndexReport(DbPath, stored, paragraphs, clock.Elapsed);
    }

    /// <summary>BM25-ranked passages. <paramref name="region"/> takes full or short names (柳州 → 柳州市);
    /// <paramref name="level"/> English or Chinese (city, 市级); <paramref name="year"/> keeps plans in force
    /// that year (see <see cref="SearchRequest"/>).</summary>
    /// <exception cref="KbException">Unknown level, or a region the knowledge base holds no plan for.</exception>
    public IReadOnlyList<SearchHit> Search(string query, string? region = null, string? level = null, int limit = 10, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        var reader = Reader();
        var request = new SearchRequest(query,
            string.IsNullOrWhiteSpace(region) ? null : ResolveRegion(reader, region),
            string.IsNullOrWhiteSpace(level) ? null : Levels.Resolve(level),
            limit, year);
        return reader.Search(request);
    }

    /// <summary>Stored targets across regions, comparable by metric id (see <see cref="TargetFilter"/>).</summary>
    /// <exception cref="KbException">A region the knowledge base holds no plan for.</exception>
    public TargetList Targets(TargetFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var reader = Reader();
        var region = string.IsNullOrWhiteSpace(filter.Region) ? null : ResolveRegion(reader, filter.Region);
        return new TargetList(new TargetQuery(reader, Rules()).Find(region, filter.Metric, filter.Year));
    }

    /// <summary>Departments per region with their targets, duties and measures (see <see cref="OwnerFilter"/>).</summary>
    /// <exception cref="KbException">A region the knowledge base holds no plan for.</exception>
    public OwnerList Owners(OwnerFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var reader = Reader();
        var region = string.IsNullOrWhiteSpace(filter.Region) ? null : ResolveRegion(reader, filter.Region);
        return new OwnerList(new OwnerQuery(reader, Rules()).Find(region, filter.Unit));
    }

    /// <summary>The stored plans.</summary>
    public IReadOnlyList<DocumentInfo> Documents() => Reader().Documents();

    /// <summary>One stored plan with its canonical Markdown and what extraction found in it; null when the
    /// knowledge base holds no plan with this id.</summary>
    public PlanDetail? Document(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var reader = Reader();
        var info = reader.Documents().FirstOrDefault(d => d.Id == id);
        if (info is null || reader.Document(id) is not { } document)
            return null;
        return new PlanDetail(info, CanonicalMarkdown.Write(document), reader.Targets(id), reader.Duties(id));
    }

    /// <summary>The full name of a region the knowledge base holds plans for.</summary>
    public string ResolveRegion(string region) => ResolveRegion(Reader(), region);

    public void Dispose() => CloseReader();

    private string ResolveRegion(KbReader reader, string region)
    {
        var stored = reader.Regions();
        var name = region.Trim();
        if (stored.Contains(name))
            return name;
        var known = Regions().Find(name);
        if (known is null)
        {
            // A stored plan's region the catalog lacks (a county's plan) by its short name: 兰考 → 兰考县.
            var folded = TextFold.ForMatch(name);
            var matches = stored.Where(r => QuestionAnalyzer.StoredRegion(r, null).ShortNames.Contains(folded)).ToList();
            if (matches.Count == 1)
                return matches[0];
            throw new KbException(Messages.UnknownRegion(region, stored));
        }
        if (!stored.Contains(known.Name))
            throw new KbException(Messages.RegionNotStored(known.Name, stored));
        return known.Name;
    }

    private static StoredPlan Store(KbWriter writer, PreparedDocument plan, DateTimeOffset now)
    {
        var version = writer.AddOrReplace(plan, now);
        var document = plan.Extraction.Document;
        return new StoredPlan(document.Id, document.Meta.Title, document.Meta.Region, version, plan.Extraction.Targets.Count);
    }

    // The reader is reopened when the file was replaced (a rebuild by this or another process), so a
    // long-lived KnowledgeBase (kb serve) never answers from a stale database.
    private KbReader Reader()
    {
        var stamp = File.GetLastWriteTimeUtc(DbPath);
        if (_reader is not null && stamp == _readerStamp)
            return _reader;
        CloseReader();
        _reader = KbReader.Open(DbPath);
        _readerStamp = stamp;
        return _reader;
    }

    private void CloseReader()
    {
        _reader?.Dispose();
        _reader = null;
    }

    // Every rule file, checked before anything is written; only building needs them.
    /// <summary>The rule files of <see cref="KbOptions.RulesDir"/>, loaded on first use and kept.</summary>
    public RuleSet Rules() => _rules ??= RuleSet.Load(_options.RulesDir);

    // A search with a short region name needs only the catalog, not the whole rule set.
    private RegionCatalog Regions() =>
        _regions ??= _rules?.Regions ?? RegionCatalog.Load(Path.Combine(_options.RulesDir, RuleSet.RegionsFile));

    private Func<Document, Extraction> Extractor() => _options.Extract ?? new Extractor(Rules()).Extract;

    private static List<string> ExpandInputs(IReadOnlyList<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
                files.Add(Path.GetFullPath(path));
            else if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => IngestExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Select(Path.GetFullPath)
                    .Order(StringComparer.Ordinal));
            else
                throw new KbException(Messages.PathMissing, path);
        }
        files = files.Distinct().ToList();
        if (files.Count == 0)
            throw new KbException(Messages.NothingToIngest, paths.Count == 1 ? paths[0] : null);
        return files;
    }
}
