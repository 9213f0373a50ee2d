using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PolicyKB.Ingest.Normalize;

namespace PolicyKB.Ingest.Formats;

/// <summary>Reads a government web page: the article body as lines (tables as table rows, h1-h6 as heading
/// hints), the title, and the page's info bar (发布日期, 来源, 文号 …) as lines that DropBoilerplate
/// captures into metadata. Navigation, scripts, headers and footers are dropped.</summary>
internal static partial class HtmlReader
{
    private const string Furniture = "script,style,noscript,template,nav,header,footer,aside,form,iframe,select,button,input,textarea,svg,canvas";

    // Containers government CMSs give the article: TRS_Editor, zoom, article, content, detail, pages_content …
    [GeneratedRegex(@"TRS_Editor|zoom|article|content|detail|pages_content|xxgk|con_text|main_text|text_?con|wenzhang|zw", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleContainer();

    // Info-bar labels whose lines (outside the article) carry metadata.
    [GeneratedRegex(@"发布日期|发布时间|成文日期|发文日期|来源|发文机关|发文字号|文号|索引号")]
    private static partial Regex InfoLabel();

    // The share of the page's (non-link) Chinese text a container must hold to be taken as the article.
    private const double ArticleShare = 0.5;

    private static readonly HashSet<string> Blocks =
    [
        "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
        "blockquote", "pre", "center", "table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "br", "hr", "body",
    ];

    public static NormalizedText Read(string html)
    {
        // A parser per call: AngleSharp does not promise that one parser serves threads at once.
        var document = new HtmlParser().ParseDocument(html);
        var body = document.Body;
        if (body is null)
            return NormalizedText.From([]);
        var metaLines = MetaTagLines(document);
        foreach (var element in body.QuerySelectorAll(Furniture).ToList())
            element.Remove();

        var article = Article(body);
        var lines = new List<SourceLine>();
        var title = Title(document, article);
        var articleLines = Lines(article);
        if (title is not null && !articleLines.Take(3).Any(l => Same(l.Text, title)))
            lines.Add(new SourceLine(title, 0));
        lines.AddRange(metaLines.Select(t => new SourceLine(t, 0)));
        if (article != body)
            lines.AddRange(InfoLines(body, article));
        lines.AddRange(articleLines);
        return NormalizedText.From(lines);
    }

    private static bool Same(string a, string b) => Squash(a) == Squash(b);

    private static string Squash(string s) => new(s.Where(c => !char.IsWhiteSpace(c)).ToArray());

    /// <summary>Gov CMS meta tags: ArticleTitle, PubDate, ContentSource.</summary>
    private static List<string> MetaTagLines(IDocument document)
    {
        string? Meta(string name) => document.QuerySelector($"meta[name='{name}']")?.GetAttribute("content")?.Trim() is { Length: > 0 } v ? v : null;
        var lines = new List<string>();
        if (Meta("PubDate") is { } date)
            lines.Add($"发布日期：{date}");
        if (Meta("ContentSource") is { } source)
            lines.Add($"来源：{source}");
        return lines;
    }

    private static string? Title(IDocument document, IElement article)
    {
        if (document.QuerySelector("meta[name='ArticleTitle']")?.GetAttribute("content")?.Trim() is { Length: > 0 } meta)
            return meta;
        if (document.Body?.QuerySelector("h1") is { } h1 && Clean(h1.TextContent) is { Length: > 0 } heading &&
            !article.Contains(h1))
            return heading;
        // <title>广安市碳达峰实施方案_广安市人民政府</title>: the site name follows a separator.
        var title = Clean(document.Title ?? "");
        var cut = title.IndexOfAny(['_', '|', '－']);
        title = (cut > 0 ? title[..cut] : title).Trim();
        var dash = title.LastIndexOf(" - ", StringComparison.Ordinal);
        title = dash > 0 ? title[..dash].Trim() : title;
        return title.Length > 0 ? title : null;
    }

    /// <summary>The element holding the article: a CMS container holding most of the text, or else the
    /// deepest element holding most of the page's non-link Chinese text.</summary>
    private static IElement Article(IElement body)
    {
        var total = ChineseText(body);
        if (total == 0)
            return body;
        var named = body.QuerySelectorAll("*")
            .Where(e => ArticleContainer().IsMatch(e.Id ?? "") || ArticleContainer().IsMatch(e.ClassName ?? ""))
            .Select(e => (Element: e, Text: ChineseText(e)))
            .Where(e => e.Text >= total * ArticleShare)
            .OrderBy(e => e.Text)   // the tightest container that still holds the article
            .FirstOrDefault();
        if (named.Element is not null)
            return named.Element;

        var current = body;
        while (true)
        {
            var next = current.Children.Select(c => (Element: c, Text: ChineseText(c)))
                .Where(c => c.Text >= total * ArticleShare).OrderByDescending(c => c.Text).FirstOrDefault();
            if (next.Element is null || next.Element.LocalName is "p")
                return current;
            current = next.Element;
        }
    }

    private static int ChineseText(IElement element)
    {
        var count = 0;
        foreach (var node in element.Descendants<IText>())
        {
            if (node.ParentElement?.Closest("a") is not null)
                continue;
            foreach (var c in node.Data)
                if (c is >= '\u4E00' and <= '\u9FFF')
                    count++;
        }
        return count;
    }

    /// <summary>Info-bar lines outside the article (发布日期：… 来源：…), table cells joined with spaces.</summary>
    private static IEnumerable<SourceLine> InfoLines(IElement body, IElement article)
    {
        var outside = Lines(body, skip: article);
        foreach (var line in outside)
        {
            var text = line.Cells is { } cells ? string.Join(" ", cells.Where(c => c.Length > 0)) : line.Text;
            if (InfoLabel().IsMatch(text) && text.Length <= 200)
                yield return new SourceLine(text, line.Number);
        }
    }

    /// <summary>The element's text as lines: blocks and br break lines, tables give table-row lines.</summary>
    private static List<SourceLine> Lines(IElement root, IElement? skip = null)
    {
        var lines = new List<SourceLine>();
        var current = new StringBuilder();
        void Flush()
        {
            var text = Clean(current.ToString());
            if (text.Length > 0)
                lines.Add(new SourceLine(text, lines.Count + 1));
            current.Clear();
        }
        void Walk(INode node)
        {
            if (node == skip)
                return;
            if (node is IText textNode)
            {
                current.Append(textNode.Data);
                return;
            }
            if (node is not IElement element)
                return;
            var name = element.LocalName;
            if (name == "table" && IsDataTable(element))
            {
                Flush();
                lines.AddRange(TableLines(element, lines.Count));
                return;
            }
            var block = Blocks.Contains(name);
            if (block)
                Flush();
            if (name is "br")
                return;
            foreach (var child in element.ChildNodes)
                Walk(child);
            if (!block)
                return;
            var heading = name is ['h', >= '1' and <= '6'];
            var before = lines.Count;
            Flush();
            if (heading && lines.Count > before)
                lines[^1] = lines[^1] with { Hint = LineHint.Heading, HeadingLevel = name[1] - '0' };
        }
        Walk(root);
        Flush();
        return lines;
    }

    /// <summary>A table of data (a task table), not a page-layout table wrapping the article: two rows or
    /// more with several cells, no nested table, no cell holding a whole article.</summary>
    private static bool IsDataTable(IElement table)
    {
        const int maxCellText = 400;
        if (table.QuerySelector("table") is not null)
            return false;
        var rows = table.QuerySelectorAll("tr").ToList();
        return rows.Count(r => r.Children.Count(c => c.LocalName is "td" or "th") >= 2) >= 2 &&
               rows.SelectMany(r => r.Children).All(c => c.TextContent.Length <= maxCellText);
    }

    private static IEnumerable<SourceLine> TableLines(IElement table, int number)
    {
        var rows = table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table).ToList();
        // a cell spanning rows (rowspan: one 牵头单位 for several tasks) stands in each row it covers, at
        // its column: column → (text, rows still to cover)
        var spanning = new Dictionary<int, (string Text, int Rows)>();
        foreach (var row in rows)
        {
            var cells = new List<string>();
            foreach (var cell in row.Children.Where(c => c.LocalName is "td" or "th"))
            {
                CarryDown(spanning, cells);
                var text = Clean(cell.TextContent);
                for (var k = cell.Span("colspan"); k > 0; k--)
                {
                    if (cell.Span("rowspan") is > 1 and var down)
                        spanning[cells.Count] = (text, down - 1);
                    cells.Add(text);
                }
            }
            CarryDown(spanning, cells);
            if (cells.All(c => c.Length == 0))
                continue;
            // One-cell rows (layout tables) are text, not table rows.
            yield return cells.Count >= 2
                ? new SourceLine(string.Join("\t", cells), ++number) { Hint = LineHint.TableRow, Cells = cells }
                : new SourceLine(cells[0], ++number);
        }
    }

    /// <summary>Adds the cells spanning down from rows above that stand at the row's next columns.</summary>
    private static void CarryDown(Dictionary<int, (string Text, int Rows)> spanning, List<string> cells)
    {
        while (spanning.TryGetValue(cells.Count, out var above))
        {
            if (above.Rows > 1)
                spanning[cells.Count] = (above.Text, above.Rows - 1);
            else
                spanning.Remove(cells.Count);
            cells.Add(above.Text);
        }
    }

    /// <summary>A cell's colspan or rowspan (1 when missing or unreasonable).</summary>
    private static int Span(this IElement cell, string attribute) =>
        int.TryParse(cell.GetAttribute(attribute), out var span) && span is > 1 and < 50 ? span : 1;

    // Collapses whitespace and trims. A source line break between Chinese characters is not a space
    // (推动结\n构优化 is one word), elsewhere whitespace becomes one space.
    private static string Clean(string text) =>
        WhiteSpace().Replace(CjkLineBreak().Replace(text.Replace('\u00A0', ' '), ""), " ").Trim();

    [GeneratedRegex(@"(?<=[\u4E00-\u9FFF\u3000-\u303F\uFF00-\uFFEF])[ \t]*[\r\n]+[ \t]*(?=[\u4E00-\u9FFF\u3000-\u303F\uFF00-\uFFEF])")]
    private static partial Regex CjkLineBreak();

    [GeneratedRegex(@"[ \t\r\n\f]+")]
    private static partial Regex WhiteSpace();
}
