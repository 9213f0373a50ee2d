namespace PolicyKB.Rules;

/// <summary>How much a `kb check` finding matters: an error fails the check (exit 1), a warning asks
/// the drafter to look, an info only tells.</summary>
public enum Severity { Error, Warning, Info }
