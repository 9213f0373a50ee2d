using System.Text.RegularExpressions;
using PolicyKB.Rules;

namespace PolicyKB.Ingest.Normalize;

/// <summary>Drops page-number lines left by PDF or Word export: — 3 —, -3-, 3, 第3页, 第3页 共12页, 3/12, Page 3.</summary>
internal sealed partial class DropPageNumbers : INormalizeStep
{
    // Matched on folded text (full-width digits are ASCII). Dashes: — – - － ~ ～ and the 一 that OCR
    // produces for a dash. Up to three digits: a lone four-digit number is more likely a year.
    [GeneratedRegex(@"^(?:[—–\-－~～一_·\s]*\d{1,3}[—–\-－~～一_·\s]*|第\s*\d{1,3}\s*页(?:\s*[，,/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*/\s*\d{1,3}|[Pp]age\s*\d{1,3}(?:\s*of\s*\d{1,3})?)$")]
    private static partial Regex PageNumber();

    public NormalizedText Apply(NormalizedText text) =>
        text.With(text.Lines.Where(l => l.Hint != LineHint.None || !IsPageNumber(l.Text)).ToList());

    public static bool IsPageNumber(string line) => PageNumber().IsMatch(TextFold.ForMatch(line));
}
