using Microsoft.AspNetCore.Http;
using PolicyKB.Core;
using PolicyKB.Query.Check;
using PolicyKB.Rules;

namespace PolicyKB.Web.Pages;

/// <summary>GET /check: a form to upload a draft; POST /check: the `kb check` report, each finding with the
/// draft's sentence and the other plan's sentence side by side.</summary>
internal static class CheckPage
{
    public static IResult Form() => Layout.Page(Messages.NavCheck, "check", Html.Of($"""
        <h1>{Messages.NavCheck}</h1>
        {UploadForm(null)}
        <p class="muted">{Messages.CheckIntro}</p>
        """));

    public static async Task<IResult> Report(HttpRequest request, KbService kb)
    {
        string? parent = null;
        try
        {
            var report = await DraftUpload.With(request, kb.Options.MaxUploadBytes, (path, form) =>
            {
                parent = DraftUpload.Parent(request, form);
                return kb.Check(path, parent);
            });
            return Layout.Page(Messages.NavCheck, "check", Render(report, parent));
        }
        catch (KbException e)
        {
            return Layout.Page(Messages.NavCheck, "check", Html.Of($"""
                <h1>{Messages.NavCheck}</h1>
                <p class="error">{e.Message}</p>
                {UploadForm(parent)}
                """), StatusCodes.Status400BadRequest);
        }
    }

    private static HtmlString UploadForm(string? parent) => Html.Of($"""
        <form class="search" action="/check" method="post" enctype="multipart/form-data">
        <input type="file" name="file" accept=".txt,.md,.html,.htm,.docx" required aria-label="{Messages.DraftFile}">
        <input type="text" name="parent" value="{parent}" placeholder="{Messages.ParentPlaceholder}" aria-label="{Messages.ParentRegion}">
        <button type="submit">{Messages.CheckButton}</button>
        </form>
        """);

    private static HtmlString Render(CheckReport report, string? parent)
    {
        var parents = report.Parents.Count == 0
            ? Messages.NoParents
            : string.Join("；", report.Parents.Select(p => $"{p.Title}（{p.Region ?? "—"}）"));
        var counts = string.Join("，", report.Findings.GroupBy(f => f.Severity).OrderBy(g => g.Key)
            .Select(g => $"{Messages.SeverityName(g.Key)} {g.Count()}"));
        var rows = report.Findings.Select(f => Html.Of($"""
            <tr class="finding {f.Severity.ToString().ToLowerInvariant()}" data-rule="{f.Rule}">
            <td><span class="severity">{Messages.SeverityName(f.Severity)}</span><div class="muted rule">{f.Rule}</div></td>
            <td>{f.Message}<div class="muted">{Messages.Suggestion}：{f.Suggestion}</div></td>
            <td class="draft"><div class="path">{f.Draft.Section}</div>{f.Draft.Text}</td>
            <td class="other">{(f.Other is { } o ? Html.Of($"<div class=\"path\">{o.Document} · {o.Section}</div>{o.Text}") : new HtmlString("—"))}</td>
            </tr>
            """));
        return Html.Of($"""
            <h1>{Messages.NavCheck}：{report.Document.Title}</h1>
            {UploadForm(parent)}
            <dl class="meta">
            <dt>{Messages.Region}</dt><dd>{report.Document.Region ?? "—"}（{Messages.LevelName(report.Document.Level)}）</dd>
            <dt>{Messages.Parents}</dt><dd>{parents}</dd>
            <dt>{Messages.Findings}</dt><dd>{(report.Findings.Count == 0 ? Messages.NoFindings : counts)}</dd>
            </dl>
            <table class="grid findings">
            <thead><tr><th>{Messages.Severity}</th><th>{Messages.Problem}</th><th>{Messages.DraftSentence}</th><th>{Messages.OtherSentence}</th></tr></thead>
            <tbody>{rows}</tbody>
            </table>
            """);
    }
}
