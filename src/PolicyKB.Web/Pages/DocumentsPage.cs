using Microsoft.AspNetCore.Http;

namespace PolicyKB.Web.Pages;

/// <summary>GET /docs: the stored plans, as `kb docs` lists them.</summary>
internal static class DocumentsPage
{
    public static IResult Render(KbService kb)
    {
        var documents = kb.Read(k => k.Documents());
        var rows = documents.Select(d => Html.Of($"""
            <tr><td><a href="/doc/{Html.Url(d.Id)}">{d.Title}</a></td><td>{d.Region ?? "—"}</td><td>{Messages.LevelName(d.Level)}</td>
            <td>{d.Date ?? "—"}</td><td>{d.DocNumber ?? "—"}</td><td>{d.Targets}</td><td>{d.Version}</td></tr>
            """));
        return Layout.Page(Messages.NavDocuments, "documents", Html.Of($"""
            <h1>{Messages.NavDocuments}</h1>
            <p class="muted">{Messages.DocumentCount(documents.Count)}</p>
            <table class="grid">
            <thead><tr><th>{Messages.Title}</th><th>{Messages.Region}</th><th>{Messages.Level}</th><th>{Messages.Date}</th><th>{Messages.DocNumber}</th><th>{Messages.Targets}</th><th>{Messages.Version}</th></tr></thead>
            <tbody>{rows}</tbody>
            </table>
            """));
    }
}
