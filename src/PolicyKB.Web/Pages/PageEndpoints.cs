using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PolicyKB.Core;

namespace PolicyKB.Web.Pages;

/// <summary>The HTML pages and their two static files (embedded in this assembly).</summary>
internal static class PageEndpoints
{
    public static void MapPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", (HttpRequest request, KbService kb) => Guard(Messages.NavSearch, () => SearchPage.Render(request, kb)));
        app.MapGet("/ask", (HttpRequest request, KbService kb) => Guard(Messages.NavAsk, () => AskPage.Render(request, kb)));
        app.MapGet("/compare", (HttpRequest request, KbService kb) => Guard(Messages.NavCompare, () => ComparePage.Render(request, kb)));
        app.MapGet("/docs", (KbService kb) => DocumentsPage.Render(kb));
        app.MapGet("/doc/{id}", (string id, KbService kb) => PlanPage.Render(id, kb));
        app.MapGet("/check", CheckPage.Form);
        app.MapPost("/check", (HttpRequest request, KbService kb) => CheckPage.Report(request, kb));

        app.MapGet("/static/app.css", () => Asset("app.css", "text/css; charset=utf-8"));
        app.MapGet("/static/app.js", () => Asset("app.js", "text/javascript; charset=utf-8"));
        app.MapFallback(() => Layout.Error(Messages.NotFound, Messages.NotFound, StatusCodes.Status404NotFound));
    }

    /// <summary>Bad input (an unknown region, a limit out of range) shows its message on a 400 page.</summary>
    public static IResult Guard(string title, Func<IResult> page)
    {
        try
        {
            return page();
        }
        catch (KbException e)
        {
            return Layout.Error(title, e.Message, StatusCodes.Status400BadRequest);
        }
    }

    private static IResult Asset(string name, string contentType)
    {
        var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"PolicyKB.Web.Assets.{name}")
            ?? throw new InvalidOperationException($"Embedded asset {name} is missing");
        return Results.Stream(stream, contentType);
    }
}
