using PolicyKB.Core;
using PolicyKB.Ingest.Normalize;

namespace PolicyKB.Ingest.Structure;

/// <summary>Builds the heading tree from body lines. Depth comes from a stack of marker kinds: a kind
/// already open closes everything below it; a new kind opens one level deeper. So 一、→（一）→1. nests
/// 1-2-3, and a plan that goes straight from 一、 to 1. still nests 1. under 一、.</summary>
internal sealed class SectionTreeBuilder
{
    private readonly SectionNode _preamble = new("");
    private readonly List<SectionNode> _top = [];
    private readonly List<(string Kind, SectionNode Node)> _open = [];
    private readonly List<IReadOnlyList<string>> _rows = [];
    private SectionNode _current;

    private SectionTreeBuilder() => _current = _preamble;

    /// <summary>The sections of the body lines (Title, NoticeTitle and Meta lines are skipped).</summary>
    public static IReadOnlyList<Section> Build(IEnumerable<SourceLine> lines)
    {
        var builder = new SectionTreeBuilder();
        foreach (var line in lines)
            builder.Add(line);
        return builder.Finish();
    }

    private void Add(SourceLine line)
    {
        if (line.Hint is LineHint.Title or LineHint.NoticeTitle or LineHint.Meta)
            return;
        var cells = line.Hint == LineHint.TableRow ? line.Cells : TableRow.Cells(line.Text);
        if (cells is not null)
        {
            if (!TableRow.IsSeparator(cells))
                _rows.Add(cells);
            return;
        }
        FlushTable();

        if (Heading(line) is { } heading)
            Open(heading);
        else
            _current.Paragraphs.Add(line.Text);
    }

    private static HeadingMatch? Heading(SourceLine line)
    {
        if (line.Hint == LineHint.Heading)
            return HeadingMarker.Parse(line.Text) ?? new HeadingMatch(HeadingMarker.KindOf(line.Text) ?? $"h{line.HeadingLevel}", line.Text, null);
        return HeadingMarker.Parse(line.Text);
    }

    private void Open(HeadingMatch heading)
    {
        var at = _open.FindIndex(o => o.Kind == heading.Kind);
        if (at >= 0)
            _open.RemoveRange(at, _open.Count - at);
        var node = new SectionNode(heading.Heading);
        (_open.Count > 0 ? _open[^1].Node.Children : _top).Add(node);
        _open.Add((heading.Kind, node));
        _current = node;
        if (heading.Rest is { } rest)
            node.Paragraphs.Add(rest);
    }

    private void FlushTable()
    {
        if (_rows.Count == 0)
            return;
        // Rows are padded to the widest row, so every row has a cell per column (as pipe tables do).
        var width = _rows.Max(r => r.Count);
        var rows = _rows.Select(r => (IReadOnlyList<string>)r.Concat(Enumerable.Repeat("", width - r.Count)).ToList()).ToList();
        _current.Tables.Add(new Table(rows[0], rows.Skip(1).ToList()));
        _rows.Clear();
    }

    private IReadOnlyList<Section> Finish()
    {
        FlushTable();
        return SectionNode.Freeze(_preamble, _top);
    }
}
