using Xunit;

namespace PolicyKB.Cli.Tests;

/// <summary>`kb COMMAND …` builds only that command (a cold start does not build the other nine).</summary>
public sealed class KbAppTests
{
    [Fact]
    public void Each_registered_name_builds_the_command_of_that_name_alone()
    {
        foreach (var name in KbApp.CommandNames)
            Assert.Equal([name], KbApp.Build(name).Subcommands.Select(c => c.Name));
        Assert.Equal(KbApp.CommandNames, KbApp.Build().Subcommands.Select(c => c.Name));
    }

    [Fact]
    public void Help_without_a_command_lists_every_command()
    {
        var result = Kb.RunRaw("--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var name in KbApp.CommandNames)
            Assert.Contains($"  {name}", result.Stdout);
    }

    [Fact]
    public void A_misspelt_command_is_a_usage_error() =>
        Assert.Equal(1, Kb.RunRaw("serch", "秸秆").ExitCode);
}
