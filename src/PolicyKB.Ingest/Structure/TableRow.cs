namespace PolicyKB.Ingest.Structure;

/// <summary>Table rows written as text: tab-separated or Markdown pipe rows with at least three cells.</summary>
internal static class TableRow
{
    private const int MinCells = 3;

    /// <summary>The cells of a row, or null when the line is not a table row.</summary>
    public static IReadOnlyList<string>? Cells(string line)
    {
        string[] cells;
        if (line.Contains('\t'))
            cells = line.Split('\t');
        else if (line.Count(c => c == '|') >= 2)
            cells = line.Trim().Trim('|').Split('|');
        else
            return null;
        cells = cells.Select(c => c.Trim()).ToArray();
        return cells.Count(c => c.Length > 0) >= MinCells ? cells : null;
    }

    /// <summary>A Markdown header separator row: |---|:---:|</summary>
    public static bool IsSeparator(IReadOnlyList<string> cells) =>
        cells.All(c => c.Length == 0 || c.Trim(':').Length >= 3 && c.Trim(':').All(ch => ch == '-'));
}
