using System.Globalization;
using Microsoft.AspNetCore.Http;
using PolicyKB.Core;
using PolicyKB.Query;
using PolicyKB.Query.Targets;

namespace PolicyKB.Web.Pages;

/// <summary>GET /compare?metric=…&amp;year=…: one metric across regions (`kb targets`), as a table with each
/// source sentence and as SVG bars sorted by value, the plan's wording (以上, 左右) kept. Targets of
/// different units or directions are never drawn on one scale: each pair gets its own chart.</summary>
internal static class ComparePage
{
    public static IResult Render(HttpRequest request, KbService kb)
    {
        var filter = TargetParameters.From(request.Query);
        if (filter.Metric is null)
            return Layout.Page(Messages.NavCompare, "compare", Html.Of($"""
                <h1>{Messages.NavCompare}</h1>
                {Form(filter)}
                <p class="muted">{Messages.CompareIntro}</p>
                {Suggestions(kb)}
                """));

        var (rows, metrics) = kb.Read(k => (k.Targets(filter).Targets, k.Rules().Metrics));
        var groups = rows.GroupBy(r => (r.Unit, r.Direction)).ToList();
        var charts = groups.Select(g =>
        {
            var sorted = Sorted(g);
            var first = g.First();
            var name = first.MetricId is { } id && metrics.Get(id) is { } known ? known.Name : first.Metric;
            var title = $"{name} · {TargetText.Direction(g.Key.Direction)}（{g.Key.Unit}）";
            return Html.Of($"""
                <figure class="chart" data-unit="{g.Key.Unit}">
                <figcaption>{title}{(filter.Year is { } y ? $" · {y}年" : "")}</figcaption>
                {BarChart.Render([.. sorted.Select(r => new BarChart.Bar(Label(r), r.Value, r.Text))], title)}
                </figure>
                """);
        });
        var table = Sorted(rows).Select(r => Html.Of($"""
            <tr data-region="{r.Region}">
            <td>{r.Region ?? "—"}<div class="muted">{Messages.LevelName(r.Level)}</div></td>
            <td>{r.Metric}</td>
            <td class="value">{r.Text}</td>
            <td>{Year(r.BaselineYear)}</td>
            <td>{Year(r.Deadline)}</td>
            <td>{(r.Owners.Count == 0 ? "—" : string.Join("、", r.Owners))}</td>
            <td><div class="path"><a href="/doc/{Html.Url(r.Document)}">{r.Title}</a> · {r.Section}</div>{r.Evidence}</td>
            </tr>
            """));
        var heading = filter.Year is { } year ? $"{filter.Metric} · {year}年" : filter.Metric;
        return Layout.Page(heading, "compare", Html.Of($"""
            <h1>{Messages.NavCompare}：{heading}</h1>
            {Form(filter)}
            <p class="muted">{(rows.Count == 0 ? Messages.NoComparableTargets : Messages.TargetCount(rows.Count) + "，" + Messages.SortedByValue)}</p>
            {charts}
            {(rows.Count == 0 ? HtmlString.Empty : Html.Of($"""
                <table class="grid compare">
                <thead><tr><th>{Messages.Region}</th><th>{Messages.Metric}</th><th>{Messages.TargetValue}</th><th>{Messages.Baseline}</th><th>{Messages.Deadline}</th><th>{Messages.Owners}</th><th>{Messages.Source}</th></tr></thead>
                <tbody>{table}</tbody>
                </table>
                """))}
            """));
    }

    // Largest value first; equal values keep the query's order (metric, deadline, region).
    private static List<TargetRow> Sorted(IEnumerable<TargetRow> rows) => [.. rows.OrderByDescending(r => r.Value)];

    // A region with several plans or several targets of one metric: the label says which.
    private static string Label(TargetRow row) => row.Region ?? row.Title;

    private static string Year(int? year) => year?.ToString(CultureInfo.InvariantCulture) ?? "—";

    private static HtmlString Form(TargetFilter filter) => Html.Of($"""
        <form class="search" action="/compare" method="get">
        <input type="text" name="metric" value="{filter.Metric}" placeholder="{Messages.MetricPlaceholder}" aria-label="{Messages.Metric}" required>
        <input type="number" name="year" value="{filter.Year}" placeholder="{Messages.YearPlaceholder}" aria-label="{Messages.Deadline}" min="1900" max="2200">
        <input type="text" name="region" value="{filter.Region}" placeholder="{Messages.RegionPlaceholder}" aria-label="{Messages.Region}">
        <button type="submit">{Messages.CompareButton}</button>
        </form>
        """);

    // Metrics that two or more regions set for the same year: the comparisons worth making.
    private static HtmlString Suggestions(KbService kb)
    {
        var (rows, metrics) = kb.Read(k => (k.Targets(new TargetFilter()).Targets, k.Rules().Metrics));
        var pairs = rows.Where(r => r.MetricId is not null && r.Deadline is not null)
            .GroupBy(r => (Id: r.MetricId!, Year: r.Deadline!.Value))
            .Where(g => g.Select(r => r.Region).Distinct().Count() >= 2)
            .Select(g => (g.Key.Id, g.Key.Year, Name: metrics.Get(g.Key.Id)?.Name ?? g.First().Metric, Regions: g.Select(r => r.Region).Distinct().Count()))
            .OrderByDescending(p => p.Regions).ThenBy(p => p.Year).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => Html.Of($"<li><a href=\"/compare?metric={Html.Url(p.Name)}&amp;year={p.Year}\">{p.Name} · {p.Year}年</a> <span class=\"muted\">{Messages.RegionCount(p.Regions)}</span></li>"))
            .ToList();
        return pairs.Count == 0 ? HtmlString.Empty : Html.Of($"<h2>{Messages.Comparable}</h2><ul class=\"suggestions\">{pairs}</ul>");
    }
}
