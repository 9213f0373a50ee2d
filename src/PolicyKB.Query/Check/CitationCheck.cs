using System.Text.RegularExpressions;
using PolicyKB.Core;
using PolicyKB.Rules;

namespace PolicyKB.Query.Check;

/// <summary>A higher-level document the draft names as its basis (根据《…》, 贯彻落实《…》) that the
/// knowledge base does not hold, so the draft cannot be checked against it. Higher-level: the title
/// names the draft's parent regions or no region at all (中共中央、国务院…); a title of the draft's own
/// region (its city's other plans) or of another region is not.</summary>
internal sealed partial class CitationCheck : ICheck
{
    public static readonly CheckRule Missing = new("citation.missing", Severity.Info, Messages.CitationSummary);

    public IReadOnlyList<CheckRule> Rules => [Missing];

    public IEnumerable<Finding> Run(CheckContext context)
    {
        var held = context.Library.Select(p => Key(p.Title)).Where(k => k.Length > 0).ToList();
        var own = Key(context.Plan.Title);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var top in context.Draft.Document.Sections)
            foreach (var section in top.SelfAndDescendants())
                foreach (var paragraph in section.Paragraphs)
                    foreach (var sentence in TextPieces.Sentences(paragraph))
                        foreach (var title in CitedTitles(context, sentence))
                        {
                            var key = Key(title);
                            if (key.Length < 4 || key == own || !seen.Add(key) || !HigherLevel(context, title)
                                || held.Any(h => h.Contains(key, StringComparison.Ordinal) || key.Contains(h, StringComparison.Ordinal)))
                                continue;
                            yield return Missing.Find(Messages.Citation(title), new DraftRef(section.Path, sentence.Trim()), null,
                                Messages.CitationSuggestion);
                        }
    }

    /// <summary>Titles in 《》 that follow a citation cue earlier in the same sentence.</summary>
    private static IEnumerable<string> CitedTitles(CheckContext context, string sentence)
    {
        var folded = TextFold.ForMatch(sentence);
        var cue = context.Settings.CitationCues
            .Select(c => folded.IndexOf(c, StringComparison.Ordinal))
            .Where(i => i >= 0)
            .DefaultIfEmpty(-1)
            .Min();
        if (cue < 0)
            yield break;
        foreach (Match match in BookTitle().Matches(sentence))
            if (match.Index > cue)
                yield return match.Groups["title"].Value.Trim();
    }

    private static bool HigherLevel(CheckContext context, string title)
    {
        var region = context.Rules.Regions.FindIn(title);
        if (region is null)
            return true;
        if (context.Region is null)
            return false;
        return context.Rules.Regions.Ancestors(context.Region).Any(a => a.Name == region.Name);
    }

    /// <summary>A title folded, without spaces, quotes and brackets, for matching a cited title to a held one.</summary>
    private static string Key(string title) =>
        string.Concat(TextFold.ForMatch(title).Where(c => !char.IsWhiteSpace(c) && !char.IsPunctuation(c)));

    [GeneratedRegex(@"《(?<title>[^《》]{2,120})》")]
    private static partial Regex BookTitle();
}
