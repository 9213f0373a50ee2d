namespace PolicyKB.Core;

/// <summary>One plan: its metadata and its heading tree. Built by ingest, read by extract and store.</summary>
/// <param name="Id">Stable id, e.g. the canonical file's name without extension (liuzhou-2023-jiangtan).</param>
/// <param name="Sections">Top-level sections in order. Text before the first heading lives in a
/// section with Level 0 and an empty Heading (the preamble).</param>
public sealed record Document(string Id, DocumentMeta Meta, IReadOnlyList<Section> Sections)
{
    /// <summary>Every section, depth first, in document order.</summary>
    public IEnumerable<Section> AllSections()
    {
        foreach (var section in Sections)
            foreach (var s in section.SelfAndDescendants())
                yield return s;
    }
}

/// <summary>Metadata found by ingest; field names follow gold/SCHEMA.md.</summary>
public sealed record DocumentMeta
{
    public required string Title { get; init; }
    public string? Region { get; init; }          // full official name: 柳州市, 广西壮族自治区
    public string? Level { get; init; }           // national | province | city | county | district
    public string? Issuer { get; init; }          // 广安市人民政府
    public string? Date { get; init; }            // YYYY-MM-DD (date of issue / signature)
    public string? DocNumber { get; init; }       // 广安府发〔2024〕1号
    public string? Period { get; init; }          // 2023-2025
    public string? PublishDate { get; init; }     // web page 发布日期, YYYY-MM-DD
    public string? Source { get; init; }          // web page 来源
    public string? SourceFile { get; init; }      // file name it was ingested from
}

/// <summary>A node of the heading tree (一、 / （一） / 1. / （1） / ——).</summary>
/// <param name="Path">Headings from the top joined by " > ": 二、重点行动 > （三）实施工业领域碳达峰行动.</param>
/// <param name="Level">Depth in the tree, 1 for top-level sections, 0 for the preamble.</param>
/// <param name="Heading">The heading as written, marker included: （三）实施工业领域碳达峰行动.</param>
/// <param name="Paragraphs">Body paragraphs directly under this heading, in order. A heading written
/// inline with its text (（一）指导思想。以习近平…) gives Heading 「（一）指导思想」 and the rest as its
/// first paragraph.</param>
/// <param name="Tables">Tables directly under this heading (task tables carry owners).</param>
public sealed record Section(
    string Path,
    int Level,
    string Heading,
    IReadOnlyList<string> Paragraphs,
    IReadOnlyList<Section> Children,
    IReadOnlyList<Table> Tables)
{
    public IEnumerable<Section> SelfAndDescendants()
    {
        yield return this;
        foreach (var child in Children)
            foreach (var s in child.SelfAndDescendants())
                yield return s;
    }
}

/// <summary>A table: header cells and rows of cells, as written.</summary>
public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows);
