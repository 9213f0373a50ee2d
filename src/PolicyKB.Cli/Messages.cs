namespace PolicyKB.Cli;

/// <summary>User-facing Chinese messages of the CLI, in one place.</summary>
internal static class Messages
{
}
