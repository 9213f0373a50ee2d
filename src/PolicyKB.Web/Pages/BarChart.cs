using System.Globalization;

namespace PolicyKB.Web.Pages;

/// <summary>A horizontal bar chart drawn as inline SVG: one bar per row, in the order given, lengths
/// proportional to the values, each labelled with its text as written (14.5%以上).</summary>
internal static class BarChart
{
    public sealed record Bar(string Label, decimal Value, string Text);

    private const int Width = 640;
    private const int LabelWidth = 150;
    private const int TextWidth = 130;
    private const int RowHeight = 30;
    private const int BarHeight = 18;

    public static HtmlString Render(IReadOnlyList<Bar> bars, string title)
    {
        var max = bars.Count == 0 ? 0 : bars.Max(b => Math.Abs(b.Value));
        var span = Width - LabelWidth - TextWidth;
        var height = Math.Max(1, bars.Count) * RowHeight + 10;
        var rows = bars.Select((bar, i) =>
        {
            var y = 5 + i * RowHeight;
            var length = max == 0 ? 0 : (int)Math.Round(span * Math.Abs(bar.Value) / max);
            var middle = y + RowHeight / 2 + 5;
            return Html.Of($"""
                <g class="bar" data-label="{bar.Label}" data-value="{bar.Value.ToString(CultureInfo.InvariantCulture)}">
                <text x="{LabelWidth - 8}" y="{middle}" text-anchor="end" font-size="13" fill="#1f2933">{bar.Label}</text>
                <rect x="{LabelWidth}" y="{y + (RowHeight - BarHeight) / 2}" width="{length}" height="{BarHeight}" fill="#0b6e4f" rx="2"><title>{bar.Label}：{bar.Text}</title></rect>
                <text x="{LabelWidth + length + 6}" y="{middle}" font-size="13" fill="#1f2933">{bar.Text}</text>
                </g>
                """);
        });
        return Html.Of($"""
            <svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{Width}" height="{height}" viewBox="0 0 {Width} {height}" role="img" aria-label="{title}">
            {rows}
            </svg>
            """);
    }
}
