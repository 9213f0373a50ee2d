using PolicyKB.Core;
using PolicyKB.Rules;
using PolicyKB.Store;

namespace PolicyKB.Query.Ask;

/// <summary>The knowledge base's records as ask reads them: plans by region, and each plan's targets,
/// duties and measures with their grams, read once and kept for the life of the process (a warm
/// process answers from memory; a plan is read only when a question reaches its region).</summary>
internal sealed class AskStore(KbReader reader, RegionCatalog regions, DepartmentDirectory departments)
{
    private readonly Dictionary<string, PlanRecords> _plans = new(StringComparer.Ordinal);
    private IReadOnlyList<DocumentInfo>? _documents;

    public KbReader Reader => reader;

    public IReadOnlyList<DocumentInfo> Documents => _documents ??= reader.Documents();

    /// <summary>The regions the knowledge base holds plans for, in the order of the plans.</summary>
    public IReadOnlyList<string> Regions => Documents.Select(d => d.Region).OfType<string>().Distinct().ToList();

    /// <summary>Regions of stored plans that rules/regions.yaml does not list (a county's plan).</summary>
    public IReadOnlyCollection<Region> UncataloguedRegions => _uncatalogued ??= Documents
        .Where(d => d.Region is { } r && regions.Find(r) is null).DistinctBy(d => d.Region)
        .Select(d => QuestionAnalyzer.StoredRegion(d.Region!, d.Level)).ToList();

    private IReadOnlyCollection<Region>? _uncatalogued;

    public DocumentInfo? Document(string id) => Documents.FirstOrDefault(d => d.Id == id);

    /// <summary>The plans of these regions (full names), or every plan when none are given.</summary>
    public IEnumerable<PlanRecords> Plans(IReadOnlyCollection<string> regionNames) =>
        Documents.Where(d => regionNames.Count == 0 || d.Region is { } r && regionNames.Contains(r)).Select(Plan);

    /// <summary>A plan's paragraphs with their section paths, read once.</summary>
    public IReadOnlyList<(string SectionPath, string Text)> Paragraphs(DocumentInfo document)
    {
        if (!_paragraphs.TryGetValue(document.Id, out var list))
            _paragraphs[document.Id] = list = reader.Paragraphs(document.Id);
        return list;
    }

    private readonly Dictionary<string, IReadOnlyList<(string SectionPath, string Text)>> _paragraphs = new(StringComparer.Ordinal);

    public PlanRecords Plan(DocumentInfo document)
    {
        if (_plans.TryGetValue(document.Id, out var plan))
            return plan;
        plan = new PlanRecords(
            document,
            reader.Targets(document.Id).Select((t, i) => new TargetRecord(t, document, i)).ToList(),
            new Lazy<IReadOnlyList<DutyRecord>>(() => reader.Duties(document.Id).Select(d => new DutyRecord(d, document, BodyCore(d.Department))).ToList()),
            new Lazy<IReadOnlyList<MeasureRecord>>(() => reader.Measures(document.Id).Select(m => new MeasureRecord(m, document)).ToList()));
        _plans[document.Id] = plan;
        return plan;
    }

    /// <summary>A body's name without its region, folded (see <see cref="Bodies.Core"/>).</summary>
    public string BodyCore(string name) => Bodies.Core(regions, name);

    /// <summary>The department id of a body's name (市发改委 → development_reform), or null.</summary>
    public string? DepartmentId(string core) => departments.Resolve(core)?.Department.Id;
}

/// <summary>One plan's records. Duties and measures are read when first asked for: a question about
/// targets across 3,000 plans reads their targets only, not every plan's text.</summary>
internal sealed record PlanRecords(
    DocumentInfo Document,
    IReadOnlyList<TargetRecord> Targets,
    Lazy<IReadOnlyList<DutyRecord>> LazyDuties,
    Lazy<IReadOnlyList<MeasureRecord>> LazyMeasures)
{
    public IReadOnlyList<DutyRecord> Duties => LazyDuties.Value;
    public IReadOnlyList<MeasureRecord> Measures => LazyMeasures.Value;
}

internal sealed class TargetRecord(Target target, DocumentInfo document, int order)
{
    private Grams? _metric;
    private Grams? _sentence;

    public Target Target => target;
    public DocumentInfo Document => document;

    /// <summary>Position among its plan's targets (document order).</summary>
    public int Order => order;
    public Grams Metric => _metric ??= Grams.Of(Grams.Fold(target.Metric));
    public Grams Sentence => _sentence ??= Grams.Of(Grams.Fold(target.Evidence.Sentence));
}

internal sealed class DutyRecord(Duty duty, DocumentInfo document, string core)
{
    private Grams? _head;
    private Grams? _text;

    public Duty Duty => duty;
    public DocumentInfo Document => document;

    /// <summary>The body's name without its region, folded.</summary>
    public string Core => core;

    /// <summary>The role and first sentence (全市节能工作牵头单位), where a duty paragraph says what
    /// the body leads.</summary>
    public Grams Head => _head ??= Grams.Of(Grams.Fold((duty.Role ?? "") + " " + FirstSentence(duty.Text)));
    public Grams Text => _text ??= Grams.Of(Grams.Fold(duty.Text));

    private static string FirstSentence(string text)
    {
        var end = text.IndexOfAny(['。', '；', ';']);
        return end < 0 ? text : text[..end];
    }
}

internal sealed class MeasureRecord(Measure measure, DocumentInfo document)
{
    private Grams? _text;

    public Measure Measure => measure;
    public DocumentInfo Document => document;
    public Grams Text => _text ??= Grams.Of(Grams.Fold(measure.Text));
}
