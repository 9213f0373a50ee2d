using Xunit;

namespace PolicyKB.Web.Tests;

public sealed class PlanMarkdownTests
{
    [Fact]
    public void Raw_html_in_a_plan_is_shown_as_text()
    {
        var html = PlanMarkdown.Render("# 标题\n\n<script>alert(1)</script>\n\n文字<img src=x onerror=alert(1)>文字\n", []).Html.Value;

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
    }

    [Fact]
    public void Links_in_a_plan_render_as_their_text_only()
    {
        var html = PlanMarkdown.Render("见[通知](javascript:alert(1))与<http://example.invalid/x>。\n", []).Html.Value;

        Assert.Equal("<p>见通知与http://example.invalid/x。</p>", html.Trim());
    }

    [Fact]
    public void A_target_sentence_is_marked_once_where_it_is_written()
    {
        const string markdown = "## 一、目标\n\n到2025年，单位GDP能耗下降14.5%。其他内容。\n\n到2025年，单位GDP能耗下降14.5%。\n";

        var rendered = PlanMarkdown.Render(markdown, [new("到2025年，单位GDP能耗下降14.5%。", ["t-1"], "target", "单位GDP能耗 · 下降 14.5%")]);

        var html = rendered.Html.Value;
        Assert.Contains("<p><mark class=\"target\" id=\"t-1\" title=\"单位GDP能耗 · 下降 14.5%\">到2025年，单位GDP能耗下降14.5%。</mark>其他内容。</p>", html);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<mark"));
        Assert.Equal(new[] { "t-1" }, rendered.Marked);
    }

    [Fact]
    public void Sentences_with_markup_characters_are_found_and_titles_escaped()
    {
        var html = PlanMarkdown.Render("A \\& B \\<C\\> 达到 90%。\n", [new("A & B <C> 达到 90%。", ["t-1"], "target", "\"><script>")]).Html.Value;

        Assert.Contains("<mark class=\"target\" id=\"t-1\" title=\"&quot;&gt;&lt;script&gt;\">A &amp; B &lt;C&gt; 达到 90%。</mark>", html);
    }

    [Fact]
    public void A_sentence_not_in_the_text_marks_nothing()
    {
        var rendered = PlanMarkdown.Render("正文。\n", [new("不在文中。", ["t-1"], "target", "")]);

        Assert.DoesNotContain("<mark", rendered.Html.Value);
        Assert.Empty(rendered.Marked);
    }

    [Fact]
    public void Targets_of_one_sentence_share_a_mark_with_an_anchor_each()
    {
        var html = PlanMarkdown.Render("执行居住建筑 65%、公共建筑 72%节能标准。\n", [new("执行居住建筑 65%、公共建筑 72%节能标准。", ["t-3", "t-4"], "target", "a\nb")]).Html.Value;

        Assert.Contains("<mark class=\"target\" id=\"t-3\" title=\"a\nb\"><span id=\"t-4\"></span>执行居住建筑", html);
    }

    [Fact]
    public void An_owner_mark_wraps_only_the_head_of_its_sentence_and_leaves_room_for_targets()
    {
        const string paragraph = "市农业农村局:牵头单位。到2025年，秸秆综合利用率稳定在86%以上。";

        var rendered = PlanMarkdown.Render(paragraph + "\n",
        [
            new("到2025年，秸秆综合利用率稳定在86%以上。", ["t-1"], "target", "秸秆"),
            new(paragraph, ["d-1"], "owner", "柳州市农业农村局", "市农业农村局".Length),
        ]);

        Assert.Equal("<p><mark class=\"owner\" id=\"d-1\" title=\"柳州市农业农村局\">市农业农村局</mark>:牵头单位。<mark class=\"target\" id=\"t-1\" title=\"秸秆\">到2025年，秸秆综合利用率稳定在86%以上。</mark></p>",
            rendered.Html.Value.Trim());
        Assert.Equal(new[] { "d-1", "t-1" }, rendered.Marked.Order());
    }
}
