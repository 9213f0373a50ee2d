using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using PolicyKB.Cli;
using PolicyKB.Cli.Commands;
using PolicyKB.Query;
using Xunit;

namespace PolicyKB.Web.Tests;

/// <summary>What a `kb` run printed and returned.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>A knowledge base built from the bundled corpus by the CLI's own first-use path, in a temporary
/// folder, served as `kb serve` serves it: in memory (TestServer) for API and page tests, and on demand on
/// a real Kestrel port of 127.0.0.1 for browser tests.</summary>
public sealed class ServedKb : IDisposable
{
    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("kb-web-");
    private readonly KnowledgeBase _kb;
    private readonly WebApplication _app;
    private (WebApplication App, KnowledgeBase Kb)? _real;

    public ServedKb()
    {
        Context = NewContext();
        _kb = Context.OpenKnowledgeBase();
        var progress = new StringWriter();
        _kb.EnsureBuilt(progress.WriteLine);
        FirstUse = progress.ToString();
        _app = KbServer.Build(ServeCommand.ServerOptions(Context, _kb), builder => builder.WebHost.UseTestServer(), ServerLog);
        _app.StartAsync().GetAwaiter().GetResult();
        Client = _app.GetTestClient();
    }

    internal KbContext Context { get; }

    public string DbPath => Context.DbPath;

    /// <summary>What building the knowledge base on first use reported.</summary>
    public string FirstUse { get; }

    /// <summary>What the servers wrote about failed requests (nothing, when all is well).</summary>
    public StringWriter ServerLog { get; } = new();

    public HttpClient Client { get; }

    /// <summary>The base address (http://127.0.0.1:PORT) of the same server on a real, free port.</summary>
    public string RealServerUrl()
    {
        if (_real is null)
        {
            // A server of its own knowledge base: KnowledgeBase is not shared across servers.
            var kb = Context.OpenKnowledgeBase();
            var app = KbServer.Build(ServeCommand.ServerOptions(Context, kb),
                builder => builder.WebHost.UseUrls("http://127.0.0.1:0"), ServerLog);
            app.StartAsync().GetAwaiter().GetResult();
            _real = (app, kb);
        }
        return _real.Value.App.Urls.Single();
    }

    /// <summary>Runs `kb` in-process on this knowledge base.</summary>
    public CliResult Cli(params string[] args) => RunKb([.. args, "--db", DbPath]);

    public static CliResult RunKb(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exitCode = KbApp.Run(args, stdout, stderr);
        return new CliResult(exitCode, stdout.ToString(), stderr.ToString());
    }

    public void Dispose()
    {
        Client.Dispose();
        _app.StopAsync().GetAwaiter().GetResult();
        _app.DisposeAsync().AsTask().GetAwaiter().GetResult();
        if (_real is { } real)
        {
            real.App.StopAsync().GetAwaiter().GetResult();
            real.App.DisposeAsync().AsTask().GetAwaiter().GetResult();
            real.Kb.Dispose();
        }
        _kb.Dispose();
        _dir.Delete(recursive: true);
    }

    private KbContext NewContext() => new()
    {
        Out = TextWriter.Null,
        Error = TextWriter.Null,
        DbPath = Path.Combine(_dir.FullName, "kb.db"),
        RulesDir = Path.Combine(AppContext.BaseDirectory, "rules"),
    };
}

[CollectionDefinition(Name)]
public sealed class ServedCollection : ICollectionFixture<ServedKb>
{
    public const string Name = "served knowledge base";
}
