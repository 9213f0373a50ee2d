using System.Text.RegularExpressions;
using PolicyKB.Ingest.Metadata;
using PolicyKB.Rules;

namespace PolicyKB.Ingest.Normalize;

/// <summary>Drops the web page around a plan (【字体：大中小】, 打印, 分享, 访问量, 相关链接, 关闭窗口 …) and
/// captures what the page says about the document (发布日期 → PublishDate, 来源 → Source, 文号, 成文日期).</summary>
internal sealed partial class DropBoilerplate : INormalizeStep
{
    // Lines longer than this are text, whatever words they contain.
    private const int MaxBoilerplateLength = 120;

    // "label：value" fields of a government page's info bar; the value runs to the next label.
    [GeneratedRegex(@"(?<label>发布日期|发布时间|发文日期|成文日期|印发日期|日期|时间|信息来源|文章来源|来源|发布机构|发文机关|发文单位|作者|编辑|责任编辑|访问量|浏览量|浏览次数|点击数|点击量|阅读数|阅读量|字号|字体|索引号|主题分类|分类|公开方式|有效性|文号|发文字号|标题)\s*[:：]\s*")]
    private static partial Regex Label();

    // Markdown links left by HTML-to-text converters: [打印](#)
    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex MarkdownLink();

    // Widget words; a line made only of these (and punctuation) is page furniture.
    [GeneratedRegex(@"字体|大中小|默认|打印本页|打印|分享到|分享|收藏|关闭窗口|关闭|扫一扫|在手机上?(?:打开|查看|浏览)(?:当前页|本页)?|手机扫码|返回顶部|纠错|繁體|简体|无障碍|背景色|微信|微博|QQ空间|【|】|[大中小]")]
    private static partial Regex WidgetWord();

    // Phrases that mark a whole (short) line as navigation or footer.
    [GeneratedRegex(@"^(?:当前位置|您现在的位置|您的位置|首页\s*[>＞»]|相关链接|相关文章|相关阅读|相关解读|上一篇|下一篇|网站地图|联系我们|版权所有|主办单位|主办：|承办单位|网站标识码|ICP备|.{0,20}ICP备|.{0,20}公网安备|技术支持)")]
    private static partial Regex NavigationLine();

    // Where a page's article ends: everything after it is link lists and footer.
    [GeneratedRegex(@"^(?:相关链接|相关文章|相关阅读|相关新闻|相关文件|附件下载)\s*[:：]?$")]
    private static partial Regex ArticleEnd();

    public NormalizedText Apply(NormalizedText text)
    {
        var kept = new List<SourceLine>(text.Lines.Count);
        for (var i = 0; i < text.Lines.Count; i++)
        {
            var line = text.Lines[i];
            if (i >= text.Lines.Count / 2 && line.Hint == LineHint.None && ArticleEnd().IsMatch(line.Text))
                break;
            if (line.Hint != LineHint.None || line.Text.Length > MaxBoilerplateLength)
            {
                kept.Add(line);
                continue;
            }
            var folded = TextFold.ForMatch(line.Text);
            if (IsInfoBar(folded))
                text = CaptureFields(text, line.Text);
            else if (!IsWidgets(folded) && !NavigationLine().IsMatch(folded))
                kept.Add(line);
        }
        return text.With(kept);
    }

    /// <summary>A line that starts with an info-bar label (发布日期：…, 来源：…). 时间/日期 alone count only
    /// when followed by a date, so a sentence such as 时间：到2025年 … is not taken.</summary>
    private static bool IsInfoBar(string folded)
    {
        var m = Label().Match(folded);
        if (!m.Success || m.Index != 0)
            return false;
        var label = m.Groups["label"].Value;
        if (label is "时间" or "日期")
            return DateText.Find(folded) is not null && folded.Length < 40;
        return true;
    }

    private static bool IsWidgets(string folded)
    {
        var stripped = WidgetWord().Replace(MarkdownLink().Replace(folded, "$1"), "");
        return stripped.Length < folded.Length && !stripped.Any(char.IsLetterOrDigit);
    }

    private static NormalizedText CaptureFields(NormalizedText text, string line)
    {
        var matches = Label().Matches(TextFold.ForMatch(line));
        for (var i = 0; i < matches.Count; i++)
        {
            var start = matches[i].Index + matches[i].Length;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : line.Length;
            var value = line[start..end].Trim();
            text = matches[i].Groups["label"].Value switch
            {
                "发布日期" or "发布时间" or "日期" or "时间" =>
                    DateText.Find(value) is { } date ? text.Capture(NormalizedText.PublishDate, date) : text,
                "成文日期" or "发文日期" or "印发日期" =>
                    DateText.Find(value) is { } date ? text.Capture(NormalizedText.IssueDate, date) : text,
                "来源" or "信息来源" or "文章来源" or "发布机构" => text.Capture(NormalizedText.Source, value),
                "发文机关" or "发文单位" => text.Capture(NormalizedText.Issuer, value),
                "文号" or "发文字号" => DocNumberText.Find(value) is { } number ? text.Capture(NormalizedText.DocNumber, number) : text,
                "标题" => text.Capture(NormalizedText.Title, value),
                _ => text,
            };
        }
        return text;
    }
}
