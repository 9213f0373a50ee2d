using System.Text.RegularExpressions;
using PolicyKB.Extract.Text;
using PolicyKB.Rules;

namespace PolicyKB.Extract.Targets;

/// <summary>Finds deadline and baseline phrases with the regexes of rules/patterns.yaml.</summary>
internal sealed class YearFinder(PatternSet patterns)
{
    /// <summary>Baseline phrases (比2020年, 与2020年相比) in a span, in order.</summary>
    public List<YearMention> Baselines(string text, Span within) =>
        Mentions(text, within, patterns.Baselines.Select(r => (r, true)));

    /// <summary>Deadline phrases in a span, in order, not overlapping (earlier patterns win). Run on
    /// text whose baseline phrases are blanked (<see cref="Blank"/>): 比2020年 is no deadline.</summary>
    public List<YearMention> Deadlines(string text, Span within) =>
        Mentions(text, within, patterns.Deadlines.Select(d => (d.Regex, d.Governs)));

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

    private List<YearMention> Mentions(string text, Span within, IEnumerable<(Regex Regex, bool Governs)> regexes)
    {
        var part = within.Of(text);
        var found = new List<YearMention>();
        foreach (var (regex, governs) in regexes)
            for (var m = regex.Match(part); m.Success; m = m.NextMatch())
            {
                if (m.Length == 0 || Year(m) is not { } year)
                    continue;
                var span = new Span(within.Start + m.Index, within.Start + m.Index + m.Length);
                if (!found.Any(f => f.Span.Start < span.End && span.Start < f.Span.End))
                    found.Add(new YearMention(span, year, governs));
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
