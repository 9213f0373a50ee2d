using System.Net;
using System.Net.Sockets;
using Xunit;

namespace PolicyKB.Web.Tests;

public sealed class ServeCommandTests
{
    [Fact]
    public void Port_out_of_range_is_a_usage_error()
    {
        var result = ServedKb.RunKb("serve", "--port", "70000");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--port 应在 0 到 65535 之间", result.Stderr);
    }

    [Fact]
    public void A_port_in_use_is_one_line_and_exit_2_after_the_first_use_build()
    {
        var dir = Directory.CreateTempSubdirectory("kb-serve-");
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        try
        {
            var result = ServedKb.RunKb("serve", "--port", port.ToString(), "--db", Path.Combine(dir.FullName, "kb.db"));

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("首次使用", result.Stderr);
            Assert.Contains($"kb: 无法在 http://127.0.0.1:{port} 上监听", result.Stderr);
            Assert.Equal("", result.Stdout);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
