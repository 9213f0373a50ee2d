using Microsoft.AspNetCore.Http;
using PolicyKB.Query;
using PolicyKB.Store;

namespace PolicyKB.Web.Pages;

/// <summary>GET /?q=…: the search form, facets (region, level) with counts, and the passages with their
/// plan, section path and hits marked.</summary>
internal static class SearchPage
{
    private const int PageSize = 20;
    private const int FacetDepth = 200;
    private const int SnippetChars = 260;

    public static IResult Render(HttpRequest request, KbService kb)
    {
        var q = QueryParameters.Text(request.Query, "q");
        var documents = kb.Read(k => k.Documents());
        var regions = documents.Select(d => d.Region).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var levels = documents.Select(d => d.Level).OfType<string>().Distinct().ToList();
        if (q is null)
            return Layout.Page(Messages.NavSearch, "search", Html.Of($"""
                <h1>{Messages.NavSearch}</h1>
                {Form(null, null, null, null, regions, levels)}
                <p class="muted">{Messages.SearchIntro}</p>
                """));

        var search = SearchParameters.From(request.Query, PageSize);
        // Short names (柳州, 市级) become the stored ones, so the facet of the chosen value shows as selected.
        search = search with
        {
            Region = search.Region is null ? null : kb.Read(k => k.ResolveRegion(search.Region)),
            Level = search.Level is null ? null : Levels.Resolve(search.Level),
        };
        var (hits, all) = kb.Read(k => (
            k.Search(search.Query, search.Region, search.Level, search.Limit, search.Year),
            k.Search(search.Query, null, null, FacetDepth, search.Year)));
        var body = Html.Of($"""
            <h1>{Messages.NavSearch}：{search.Query}</h1>
            {Form(search.Query, search.Region, search.Level, search.Year, regions, levels)}
            <div class="layout">
            <aside class="facets">
            <h3>{Messages.FacetRegion}</h3>{Facet(search, "region", all.GroupBy(h => h.Region ?? "—"), search.Region)}
            <h3>{Messages.FacetLevel}</h3>{Facet(search, "level", all.GroupBy(h => h.Level ?? "—"), search.Level, Messages.LevelName)}
            </aside>
            <section>
            <p class="muted">{(hits.Count == 0 ? Messages.NoHits(search.Query) : Messages.HitCount(hits.Count))}</p>
            <ol class="hits">{hits.Select(Hit)}</ol>
            </section>
            </div>
            """);
        return Layout.Page(search.Query, "search", body);
    }

    private static HtmlString Form(string? q, string? region, string? level, int? year, IReadOnlyList<string> regions, IReadOnlyList<string> levels)
    {
        var regionOptions = regions.Select(r => Option(r, r, Same(region, r)));
        var levelOptions = levels.Select(l => Option(l, Messages.LevelName(l), Same(level, l)));
        var yearField = year is null ? HtmlString.Empty : Html.Of($"<input type=\"hidden\" name=\"year\" value=\"{year}\">");
        return Html.Of($"""
            <form class="search" action="/" method="get" role="search">
            <input type="search" name="q" value="{q}" placeholder="{Messages.SearchPlaceholder}" aria-label="{Messages.NavSearch}" autofocus>
            <select name="region" aria-label="{Messages.FacetRegion}"><option value="">{Messages.AllRegions}</option>{regionOptions}</select>
            <select name="level" aria-label="{Messages.FacetLevel}"><option value="">{Messages.AllLevels}</option>{levelOptions}</select>
            {yearField}<button type="submit">{Messages.SearchButton}</button>
            </form>
            """);
    }

    private static bool Same(string? chosen, string value) => chosen == value;

    private static HtmlString Option(string value, string label, bool selected) =>
        Html.Of($"<option value=\"{value}\"{(selected ? new HtmlString(" selected") : HtmlString.Empty)}>{label}</option>");

    // One facet: every value among the first FacetDepth hits of the unfiltered search, with its count;
    // a link selects it (or, when selected, clears it).
    private static HtmlString Facet(SearchParameters search, string name, IEnumerable<IGrouping<string, SearchHit>> groups,
        string? selected, Func<string, string>? label = null)
    {
        var items = groups.OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var isSelected = Same(selected, g.Key);
            var href = Link(search, name, isSelected ? null : g.Key);
            return Html.Of($"<li><a href=\"{href}\" data-facet=\"{name}\"{(isSelected ? new HtmlString(" class=\"selected\"") : HtmlString.Empty)}><span>{(label ?? (s => s))(g.Key)}</span><span class=\"count\">{g.Count()}</span></a></li>");
        });
        return Html.Of($"<ul>{items}</ul>");
    }

    private static string Link(SearchParameters search, string change, string? value)
    {
        var region = change == "region" ? value : search.Region;
        var level = change == "level" ? value : search.Level;
        var parts = new List<string> { "q=" + Html.Url(search.Query) };
        if (region is not null)
            parts.Add("region=" + Html.Url(region));
        if (level is not null)
            parts.Add("level=" + Html.Url(level));
        if (search.Year is { } year)
            parts.Add("year=" + year);
        return "/?" + string.Join("&", parts);
    }

    private static HtmlString Hit(SearchHit hit)
    {
        var snippet = Snippet.Of(hit, SnippetChars);
        return Html.Of($"""
            <li class="hit">
            <div class="where"><a href="/doc/{Html.Url(hit.DocumentId)}">{hit.Title}</a> · {hit.Region ?? "—"} · {Messages.LevelName(hit.Level)}</div>
            <div class="path">{hit.SectionPath}</div>
            <p>{Html.Marked(snippet.Text, snippet.Highlights.Select(h => (h.Start, h.Length)))}</p>
            </li>
            """);
    }
}
