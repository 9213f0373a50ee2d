using Spectre.Console;

namespace PolicyKB.Cli;

/// <summary>A Spectre console over the command's writer. Colour only on a real terminal (and not with
/// NO_COLOR); otherwise plain text at a fixed width of 80, so output redirected to a file or captured
/// by a test is stable. Left to detect, Spectre wrote colour codes into a StringWriter when TERM was set.</summary>
internal static class TableConsole
{
    public const int PlainWidth = 80;

    public static IAnsiConsole Create(TextWriter writer)
    {
        var terminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        var colour = terminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = colour ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
        });
        console.Profile.Width = terminal ? Math.Max(PlainWidth, SafeWindowWidth()) : PlainWidth;
        console.Profile.Capabilities.Unicode = true;
        return console;
    }

    /// <summary>Whether the console shows colour (hits are then coloured instead of bracketed 【】).</summary>
    public static bool HasColour(IAnsiConsole console) => console.Profile.Capabilities.Ansi;

    private static int SafeWindowWidth()
    {
        try
        {
            return Console.WindowWidth;
        }
        catch (IOException)
        {
            return PlainWidth;
        }
    }
}
