using System.Globalization;
using System.Text;

namespace PolicyKB.Store;

/// <summary>Character classes shared by the segmenter, the FTS query builder and the highlighter.</summary>
internal static class HanText
{
    /// <summary>A Han ideograph: query terms made of these are also looked for character by character.</summary>
    public static bool IsHan(Rune r) => r.Value switch
    {
        0x3007 => true,                     // 〇, the ideographic zero of 二〇二五年
        >= 0x3400 and <= 0x4DBF => true,    // CJK Unified Ideographs Extension A
        >= 0x4E00 and <= 0x9FFF => true,    // CJK Unified Ideographs
        >= 0xF900 and <= 0xFAFF => true,    // CJK Compatibility Ideographs
        >= 0x20000 and <= 0x3FFFF => true,  // Extensions B-H (surrogate pairs in UTF-16)
        _ => false,
    };

    /// <summary>What SQLite's unicode61 tokenizer keeps inside a token: letters (L*), numbers (N*) and
    /// private use (Co). Everything else separates tokens, so our token streams drop it too.</summary>
    public static bool IsTokenChar(Rune r) => Rune.GetUnicodeCategory(r) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.PrivateUse => true,
        _ => false,
    };

    /// <summary>Quotation and title marks that plans put inside terms (“两高”项目, 《方案》要求, 打造能效
    /// “领跑者”): matching looks through them, so 两高项目 finds “两高”项目.</summary>
    public static bool IsTransparent(char c) => c is
        '“' or '”' or '‘' or '’' or '"' or '\'' or '「' or '」' or '『' or '』' or '《' or '》' or '〈' or '〉' or '·' or '・';

    /// <summary>The rune at <paramref name="i"/>; a lone surrogate reads as U+FFFD (not a token char).</summary>
    public static Rune RuneAt(string s, int i) =>
        Rune.TryGetRuneAt(s, i, out var r) ? r : Rune.ReplacementChar;

    /// <summary>Length in UTF-16 units of the rune at <paramref name="i"/> (1 for a lone surrogate).</summary>
    public static int RuneLength(string s, int i) =>
        Rune.TryGetRuneAt(s, i, out var r) ? r.Utf16SequenceLength : 1;
}
