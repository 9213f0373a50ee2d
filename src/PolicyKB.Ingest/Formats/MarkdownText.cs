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

    // A line set in bold or italics as a whole (**湘工信节能〔2023〕58号**, __表1__): the marks are no text.
    [GeneratedRegex(@"^\s*(?<mark>\*{1,3}|_{1,3})(?<text>[^*_].*?)\k<mark>\s*$")]
    private static partial Regex WholeLineEmphasis();

    public static NormalizedText Lines(string markdown)
    {
        var text = NormalizedText.From(markdown);
        var lines = text.Lines.Select(line => AtxHeading().Match(line.Text) is { Success: true } m && m.Groups["text"].Length > 0
            ? line with { Text = m.Groups["text"].Value, Hint = LineHint.Heading, HeadingLevel = m.Groups["hashes"].Length }
            : WholeLineEmphasis().Match(line.Text) is { Success: true } e ? line with { Text = e.Groups["text"].Value.Trim() }
            : line).ToList();
        return text.With(lines);
    }
}
