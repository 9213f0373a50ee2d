using System.Globalization;
using Microsoft.AspNetCore.Http;
using PolicyKB.Core;

namespace PolicyKB.Web;

/// <summary>Reads query-string parameters the same way for pages and API; a bad value is a KbException
/// (shown as a 400 with its Chinese message).</summary>
internal static class QueryParameters
{
    public const int MaxQueryLength = 200;

    /// <summary>The value, several given values joined by a space (q=新能源&amp;q=公交), null when absent or blank.</summary>
    public static string? Text(IQueryCollection query, string name)
    {
        var values = query[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
        return values.Count == 0 ? null : string.Join(' ', values);
    }

    public static string Required(IQueryCollection query, string name, string missingMessage)
    {
        var text = Text(query, name) ?? throw new KbException(missingMessage);
        if (text.Length > MaxQueryLength)
            throw new KbException(Messages.TooLong(name, MaxQueryLength));
        return text;
    }

    public static int? Integer(IQueryCollection query, string name, int min, int max)
    {
        if (Text(query, name) is not { } text)
            return null;
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
            throw new KbException(Messages.NotAnInteger(name, text));
        if (value < min || value > max)
            throw new KbException(Messages.OutOfRange(name, min, max));
        return value;
    }

    public static int? Year(IQueryCollection query) => Integer(query, "year", 1900, 2200);
}
