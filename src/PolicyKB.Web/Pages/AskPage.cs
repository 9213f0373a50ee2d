using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace PolicyKB.Web.Pages;

/// <summary>GET /ask?q=…: the ask box and `kb ask`'s answer, then each source: plan, section path and the
/// quoted sentence.</summary>
internal static class AskPage
{
    public static IResult Render(HttpRequest request, KbService kb)
    {
        var q = QueryParameters.Text(request.Query, "q");
        if (q is null)
            return Layout.Page(Messages.NavAsk, "ask", Html.Of($"""
                <h1>{Messages.NavAsk}</h1>
                {Form(null)}
                <p class="muted">{Messages.AskIntro}</p>
                """));

        var question = QueryParameters.Required(request.Query, "q", Messages.MissingQuestion);
        var result = kb.Ask(question);
        var lines = result.Lines.Count > 0 ? result.Lines : [result.Answer];
        var evidence = result.Evidence.Select(e => Html.Of($"""
            <li class="hit">
            <div class="where"><a href="/doc/{Html.Url(e.Document)}">{e.Title}</a></div>
            <div class="path">{e.Section}</div>
            <p>{e.Text}</p>
            </li>
            """));
        return Layout.Page(question, "ask", Html.Of($"""
            <h1>{Messages.NavAsk}</h1>
            {Form(question)}
            <section class="answer {(result.Found ? "found" : "not-found")}" data-intent="{JsonNamingPolicy.CamelCase.ConvertName(result.Intent.ToString())}">
            <h2>{Messages.Answer}</h2>
            {lines.Select(l => Html.Of($"<p class=\"line\">{l}</p>"))}
            </section>
            {(result.Evidence.Count == 0 ? HtmlString.Empty : Html.Of($"<h2>{(result.Found ? Messages.Evidence : Messages.Closest)}</h2><ol class=\"hits evidence\">{evidence}</ol>"))}
            """));
    }

    private static HtmlString Form(string? q) => Html.Of($"""
        <form class="search" action="/ask" method="get">
        <input type="text" name="q" value="{q}" placeholder="{Messages.AskPlaceholder}" aria-label="{Messages.NavAsk}" autofocus>
        <button type="submit">{Messages.AskButton}</button>
        </form>
        """);
}
