using System.Text.RegularExpressions;
using PolicyKB.Rules;

namespace PolicyKB.Ingest.Metadata;

/// <summary>Dates as plans write them: 2024年1月26日, 2022 年 4 月 28 日, 二〇二四年一月二十六日, 2024-01-31.</summary>
internal static partial class DateText
{
    // Year: four Arabic digits or four Chinese digits (〇/○/零 for zero); month and day: 1-2 digits or
    // Chinese numerals up to 三十一. Whitespace is allowed between the parts (PDF text).
    [GeneratedRegex(@"(?<y>\d{4}|[〇○零Ｏ一二三四五六七八九]{4})\s*年\s*(?<m>\d{1,2}|[一二三四五六七八九十]{1,2})\s*月\s*(?<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日")]
    private static partial Regex ChineseDate();

    // 2024-01-31, 2024/1/31, 2024.01.31
    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})\s*[-/.]\s*(?<m>\d{1,2})\s*[-/.]\s*(?<d>\d{1,2})(?!\d)")]
    private static partial Regex NumericDate();

    // A line that is only a date, possibly in brackets, possibly followed by 印发/发布/通过 (版记), or by
    // who passed it: （2023年12月29日市人民政府第36次常务会议审议通过）.
    [GeneratedRegex(@"^[（(\[【]?\s*(?<date>.+?日)\s*(?:[^（()）\[\]【】。，]{0,30}?(?:印发|发布|公布|通过|起施行))?\s*[）)\]】]?$")]
    private static partial Regex DateOnlyLine();

    /// <summary>The first date in <paramref name="text"/> as YYYY-MM-DD, or null.</summary>
    public static string? Find(string text)
    {
        var folded = TextFold.ForMatch(text);
        foreach (var regex in new[] { ChineseDate(), NumericDate() })
            foreach (Match m in regex.Matches(folded))
                if (ToIso(m) is { } iso)
                    return iso;
        return null;
    }

    /// <summary>The date when the whole line is a date (signature date, date under the title).</summary>
    public static string? OfDateLine(string line)
    {
        var folded = TextFold.ForMatch(line.Trim());
        if (folded.Length > 60)
            return null;
        var only = DateOnlyLine().Match(folded);
        if (!only.Success)
            return null;
        var m = ChineseDate().Match(only.Groups["date"].Value);
        return m.Success && m.Length == only.Groups["date"].Length ? ToIso(m) : null;
    }

    private static string? ToIso(Match m)
    {
        var year = Number(m.Groups["y"].Value, digitwise: true);
        var month = Number(m.Groups["m"].Value, digitwise: false);
        var day = Number(m.Groups["d"].Value, digitwise: false);
        if (year is < 1949 or > 2100 || month is < 1 or > 12 || day < 1 || day > DaysIn(year, month))
            return null;
        return $"{year:D4}-{month:D2}-{day:D2}";
    }

    private static int DaysIn(int year, int month) => month is >= 1 and <= 12 ? DateTime.DaysInMonth(year, month) : 0;

    /// <summary>Arabic digits, Chinese digits read one by one (二〇二四), or a Chinese numeral up to 99 (二十六).</summary>
    private static int Number(string s, bool digitwise)
    {
        if (int.TryParse(s, out var n))
            return n;
        if (digitwise)
            return s.Aggregate(0, (acc, c) => acc * 10 + Digit(c));
        var ten = s.IndexOf('十');
        if (ten < 0)
            return s.Length == 1 ? Digit(s[0]) : -1;
        var tens = ten == 0 ? 1 : Digit(s[0]);
        var units = ten == s.Length - 1 ? 0 : Digit(s[^1]);
        return tens * 10 + units;
    }

    private static int Digit(char c) => c switch
    {
        '〇' or '○' or '零' or 'O' => 0,
        '一' => 1, '二' => 2, '三' => 3, '四' => 4, '五' => 5,
        '六' => 6, '七' => 7, '八' => 8, '九' => 9,
        _ => c is >= '0' and <= '9' ? c - '0' : 0,
    };
}
