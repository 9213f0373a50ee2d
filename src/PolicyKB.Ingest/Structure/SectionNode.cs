using PolicyKB.Core;

namespace PolicyKB.Ingest.Structure;

/// <summary>A section while its tree is being built (from text or from canonical Markdown); frozen into
/// immutable Sections with their paths once the document is read.</summary>
internal sealed class SectionNode(string heading)
{
    public string Heading { get; } = heading;
    public List<string> Paragraphs { get; } = [];
    public List<Table> Tables { get; } = [];
    public List<SectionNode> Children { get; } = [];

    public bool IsEmpty => Paragraphs.Count == 0 && Tables.Count == 0 && Children.Count == 0;

    /// <summary>The preamble (Level 0, only when it holds text) followed by the top-level sections.</summary>
    public static IReadOnlyList<Section> Freeze(SectionNode preamble, IEnumerable<SectionNode> top)
    {
        var sections = new List<Section>();
        if (preamble.Paragraphs.Count > 0 || preamble.Tables.Count > 0)
            sections.Add(new Section("", 0, "", preamble.Paragraphs, [], preamble.Tables));
        sections.AddRange(top.Select(n => n.Freeze("", 1)));
        return sections;
    }

    private Section Freeze(string parentPath, int level)
    {
        var path = parentPath.Length == 0 ? Heading : $"{parentPath} > {Heading}";
        return new Section(path, level, Heading, Paragraphs, Children.Select(c => c.Freeze(path, level + 1)).ToList(), Tables);
    }
}
