using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using PolicyKB.Core;
using PolicyKB.Query;
using PolicyKB.Query.Targets;

namespace PolicyKB.Web.Api;

/// <summary>The HTTP API under /api: the same JSON as the CLI's --json, from the same query classes.</summary>
internal static class ApiEndpoints
{
    public static void MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (KbException e)
            {
                return Error(StatusCodes.Status400BadRequest, e.Message);
            }
        });

        api.MapGet("/search", (HttpRequest request, KbService kb) =>
        {
            var search = SearchParameters.From(request.Query);
            return Json(kb.Read(search.Run));
        });

        api.MapGet("/ask", (HttpRequest request, KbService kb) =>
            Json(kb.Ask(QueryParameters.Required(request.Query, "q", Messages.MissingQuestion))));

        api.MapGet("/targets", (HttpRequest request, KbService kb) =>
            Json(kb.Read(k => k.Targets(TargetParameters.From(request.Query)))));

        api.MapGet("/owners", (HttpRequest request, KbService kb) =>
            Json(kb.Read(k => k.Owners(new OwnerFilter(QueryParameters.Text(request.Query, "region"), QueryParameters.Text(request.Query, "unit"))))));

        api.MapGet("/documents", (KbService kb) => Json(new DocumentList(kb.Read(k => k.Documents()))));

        api.MapGet("/documents/{id}", (string id, KbService kb) =>
            kb.Read(k => k.Document(id)) is { } plan
                ? Json(plan)
                : Error(StatusCodes.Status404NotFound, Messages.UnknownDocument(id)));

        // kb check: a draft posted as multipart/form-data (field file; optional field or parameter parent).
        api.MapPost("/check", async (HttpRequest request, KbService kb) =>
            Json(await DraftUpload.With(request, kb.Options.MaxUploadBytes,
                (path, form) => kb.Check(path, DraftUpload.Parent(request, form)))));

        api.MapGet("/check", () => Error(StatusCodes.Status405MethodNotAllowed, Messages.CheckIsPost));

        app.MapFallback("/api/{**path}", () => Error(StatusCodes.Status404NotFound, Messages.NotFound));
    }

    public static IResult Json<T>(T value) => Results.Json(value, KbJson.Options);

    public static IResult Error(int status, string message) =>
        Results.Json(new ApiError(message), KbJson.Options, statusCode: status);
}
