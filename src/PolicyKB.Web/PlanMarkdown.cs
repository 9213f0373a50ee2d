using System.Text;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace PolicyKB.Web;

/// <summary>Renders a plan's canonical Markdown to HTML with Markdig and marks sentences in it (targets,
/// owners). Raw HTML is disabled, so any markup in the text comes out escaped; links are rendered as
/// their text, so a stored plan can never point a reader anywhere.</summary>
internal static class PlanMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .DisableHtml()
        .Build();

    /// <summary>Something to mark: the first occurrence of <paramref name="Text"/> (as written) not inside an
    /// earlier mark gets &lt;mark class title&gt; around its first <paramref name="Length"/> characters (all
    /// when null), carrying every id in <paramref name="Ids"/> (several targets of one sentence).</summary>
    public sealed record Mark(string Text, IReadOnlyList<string> Ids, string CssClass, string Title, int? Length = null);

    /// <summary>The plan as HTML and the ids of the marks that were placed.</summary>
    public sealed record Rendered(HtmlString Html, IReadOnlySet<string> Marked);

    public static Rendered Render(string markdown, IEnumerable<Mark> marks)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        // The title (# …) is shown in the page header.
        if (document.Count > 0 && document.FirstOrDefault(b => b is Markdig.Syntax.HeadingBlock) is Markdig.Syntax.HeadingBlock { Level: 1 } h1)
            document.Remove(h1);
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new TextOnlyLinkRenderer());
        renderer.ObjectRenderers.Replace<AutolinkInlineRenderer>(new TextOnlyAutolinkRenderer());
        renderer.Render(document);
        writer.Flush();
        var marked = new HashSet<string>(StringComparer.Ordinal);
        return new Rendered(new HtmlString(Apply(writer.ToString(), marks, marked)), marked);
    }

    // Marks go around text only: an escaped sentence holds no '<', so it can never match across a tag, and
    // text inside an earlier mark is left alone. A sentence split by Markdown (a table cell
    // boundary) is not found and stays unmarked; the side list still shows it.
    private static string Apply(string html, IEnumerable<Mark> marks, HashSet<string> marked)
    {
        var placed = new List<(int Start, int End, Mark Mark)>();
        foreach (var mark in marks)
        {
            var text = mark.Text.Trim();
            var needle = EscapeLikeMarkdig(text);
            if (needle.Length == 0 || mark.Ids.Count == 0)
                continue;
            var length = mark.Length is { } n and > 0 && n < text.Length ? EscapeLikeMarkdig(text[..n]).Length : needle.Length;
            for (var at = html.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = html.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                var end = at + length;
                if (InsideTag(html, at) || placed.Any(p => p.Start < end && at < p.End))
                    continue;
                placed.Add((at, end, mark));
                marked.UnionWith(mark.Ids);
                break;
            }
        }
        var sb = new StringBuilder(html.Length + placed.Count * 80);
        var from = 0;
        foreach (var (start, end, mark) in placed.OrderBy(p => p.Start))
        {
            sb.Append(html, from, start - from);
            // One element per id, so every target of a shared sentence can be linked to.
            sb.Append(Html.Of($"<mark class=\"{mark.CssClass}\" id=\"{mark.Ids[0]}\" title=\"{mark.Title}\">").Value);
            foreach (var id in mark.Ids.Skip(1))
                sb.Append(Html.Of($"<span id=\"{id}\"></span>").Value);
            sb.Append(html, start, end - start).Append("</mark>");
            from = end;
        }
        return sb.Append(html, from, html.Length - from).ToString();
    }

    private static bool InsideTag(string html, int at) => html.LastIndexOf('<', at) > html.LastIndexOf('>', at);

    // Markdig's HtmlRenderer.WriteEscape: & < > " only.
    private static string EscapeLikeMarkdig(string text) =>
        text.Trim().Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");

    private sealed class TextOnlyLinkRenderer : HtmlObjectRenderer<LinkInline>
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link) => renderer.WriteChildren(link);
    }

    private sealed class TextOnlyAutolinkRenderer : HtmlObjectRenderer<AutolinkInline>
    {
        protected override void Write(HtmlRenderer renderer, AutolinkInline link) => renderer.WriteEscape(link.Url);
    }
}
