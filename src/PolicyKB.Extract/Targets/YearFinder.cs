using System.Text.RegularExpressions;
using PolicyKB.Extract.Text;
using PolicyKB.Rules;

namespace PolicyKB.Extract.Targets;

/// <summary>Finds deadline and baseline phrases with the regexes of rules/patterns.yaml.</summary>
internal sealed class YearFinder(PatternSet patterns)
{
    private readonly (GuardedRegex Regex, bool Governs)[] _baselines = patterns.Baselines.Select(r => (new GuardedRegex(r), true)).ToArray();
    private readonly (GuardedRegex Regex, bool Governs)[] _deadlines = patterns.Deadlines.Select(d => (new GuardedRegex(d.Regex), d.Governs)).ToArray();

    private static readonly System.Buffers.SearchValues<char> YearCharacters = System.Buffers.SearchValues.Create("0123456789十");

    /// <summary>The baseline phrases of a span and its deadline phrases (found with the baselines blanked).</summary>
    public SentenceYears Of(string text, Span within)
    {
        var baselines = Baselines(text, within);
        return new SentenceYears(baselines, Deadlines(Blank(text, baselines), within));
    }

    /// <summary>Baseline phrases (比2020年, 与2020年相比) in a span, in order.</summary>
    public List<YearMention> Baselines(string text, Span within) =>
        Mentions(text, within, _baselines);

    /// <summary>Deadline phrases in a span, in order, not overlapping (earlier patterns win). Run on
    /// text whose baseline phrases are blanked (<see cref="Blank"/>): 比2020年 is no deadline.</summary>
    public List<YearMention> Deadlines(string text, Span within) =>
        Mentions(text, within, _deadlines);

    /// <summary>A copy of <paramref name="text"/> with the given spans blanked.</summary>
    public static string Blank(string text, IEnumerable<YearMention> mentions)
    {
        char[]? chars = null;
        foreach (var mention in mentions)
        {
            chars ??= text.ToCharArray();
            for (var i = mention.Span.Start; i < mention.Span.End; i++)
                chars[i] = Passage.Blank;
        }
        return chars is null ? text : new string(chars);
    }

    private List<YearMention> Mentions(string text, Span within, (GuardedRegex Regex, bool Governs)[] regexes)
    {
        // Every year phrase holds a digit, every period name 十 (十四五): text with neither has none.
        // Most sentences of a plan have neither, so this spares the regexes most of the work.
        if (text.AsSpan(within.Start, within.Length).IndexOfAny(YearCharacters) < 0)
            return [];
        var part = within.Of(text);
        var found = new List<YearMention>();
        foreach (var (guarded, governs) in regexes)
        {
            if (!guarded.MayMatch(part))
                continue;
            for (var m = guarded.Regex.Match(part); m.Success; m = m.NextMatch())
            {
                if (m.Length == 0 || Year(m) is not { } year)
                    continue;
                var span = new Span(within.Start + m.Index, within.Start + m.Index + m.Length);
                if (!found.Any(f => f.Span.Start < span.End && span.Start < f.Span.End))
                    found.Add(new YearMention(span, year, governs));
            }
        }
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    private int? Year(Match m)
    {
        if (m.Groups["year"] is { Success: true } year && int.TryParse(year.ValueSpan, out var value))
            return value;
        if (m.Groups["period"] is { Success: true } period && patterns.FindPeriod(period.Value) is { } p)
            return p.End;
        return null;
    }

    /// <summary>The period a mention names (“十四五” → 2021–2025), if it names one.</summary>
    public Period? PeriodIn(string text, Span span) =>
        patterns.Periods.FirstOrDefault(p => span.Of(text).Contains(p.Name, StringComparison.Ordinal));
}

/// <summary>The year phrases of one sentence, found once and shared by everything reading it.</summary>
internal sealed record SentenceYears(List<YearMention> Baselines, List<YearMention> Deadlines);
