using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Hosting;
using PolicyKB.Query;
using PolicyKB.Web;

namespace PolicyKB.Cli.Commands;

/// <summary>kb serve [--port N] [--host H]</summary>
internal static class ServeCommand
{
    public const int DefaultPort = 5000;

    public static Command Create()
    {
        var port = new Option<int>("--port") { Description = "端口（0 表示任选一个空闲端口）", DefaultValueFactory = _ => DefaultPort };
        port.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && int.TryParse(token.Value, out var n) && n is < 0 or > 65535)
                result.AddError(Messages.PortRange);
        });
        var host = new Option<string>("--host") { Description = "监听地址（默认只在本机 127.0.0.1）", DefaultValueFactory = _ => "127.0.0.1" };
        var command = new Command("serve", "启动本地网页界面和 HTTP API（检索、方案、指标对比、问答、草案核查），Ctrl-C 停止。")
        {
            port, host,
        };
        command.SetAction(parse => KbApp.Guard(parse, context =>
        {
            using var kb = context.OpenKnowledgeBase();
            kb.EnsureBuilt(context.Error.WriteLine);
            var url = $"http://{UrlHost(parse.GetValue(host) ?? "127.0.0.1")}:{parse.GetValue(port)}";
            using var app = KbServer.Build(ServerOptions(context, kb), builder => builder.WebHost.UseUrls(url), context.Error);
            try
            {
                app.Start();
            }
            catch (IOException e)
            {
                // Kestrel's "address already in use" and similar: the user's choice of port or host.
                throw new Core.KbException(Messages.CannotListen(url, e.Message));
            }
            foreach (var address in app.Urls)
                context.Out.WriteLine(Messages.Serving(address));
            context.Out.Flush();
            app.WaitForShutdown();
            return 0;
        }));
        return command;
    }

    /// <summary>What the server serves: this knowledge base and the query classes the other commands use.</summary>
    internal static KbServerOptions ServerOptions(KbContext context, KnowledgeBase kb) =>
        new() { KnowledgeBase = kb, RulesDir = context.RulesDir };

    // An IPv6 address goes in brackets: http://[::1]:5000
    private static string UrlHost(string host) => host.Contains(':') && !host.StartsWith('[') ? $"[{host}]" : host;
}
