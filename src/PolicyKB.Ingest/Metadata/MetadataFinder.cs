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
        // A notice issuing a plan whose own title line is not found below it: the plan is the title.
        if (notice.Length == 0 && MarkTitleBlock.PlanIn(title) is { } plan)
            (notice, title) = (title, plan);

        var (signer, signedOn) = Signature(lines);
        var issuer = signer ?? text.Captured.GetValueOrDefault(NormalizedText.Issuer) ??
                     IssuerInTitle(notice.Length > 0 ? notice : title);
        var region = Named(title) ?? Named(issuer) ?? Named(notice) ?? Named(Masthead(lines)) ??
                     National(title, notice, issuer) ?? RegionInOpening(lines);

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

    /// <summary>The region a title or issuer names. Regions named at its start come first, read as a chain
    /// (广东省佛山市南海区…); a county or district the regions file does not list, named at the start or
    /// right after the chain (佛山市南海区…, 湄潭县…), is the region, under the last name of the chain.
    /// Otherwise the region the regions file finds anywhere in it.</summary>
    private Region? Named(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return null;
        var folded = TextFold.ForMatch(text);
        var at = folded.StartsWith("中共", StringComparison.Ordinal) ? 2 : 0;
        Region? chain = null;
        var last = at;   // where the chain's last name starts
        var lastShort = false;
        foreach (var (region, start, length) in regions.FindAll(text))
        {
            var end = start + length;
            // 长沙县, 朝阳区: a short name (长沙) running into a county suffix is part of the county's name.
            var shortName = folded.AsSpan(start, length).SequenceEqual(TextFold.ForMatch(region.Name)) is false;
            if (start != at || (shortName && end < folded.Length && "县区市旗".Contains(folded[end])))
                break;
            (chain, last, lastShort, at) = (region, start, shortName, end);
        }
        // 苏州工业园区, 合肥高新区: a park named by its city's short name is the place its plan governs
        if (chain is not null && lastShort && ParkSuffix().Match(folded, at) is { Success: true } park)
            return new Region(text[last..(at + park.Length)], [], "district", chain.Name);
        if (CountyName.At(text, folded, at) is { } county)
            return county with { Parent = chain?.Name };
        return regions.FindIn(text);
    }

    // The kinds of park a city names after itself (苏州工业园区, 南京经济技术开发区, 合肥高新区); after the city's
    // full name (湖南省工业园区, 全市工业园区) the same words name a class of parks, not one.
    [GeneratedRegex(@"\G(?:工业园区|产业园区|经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|经开区|开发区)")]
    private static partial Regex ParkSuffix();

    /// <summary>The issuer in a red-head masthead: 佛山市南海区人民政府文件.</summary>
    private static string? Masthead(IReadOnlyList<SourceLine> lines) =>
        lines.Where(l => l.Hint == LineHint.Meta && l.Text.EndsWith("文件", StringComparison.Ordinal))
            .Select(l => l.Text[..^2].Trim()).FirstOrDefault();

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
