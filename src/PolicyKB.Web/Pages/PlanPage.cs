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
        // Targets of one sentence (居住建筑 65%、公共建筑 72%) share its mark; a duty marks its department's
        // name where the paragraph opens with it (市发展改革委:…).
        var targetMarks = plan.Targets.Select((t, i) => (Target: t, Id: TargetId(i)))
            .GroupBy(x => x.Target.Evidence.Sentence.Trim())
            .Select(g => new PlanMarkdown.Mark(g.Key, [.. g.Select(x => x.Id)], "target", string.Join("\n", g.Select(x => TargetText.Summary(x.Target)))));
        var dutyMarks = plan.Duties.Select((d, i) => HeadLength(d) is { } length
            ? new PlanMarkdown.Mark(d.Evidence.Sentence, [DutyId(i)], "owner", d.Department + (d.Role is null ? "" : "：" + d.Role), length)
            : null).OfType<PlanMarkdown.Mark>();
        var rendered = PlanMarkdown.Render(plan.Markdown, [.. targetMarks, .. dutyMarks]);

        var targets = plan.Targets.Select((t, i) => Html.Of($"""
            <li>{Link(TargetId(i), t.Metric, rendered.Marked)}
            <div><span class="value">{TargetText.Value(t)}</span> {TargetText.Years(t)}</div>
            {Owners(t)}</li>
            """));
        var duties = plan.Duties.Select((d, i) => Html.Of($"<li>{Link(DutyId(i), d.Department, rendered.Marked)}{(d.Role is null ? HtmlString.Empty : Html.Of($"<div class=\"muted\">{d.Role}</div>"))}</li>"));
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
            <article class="plan">{rendered.Html}</article>
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

    private static string DutyId(int i) => $"d-{i + 1}";

    // A link to the mark in the text when it was placed; plain text otherwise (a sentence in a table).
    private static HtmlString Link(string id, string text, IReadOnlySet<string> marked) => marked.Contains(id)
        ? Html.Of($"<a href=\"#{id}\" data-mark=\"{id}\">{text}</a>")
        : Html.Of($"<span>{text}</span>");

    // How much of a duty's sentence names its department: the department as the plan writes it when the
    // sentence opens with it, else a short head before a colon (市发展改革委:…); null when neither.
    private static int? HeadLength(Duty duty)
    {
        var sentence = duty.Evidence.Sentence.Trim();
        if (sentence.StartsWith(duty.Department, StringComparison.Ordinal))
            return duty.Department.Length;
        var colon = sentence.IndexOfAny([':', '：']);
        return colon is > 0 and <= MaxHeadLength ? colon : null;
    }

    private const int MaxHeadLength = 24;

    private static HtmlString Owners(Target t) => t.Owners.Count == 0 && t.CoOwners.Count == 0
        ? HtmlString.Empty
        : Html.Of($"<div class=\"muted\">{TargetText.Owners(t)}</div>");
}
