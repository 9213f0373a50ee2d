using System.Text.RegularExpressions;
using PolicyKB.Rules;

namespace PolicyKB.Ingest.Metadata;

/// <summary>文号 such as 广安府发〔2024〕1号, 国发[2021]23号, 桂政办发（2022）15号.</summary>
internal static partial class DocNumberText
{
    // Issuer code (1-12 CJK chars, e.g. 广安府发, 桂政办发), the year in 〔〕 [] ［］ （） () 【】, then the serial
    // number and 号. Matched on the folded text, quoted from the original.
    [GeneratedRegex(@"[\p{IsCJKUnifiedIdeographs}]{1,12}\s*[〔\[［【(（]\s*(19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,5}\s*号")]
    private static partial Regex DocNumber();

    [GeneratedRegex(@"^(?:(?:发文字号|文号)\s*[:：]\s*)?$")]
    private static partial Regex OnlyLabel();

    /// <summary>The 文号 when the line is only a 文号 (optionally labelled 文号：), else null.</summary>
    public static string? OfLine(string line)
    {
        var folded = TextFold.ForMatch(line.Trim());
        var m = DocNumber().Match(folded);
        if (!m.Success)
            return null;
        var around = folded[..m.Index] + folded[(m.Index + m.Length)..];
        return OnlyLabel().IsMatch(around.Trim()) ? line.Trim().Substring(m.Index, m.Length) : null;
    }

    /// <summary>The first 文号 anywhere in the text, as written.</summary>
    public static string? Find(string text)
    {
        var m = DocNumber().Match(TextFold.ForMatch(text));
        return m.Success ? text.Substring(m.Index, m.Length) : null;
    }
}
