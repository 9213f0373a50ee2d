using System.Buffers;
using System.Text.RegularExpressions;

namespace PolicyKB.Rules;

/// <summary>A rule's regex behind the quick test of <see cref="RequiredChars"/>: text holding none of the
/// characters every match needs is answered "no match" without running the regex. Answers what the
/// regex answers.</summary>
public sealed class GuardedRegex(Regex regex)
{
    private readonly SearchValues<char>? _required = RequiredChars.Of(regex);

    public Regex Regex { get; } = regex;

    /// <summary>False when <paramref name="text"/> cannot hold a match; true when it may.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) => _required is null || text.ContainsAny(_required);

    public bool IsMatch(ReadOnlySpan<char> text) => MayMatch(text) && Regex.IsMatch(text);

    /// <summary>Where the first match is, as <c>Regex.Match</c> on a copy of the span would find it, without
    /// the copy or the Match object.</summary>
    public (int Index, int Length)? FirstMatch(ReadOnlySpan<char> text)
    {
        if (!MayMatch(text))
            return null;
        foreach (var m in Regex.EnumerateMatches(text))
            return (m.Index, m.Length);
        return null;
    }

    public override string ToString() => Regex.ToString();
}
