using System.Text.RegularExpressions;
using PolicyKB.Web.Pages;
using Xunit;

namespace PolicyKB.Web.Tests;

public sealed class BarChartTests
{
    [Fact]
    public void Bars_keep_their_order_and_lengths_follow_the_values()
    {
        var svg = BarChart.Render([new("柳州市", 14.5m, "14.5%"), new("广西壮族自治区", 13m, "13%"), new("某市", 7.25m, "7.25%左右")], "单位GDP能耗").Value;

        var labels = Regex.Matches(svg, "data-label=\"([^\"]+)\"").Select(m => m.Groups[1].Value);
        var widths = Regex.Matches(svg, "<rect [^>]*width=\"(\\d+)\"").Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal(new[] { "柳州市", "广西壮族自治区", "某市" }, labels);
        Assert.Equal(360, widths[0]);                       // the largest value fills the bar area
        Assert.Equal((int)Math.Round(360 * 13 / 14.5), widths[1]);
        Assert.Equal(180, widths[2]);
        Assert.Contains(">7.25%左右</text>", svg);
    }

    [Fact]
    public void Labels_are_escaped()
    {
        var svg = BarChart.Render([new("<script>", 1m, "\"&")], "<t>").Value;

        Assert.DoesNotContain("<script>", svg);
        Assert.Contains("&lt;script&gt;", svg);
        Assert.Contains("aria-label=\"&lt;t&gt;\"", svg);
        Assert.Contains("&quot;&amp;", svg);
    }
}
