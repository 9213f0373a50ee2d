using System.Text.RegularExpressions;
using PolicyKB.Core;
using PolicyKB.Ingest.Normalize;
using PolicyKB.Rules;

namespace PolicyKB.Ingest.Metadata;

/// <summary>Finds a plan's metadata in its marked lines: title, 文号, date of issue, issuer, region and
/// level, plan period. The web page's 发布日期 is PublishDate, never Date.</summary>
internal sealed partial class MetadataFinder(RegionCatalog regions)
{
    // Issuing bodies end this way: 人民政府, 办公厅, 委员会, 发展改革委, 生态环境局, 领导小组 …
    [GeneratedRegex(@"(?:人民政府|政府|办公厅|办公室|委员会|委|厅|局|部|署|院|中心|领导小组|小组|党委|管委会)$")]
    private static partial Regex Organisation();

    // 中共广西壮族自治区委员会广西壮族自治区人民政府关于… : the issuers before 关于.
    [GeneratedRegex(@"^(?<issuer>.{2,60}?)关于")]
    private static partial Regex IssuerBeforeAbout();

    // （2023-2025年）, 2021—2025年, 2023年至2025年
    [GeneratedRegex(@"(?<from>(?:19|20)\d{2})\s*年?\s*(?:[-—–~～－]+|至|到)\s*(?<to>(?:19|20)\d{2})\s*年")]
    private static partial Regex YearRange();

    // "十四五" and its neighbours name five-year plan periods.
    private static readonly (string Name, string Period)[] FiveYearPlans =
        [("十三五", "2016-2020"), ("十四五", "2021-2025"), ("十五五", "2026-2030"), ("十六五", "2031-2035")];

    private const int MaxSignatureLength = 40;

    public DocumentMeta Find(NormalizedText text, string id, string? sourceFile)
    {
        var lines = text.Lines;
        var title = string.Concat(lines.Where(l => l.Hint == LineHint.Title).Select(l => l.Text));
        var notice = string.Concat(lines.Where(l => l.Hint == LineHint.NoticeTitle).Select(l => l.Text));
        if (title.Length == 0)
            title = text.Captured.GetValueOrDefault(NormalizedText.Title) ?? id;

        var (signer, signedOn) = Signature(lines);
        var issuer = signer ?? text.Captured.GetValueOrDefault(NormalizedText.Issuer) ??
                     IssuerInTitle(notice.Length > 0 ? notice : title);
        var region = Narrower(regions.FindIn(title), title) ?? (issuer is null ? null : regions.FindIn(issuer)) ??
                     (notice.Length > 0 ? regions.FindIn(notice) : null) ?? National(title, notice, issuer) ??
                     UnlistedCounty(title) ?? UnlistedCounty(notice) ?? RegionInOpening(lines);

        return new DocumentMeta
        {
            Title = title,
            Region = region?.Name,
            Level = region?.Level,
            Issuer = issuer,
            Date = HeadDate(lines) ?? text.Captured.GetValueOrDefault(NormalizedText.IssueDate) ?? signedOn,
            DocNumber = HeadDocNumber(lines) ?? text.Captured.GetValueOrDefault(NormalizedText.DocNumber),
            Period = Period(title),
            PublishDate = text.Captured.GetValueOrDefault(NormalizedText.PublishDate),
            Source = text.Captured.GetValueOrDefault(NormalizedText.Source),
            SourceFile = sourceFile,
        };
    }

    /// <summary>A date line in the title block: (2022 年 4 月 28 日) under the title.</summary>
    private static string? HeadDate(IReadOnlyList<SourceLine> lines) =>
        lines.Where(l => l.Hint == LineHint.Meta).Select(l => DateText.OfDateLine(l.Text)).FirstOrDefault(d => d is not null);

    private static string? HeadDocNumber(IReadOnlyList<SourceLine> lines) =>
        lines.Where(l => l.Hint == LineHint.Meta).Select(l => DocNumberText.OfLine(l.Text)).FirstOrDefault(d => d is not null);

