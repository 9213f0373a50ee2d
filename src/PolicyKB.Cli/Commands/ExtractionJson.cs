using PolicyKB.Core;

namespace PolicyKB.Cli.Commands;

/// <summary>The JSON shape of `kb extract --json`, as gold/SCHEMA.md and the scorer read it:
/// evidence is the sentence itself, section its heading path.</summary>
internal static class ExtractionJson
{
    public static object From(Extraction extraction) => new
    {
        Document = Document(extraction.Document),
        Targets = extraction.Targets.Select(Target),
        Measures = extraction.Measures.Select(m => new
        {
            m.Text,
            m.Kind,
            m.Owners,
            m.CoOwners,
            m.Deadline,
            Section = m.Evidence.SectionPath,
        }),
        Duties = extraction.Duties.Select(d => new
        {
            d.Department,
            d.Role,
            d.Text,
            Section = d.Evidence.SectionPath,
        }),
    };

    public static object Document(Document document) => new
    {
        document.Id,
        document.Meta.Title,
        document.Meta.Region,
        document.Meta.Level,
        document.Meta.Issuer,
        document.Meta.Date,
        document.Meta.DocNumber,
        document.Meta.Period,
        document.Meta.PublishDate,
        document.Meta.Source,
        document.Meta.SourceFile,
    };

    public static object Target(Target t) => new
    {
        t.Metric,
        t.MetricId,
        t.Value,
        t.Unit,
        t.CanonicalUnit,
        t.Scale,
        t.Direction,
        t.Qualifier,
        t.Comparator,
        t.BaselineYear,
        t.Deadline,
        t.Owners,
        t.CoOwners,
        Evidence = t.Evidence.Sentence,
        Section = t.Evidence.SectionPath,
    };
}
