using System.Text.RegularExpressions;
using PolicyKB.Ingest.Normalize;

namespace PolicyKB.Ingest.Formats;

/// <summary>A Markdown file that is not canonical (no front matter): its # headings become heading hints,
/// the rest is read as plain text.</summary>
internal static partial class MarkdownText
{
    // ATX heading: up to three spaces, 1-6 #, a space, the text, optional closing #s.
    [GeneratedRegex(@"^ {0,3}(?<hashes>#{1,6})\s+(?<text>.*?)(?:\s+#+)?\s*$")]
    private static partial Regex AtxHeading();

    public static NormalizedText Lines(string markdown)
    {
        var text = NormalizedText.From(markdown);
        var lines = text.Lines.Select(line => AtxHeading().Match(line.Text) is { Success: true } m && m.Groups["text"].Length > 0
            ? line with { Text = m.Groups["text"].Value, Hint = LineHint.Heading, HeadingLevel = m.Groups["hashes"].Length }
            : line).ToList();
        return text.With(lines);
    }
}
