using Microsoft.AspNetCore.Http;
using PolicyKB.Core;
using PolicyKB.Query;

namespace PolicyKB.Web.Pages;

/// <summary>GET /doc/{id}: a plan rendered from its canonical Markdown, its targets marked inline and listed
/// beside it with their owners.</summary>
internal static class PlanPage
{
    public static IResult Render(string id, KbService kb)
    {
        if (kb.Read(k => k.Document(id)) is not { } plan)
            return Layout.Error(Messages.NotFound, Messages.UnknownDocument(id), StatusCodes.Status404NotFound);

        var info = plan.Document;
        var marks = plan.Targets.Select((t, i) => new PlanMarkdown.Mark(t.Evidence.Sentence, TargetId(i), "target", TargetText.Summary(t)))
            .Concat(plan.Duties.Select((d, i) => new PlanMarkdown.Mark(d.Evidence.Sentence, $"d-{i + 1}", "owner", d.Department)));
        var targets = plan.Targets.Select((t, i) => Html.Of($"""
            <li><a href="#{TargetId(i)}" data-mark="{TargetId(i)}">{t.Metric}</a>
            <div><span class="value">{TargetText.Value(t)}</span> {TargetText.Years(t)}</div>
            {Owners(t)}</li>
            """));
        var duties = plan.Duties.Select((d, i) => Html.Of($"<li><a href=\"#d-{i + 1}\" data-mark=\"d-{i + 1}\">{d.Department}</a>{(d.Role is null ? HtmlString.Empty : Html.Of($"<div class=\"muted\">{d.Role}</div>"))}</li>"));
        var body = Html.Of($"""
            <h1>{info.Title}</h1>
            <dl class="meta">
            <dt>{Messages.Region}</dt><dd>{info.Region ?? "—"}（{Messages.LevelName(info.Level)}）</dd>
            <dt>{Messages.Issuer}</dt><dd>{info.Issuer ?? "—"}</dd>
            <dt>{Messages.Date}</dt><dd>{info.Date ?? "—"}</dd>
            <dt>{Messages.DocNumber}</dt><dd>{info.DocNumber ?? "—"}</dd>
            <dt>{Messages.Period}</dt><dd>{info.Period ?? "—"}</dd>
            <dt>{Messages.Version}</dt><dd>{info.Version}</dd>
            </dl>
            <div class="layout plan">
            <article class="plan">{PlanMarkdown.Render(plan.Markdown, marks)}</article>
            <aside class="side">
            <h3>{Messages.Targets}（{plan.Targets.Count}）</h3>
            {(plan.Targets.Count == 0 ? Html.Of($"<p class=\"muted\">{Messages.NoTargets}</p>") : Html.Of($"<ul class=\"targets\">{targets}</ul>"))}
            {(plan.Duties.Count == 0 ? HtmlString.Empty : Html.Of($"<h3>{Messages.Duties}（{plan.Duties.Count}）</h3><ul class=\"targets\">{duties}</ul>"))}
            </aside>
            </div>
            """);
        return Layout.Page(info.Title, "documents", body);
    }

    private static string TargetId(int i) => $"t-{i + 1}";

    private static HtmlString Owners(Target t) => t.Owners.Count == 0 && t.CoOwners.Count == 0
        ? HtmlString.Empty
        : Html.Of($"<div class=\"muted\">{TargetText.Owners(t)}</div>");
}
