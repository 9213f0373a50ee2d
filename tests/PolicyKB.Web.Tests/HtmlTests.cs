using Xunit;

namespace PolicyKB.Web.Tests;

public sealed class HtmlTests
{
    [Fact]
    public void Holes_are_escaped_unless_already_html()
    {
        var text = "<b>\"柳州\" & '广西'</b>";
        var safe = new HtmlString("<em>ok</em>");

        var html = Html.Of($"<p title=\"{text}\">{text}{safe}{new[] { safe, safe }}{14.5m}</p>");

        Assert.Equal("<p title=\"&lt;b&gt;&quot;柳州&quot; &amp; &#39;广西&#39;&lt;/b&gt;\">&lt;b&gt;&quot;柳州&quot; &amp; &#39;广西&#39;&lt;/b&gt;<em>ok</em><em>ok</em><em>ok</em>14.5</p>", html.Value);
    }

    [Fact]
    public void Marked_wraps_spans_and_escapes_everything_else()
    {
        var html = Html.Marked("a<秸秆>b秸秆", [(2, 2), (6, 2)]);

        Assert.Equal("a&lt;<mark>秸秆</mark>&gt;b<mark>秸秆</mark>", html.Value);
    }
}