    /// <summary>The first signature: a date line (2024年1月26日) under an issuing body's line
    /// (广安市人民政府). A date line alone still dates the document.</summary>
    private static (string? Issuer, string? Date) Signature(IReadOnlyList<SourceLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Hint != LineHint.None || DateText.OfDateLine(lines[i].Text) is not { } date)
                continue;
            var above = i > 0 ? lines[i - 1].Text : "";
            var issuer = above.Length <= MaxSignatureLength && Organisation().IsMatch(above) ? above : null;
            return (issuer, date);
        }
        return (null, null);
    }

    private static string? IssuerInTitle(string title)
    {
        var m = IssuerBeforeAbout().Match(title);
        return m.Success && Organisation().IsMatch(m.Groups["issuer"].Value) ? m.Groups["issuer"].Value : null;
    }

    /// <summary>The country, for plans issued by the central government or a ministry (国务院, 中共中央,
    /// 国家发展改革委, 生态环境部 …).</summary>
    private Region? National(params string?[] texts) =>
        texts.Any(t => t is { Length: > 0 } && NationalIssuer().IsMatch(t))
            ? regions.All.FirstOrDefault(r => r.Level == "national")
            : null;

    [GeneratedRegex(@"^(?:中共中央|国务院|全国|国家[\p{IsCJKUnifiedIdeographs}]{1,12}?(?:委员会|委|局|部|署)|[\p{IsCJKUnifiedIdeographs}]{2,10}部(?:办公厅)?(?:关于|、|等))")]
    private static partial Regex NationalIssuer();

    /// <summary>A county the regions file does not list, written right after its city (桂林市临桂区…),
    /// is the region; otherwise the region found.</summary>
    private static Region? Narrower(Region? found, string title)
    {
        if (found is null || found.Level is not ("city" or "province"))
            return found;
        var at = title.IndexOf(found.Name, StringComparison.Ordinal);
        return at >= 0 && UnlistedCounty(title[(at + found.Name.Length)..]) is { } county
            ? county with { Parent = found.Name }
            : found;
    }

    /// <summary>A county or district the regions file does not list, named at the start of the title
    /// (XX县碳达峰实施方案, XX区人民政府关于…): prefecture-level cities are all listed, so an unlisted 市 is a
    /// county-level city.</summary>
    private static Region? UnlistedCounty(string title)
    {
        var m = CountyAtStart().Match(TextFold.ForMatch(title));
        if (!m.Success)
            return null;
        var name = title.Substring(m.Groups["name"].Index, m.Groups["name"].Length);
        var level = m.Groups["suffix"].Value == "区" ? "district" : "county";
        return new Region(name, [], level, null);
    }

    // 2-6 characters and a county-level suffix at the very start, not a generic word (全市, 各县, 本区 …).
    [GeneratedRegex(@"^(?:中共)?(?<name>(?!全|各|本|该|我|城区|市区|新区|社区|园区|景区|小区|矿区|牧区|林区)[\p{IsCJKUnifiedIdeographs}]{2,6}?(?<suffix>自治县|自治旗|县|旗|区|市))(?:委员会|人民政府|政府|委|关于|碳|节能|降碳|应对|绿色|\p{IsCJKUnifiedIdeographs}{0,2}(?:实施|工作|行动)方案)")]
    private static partial Regex CountyAtStart();

    /// <summary>The region named first in the opening paragraphs, by full name only (short names in running
    /// text are too often parts of other words).</summary>
    private Region? RegionInOpening(IReadOnlyList<SourceLine> lines)
    {
        var opening = string.Concat(lines.Where(l => l.Hint == LineHint.None).Take(3).Select(l => l.Text));
        return regions.FindIn(opening) is { } r && opening.Contains(r.Name) ? r : null;
    }

    private static string? Period(string title)
    {
        var folded = TextFold.ForMatch(title);
        var m = YearRange().Match(folded);
        if (m.Success && string.CompareOrdinal(m.Groups["from"].Value, m.Groups["to"].Value) < 0)
            return $"{m.Groups["from"].Value}-{m.Groups["to"].Value}";
        return FiveYearPlans.Where(p => folded.Contains(p.Name)).Select(p => p.Period).FirstOrDefault();
    }
}
