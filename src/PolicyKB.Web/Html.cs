using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace PolicyKB.Web;

/// <summary>Markup that is already safe: built by <see cref="Html.Of"/>, whose holes are escaped, or by
/// Markdig with raw HTML disabled.</summary>
public readonly record struct HtmlString(string Value)
{
    public static readonly HtmlString Empty = new("");

    public override string ToString() => Value;
}

/// <summary>HTML building where escaping cannot be forgotten: every hole of <c>Html.Of($"…{x}…")</c> is
/// escaped unless it is already an <see cref="HtmlString"/> (or a sequence of them).</summary>
internal static class Html
{
    public static HtmlString Of(ref HtmlHandler html) => html.Build();

    public static HtmlString Join(IEnumerable<HtmlString> parts) => new(string.Concat(parts.Select(p => p.Value)));

    /// <summary>Escapes text for element content and quoted attribute values.</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        return sb.ToString();
    }

    /// <summary>Text with some spans wrapped in &lt;mark&gt;; spans are (start, length) in the text, sorted,
    /// not overlapping.</summary>
    public static HtmlString Marked(string text, IEnumerable<(int Start, int Length)> spans)
    {
        var sb = new StringBuilder();
        var at = 0;
        foreach (var (start, length) in spans.OrderBy(s => s.Start))
        {
            if (start < at || start + length > text.Length)
                continue;
            sb.Append(Escape(text[at..start])).Append("<mark>").Append(Escape(text.Substring(start, length))).Append("</mark>");
            at = start + length;
        }
        return new HtmlString(sb.Append(Escape(text[at..])).ToString());
    }

    /// <summary>A query-string value or path segment, percent-encoded.</summary>
    public static string Url(string? value) => Uri.EscapeDataString(value ?? "");
}

[InterpolatedStringHandler]
internal ref struct HtmlHandler
{
    private readonly StringBuilder _html;

    public HtmlHandler(int literalLength, int formattedCount) => _html = new StringBuilder(literalLength + formattedCount * 16);

    public readonly void AppendLiteral(string literal) => _html.Append(literal);

    public readonly void AppendFormatted<T>(T value)
    {
        switch (value)
        {
            case HtmlString html:
                _html.Append(html.Value);
                break;
            case IEnumerable<HtmlString> list:
                foreach (var item in list)
                    _html.Append(item.Value);
                break;
            case IFormattable formattable:
                _html.Append(Html.Escape(formattable.ToString(null, CultureInfo.InvariantCulture)));
                break;
            default:
                _html.Append(Html.Escape(value?.ToString()));
                break;
        }
    }

    public readonly HtmlString Build() => new(_html.ToString());
}
