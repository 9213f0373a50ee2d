using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PolicyKB.Web.Api;
using PolicyKB.Web.Pages;

namespace PolicyKB.Web;

/// <summary>The web interface and HTTP API of `kb serve`: minimal APIs on Kestrel from the shared framework.</summary>
public static class KbServer
{
    // Every page is built here: no inline script or style, nothing from elsewhere, no framing.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>The application, not yet started. <paramref name="configure"/> sets where it listens
    /// (Kestrel URLs, or a test server).</summary>
    public static WebApplication Build(KbServerOptions options, Action<WebApplicationBuilder>? configure = null, TextWriter? log = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(KbServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        // `kb` writes only through its own writers: the framework's console logging stays off.
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(_ => new KbService(options));
        // Room for the multipart framing around a draft of the largest accepted size; the draft itself is
        // measured by DraftUpload, which answers 413 with a message.
        var maxBody = options.MaxUploadBytes + DraftUpload.FramingBytes;
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = maxBody);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = maxBody;
        });
        configure?.Invoke(builder);

        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            try
            {
                await next(context);
            }
            catch (UploadTooLargeException e) when (!context.Response.HasStarted)
            {
                await Fail(context, StatusCodes.Status413PayloadTooLarge, e.Message);
            }
            catch (InvalidDataException) when (!context.Response.HasStarted && context.Request.HasFormContentType)
            {
                // A malformed multipart body, or one over the form reader's own limit (MultipartBodyLengthLimit).
                await Fail(context, StatusCodes.Status400BadRequest, Messages.BadUpload(options.MaxUploadBytes));
            }
            catch (BadHttpRequestException e) when (!context.Response.HasStarted)
            {
                await Fail(context, e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge
                    ? Messages.UploadTooLarge(options.MaxUploadBytes) : Messages.BadRequest);
            }
            catch (Exception e) when (!context.Response.HasStarted && e is not OperationCanceledException)
            {
                log?.WriteLine($"kb serve: {context.Request.Method} {context.Request.Path}: {e}");
                await Fail(context, StatusCodes.Status500InternalServerError, Messages.ServerError);
            }
        });
        app.MapApi();
        app.MapPages();
        return app;
    }

    private static Task Fail(HttpContext context, int status, string message)
    {
        context.Response.Clear();
        var result = context.Request.Path.StartsWithSegments("/api")
            ? ApiEndpoints.Error(status, message)
            : Layout.Error(message, message, status);
        return result.ExecuteAsync(context);
    }
}
