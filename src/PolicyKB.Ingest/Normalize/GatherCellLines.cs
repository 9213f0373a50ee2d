using System.Text.RegularExpressions;
using PolicyKB.Ingest.Structure;
using PolicyKB.Rules;

namespace PolicyKB.Ingest.Normalize;

/// <summary>Turns a table that a Word export printed one cell per line back into table rows: a header of
/// short label lines opening with 序号 (序号 / 任务名称 / 目标要求 / 责任单位 / 完成时限), then rows of as many
/// lines each, every row opening with its serial number (1, 2, 3 …). The 序号 header and the serials one
/// row apart are what tell the table from a list of short lines. Runs before page numbers are dropped: a
/// serial alone on its line looks like one.</summary>
internal sealed partial class GatherCellLines : INormalizeStep
{
    private const int MinColumns = 3;
    private const int MaxColumns = 12;
    private const int MaxHeaderCell = 16;

    // The header of the serial column: 序号, 编号, 序 (序　号 with its spaces dropped)
    private static readonly string[] SerialHeaders = ["序号", "编号", "序", "顺序号"];

    // A row's serial: 1, 2., 3、
    [GeneratedRegex(@"^(?<n>\d{1,3})\s*[.、．]?$")]
    private static partial Regex SerialLine();

    public NormalizedText Apply(NormalizedText text)
    {
        var lines = text.Lines;
        List<SourceLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            if (Serial(lines[i]) == 1 && Columns(lines, i) is { } columns)
            {
                result ??= lines.Take(i).ToList();
                result.RemoveRange(result.Count - columns, columns);
                result.Add(Row(lines.Skip(i - columns).Take(columns).ToList()));
                var end = i;
                var width = columns;
                for (var serial = 1; Serial(lines[end]) == serial; serial++)
                {
                    // a row runs to the next serial; an empty cell leaves no line, so a row may be shorter
                    // than the header (the last one is as wide as the one before it)
                    width = RowWidth(lines, end, columns, serial + 1) ?? Math.Min(width, lines.Count - end);
                    if (!IsRow(lines, end, width))
                        break;
                    result.Add(Row(lines.Skip(end).Take(width).ToList()));
                    end += width;
                    if (end >= lines.Count)
                        break;
                }
                i = end - 1;
                continue;
            }
            result?.Add(lines[i]);
        }
        return result is null ? text : text.With(result);
    }

    /// <summary>The number of columns of a table whose first row's serial stands at <paramref name="first"/>:
    /// the header lines just before it, counted from its 序号 line.</summary>
    private static int? Columns(IReadOnlyList<SourceLine> lines, int first)
    {
        for (var columns = 1; columns <= MaxColumns && first - columns >= 0 && IsHeaderCell(lines[first - columns]); columns++)
            if (SerialHeaders.Contains(Squeezed(lines[first - columns].Text)))
                return columns >= MinColumns && RowWidth(lines, first, columns, 2) is not null ? columns : null;
        return null;
    }

    /// <summary>How many lines the row at <paramref name="start"/> holds: up to the line with the next serial,
    /// preferably a full header's width away; null when no such line is in reach.</summary>
    private static int? RowWidth(IReadOnlyList<SourceLine> lines, int start, int columns, int next)
    {
        if (start + columns < lines.Count && Serial(lines[start + columns]) == next)
            return columns;
        for (var width = 1; width < columns && start + width < lines.Count; width++)
            if (Serial(lines[start + width]) == next)
                return width;
        return null;
    }

    /// <summary>A header cell: a short label (任务名称, 责任单位) without digits or sentence punctuation.</summary>
    private static bool IsHeaderCell(SourceLine line) =>
        line.Hint == LineHint.None && line.Text.Length <= MaxHeaderCell && !line.Text.Any(char.IsDigit)
        && line.Text.IndexOfAny(['，', '。', '；', '：', ',', ';', ':', '、']) < 0;

    /// <summary>Plain lines from <paramref name="start"/> on that can be one row: none a marked heading
    /// (一、保障措施 after the last row is text again).</summary>
    private static bool IsRow(IReadOnlyList<SourceLine> lines, int start, int columns) =>
        Enumerable.Range(start, columns).All(k => lines[k].Hint == LineHint.None && (k == start || HeadingMarker.KindOf(lines[k].Text) is null));

    private static string Squeezed(string cell) => string.Concat(cell.Where(c => !char.IsWhiteSpace(c)));

    // A serial line is at most three digits and a stop: longer lines need no regex.
    private const int MaxSerialLength = 6;

    private static int? Serial(SourceLine line) =>
        line.Hint == LineHint.None && line.Text.Length <= MaxSerialLength && SerialLine().Match(TextFold.ForMatch(line.Text)) is { Success: true } m
            ? int.Parse(m.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)
            : null;

    private static SourceLine Row(List<SourceLine> cells) =>
        cells[0] with { Text = string.Join("\t", cells.Select(c => c.Text)), Hint = LineHint.TableRow, Cells = cells.Select(c => c.Text).ToList() };
}
