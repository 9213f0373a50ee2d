namespace PolicyKB.Extract.Targets;

/// <summary>Chinese numerals as plans write them: 三, 三十, 两千五百, 一万二千, 十二点五, 〇.</summary>
internal static class ChineseNumber
{
    private const string DigitChars = "零〇一二两三四五六七八九";
    public const string Numerals = DigitChars + "十百千万亿点";
    private static readonly System.Buffers.SearchValues<char> NumeralValues = System.Buffers.SearchValues.Create(Numerals);

    public static bool IsNumeral(char c) => NumeralValues.Contains(c);

    /// <summary>A run that can be a number holds at least one digit or 十 (百/千/万 alone are words).</summary>
    public static bool HasDigit(ReadOnlySpan<char> run)
    {
        foreach (var c in run)
            if (c != '零' && c != '〇' && (DigitChars.Contains(c) || c == '十'))
                return true;
        return false;
    }

    public static decimal? Parse(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !HasDigit(text))
            return null;
        var point = text.IndexOf('点');
        var integerPart = point < 0 ? text : text[..point];
        var fraction = point < 0 ? ReadOnlySpan<char>.Empty : text[(point + 1)..];
        if (Integer(integerPart) is not { } value)
            return null;
        var scale = 0.1m;
        foreach (var c in fraction)
        {
            var d = Digit(c);
            if (d < 0)
                return null;
            value += d * scale;
            scale /= 10;
        }
        return value;
    }

    private static decimal? Integer(ReadOnlySpan<char> text)
    {
        decimal total = 0, section = 0, number = 0;
        foreach (var c in text)
        {
            var d = Digit(c);
            if (d >= 0)
            {
                number = d;
                continue;
            }
            switch (c)
            {
                case '十': section += (number == 0 ? 1 : number) * 10; number = 0; break;
                case '百': section += number * 100; number = 0; break;
                case '千': section += number * 1000; number = 0; break;
                case '万': total = (total + section + number) * 10_000; section = 0; number = 0; break;
                case '亿': total = (total + section + number) * 100_000_000; section = 0; number = 0; break;
                default: return null;
            }
        }
        return total + section + number;
    }

    private static int Digit(char c) => c switch
    {
        '零' or '〇' => 0,
        '一' => 1,
        '二' or '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => -1,
    };
}
