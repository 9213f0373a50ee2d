using System.Text;
using Microsoft.AspNetCore.Http;

namespace PolicyKB.Web.Pages;

/// <summary>The page shell: header with navigation, one stylesheet and one small script from /static.</summary>
internal static class Layout
{
    private static readonly (string Key, string Href, string Label)[] Nav =
    [
        ("search", "/", Messages.NavSearch),
        ("compare", "/compare", Messages.NavCompare),
        ("ask", "/ask", Messages.NavAsk),
        ("documents", "/docs", Messages.NavDocuments),
        ("check", "/check", Messages.NavCheck),
    ];

    public static IResult Page(string title, string active, HtmlString body, int status = StatusCodes.Status200OK)
    {
        var nav = Nav.Select(n => Html.Of($"<a href=\"{n.Href}\"{(n.Key == active ? new HtmlString(" class=\"active\"") : HtmlString.Empty)}>{n.Label}</a>"));
        var html = Html.Of($"""
            <!doctype html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{title} · PolicyKB</title>
            <link rel="stylesheet" href="/static/app.css">
            <script src="/static/app.js" defer></script>
            </head>
            <body>
            <header class="top"><a class="brand" href="/">{Messages.AppName}</a><nav>{nav}</nav></header>
            <main>
            {body}
            </main>
            </body>
            </html>
            """);
        return Results.Content(html.Value, "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    public static IResult Error(string title, string message, int status) =>
        Page(title, "", Html.Of($"<h1>{title}</h1><p class=\"error\">{message}</p>"), status);
}
