namespace PolicyKB.Core;

/// <summary>A problem with the user's input (file, rule, region). The CLI prints it as one line
/// «kb: FILE:LINE: message» and exits 2. Anything else that escapes is a bug.</summary>
public sealed class KbException(string message, string? file = null, int? line = null, Exception? inner = null)
    : Exception(message, inner)
{
    public string? File { get; } = file;
    public int? Line { get; } = line;

    public string OneLine() => (File, Line) switch
    {
        (null, _) => Message,
        (_, null) => $"{File}: {Message}",
        _ => $"{File}:{Line}: {Message}",
    };
}
