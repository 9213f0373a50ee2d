using Microsoft.Playwright;
using Xunit;

namespace PolicyKB.Web.Tests;

/// <summary>The real server on a free port of 127.0.0.1, driven by Chromium as a researcher would use it.</summary>
[Collection(ServedCollection.Name)]
public sealed class BrowserTests(ServedKb served, ChromiumBrowser chromium) : IClassFixture<ChromiumBrowser>
{
    [Fact]
    public async Task Searching_straw_shows_the_liuzhou_agriculture_bureau_first_with_the_hit_marked()
    {
        var page = await chromium.NewPage();
        await page.GotoAsync(served.RealServerUrl() + "/");

        await page.FillAsync("input[name=q]", "秸秆");
        await page.PressAsync("input[name=q]", "Enter");
        var first = page.Locator("li.hit").First;
        await first.WaitForAsync();

        Assert.Contains("市农业农村局", await first.InnerTextAsync());
        Assert.Contains("柳州市", await first.Locator(".where").InnerTextAsync());
        Assert.Equal("三、严格落实责任 > （二）严格落实有关部门责任", await first.Locator(".path").InnerTextAsync());
        var marks = await first.Locator("mark").AllInnerTextsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, m => Assert.Equal("秸秆", m));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ChromiumBrowser.Screenshot("search-straw"), FullPage = true });
    }

    [Fact]
    public async Task A_region_facet_narrows_the_hits_and_a_hit_opens_its_plan()
    {
        var page = await chromium.NewPage();
        await page.GotoAsync(served.RealServerUrl() + "/?q=" + Uri.EscapeDataString("森林覆盖率"));

        await page.Locator("a[data-facet=region]", new PageLocatorOptions { HasText = "广安市" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("region="));
        var regions = await page.Locator("li.hit .where").AllInnerTextsAsync();
        Assert.NotEmpty(regions);
        Assert.All(regions, r => Assert.Contains("广安市", r));

        await page.Locator("li.hit .where a").First.ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/doc/003_41fc7a36ab40bbf5"));
        Assert.Equal("广安市碳达峰实施方案", await page.Locator("main h1").InnerTextAsync());
        Assert.True(await page.Locator("article.plan h2").CountAsync() >= 3);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ChromiumBrowser.Screenshot("plan-guangan") });
    }

    [Fact]
    public async Task The_check_page_flags_a_planted_weaker_than_parent_target()
    {
        var page = await chromium.NewPage();
        await page.GotoAsync(served.RealServerUrl() + "/check");

        await page.SetInputFilesAsync("input[name=file]", CheckApiTests.Draft);
        await page.ClickAsync("form button[type=submit]");
        var finding = page.Locator("tr.finding[data-rule='parent.weaker']");
        await finding.WaitForAsync();

        Assert.Equal("错误", await finding.Locator(".severity").InnerTextAsync());
        Assert.Contains("下降12%", await finding.Locator("td.draft").InnerTextAsync());
        Assert.Contains("下降 13%", await finding.Locator("td.other").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ChromiumBrowser.Screenshot("check-weaker"), FullPage = true });
    }

    [Fact]
    public async Task The_comparison_page_for_energy_intensity_2025_shows_three_regions_with_bars_in_order()
    {
        var page = await chromium.NewPage();
        await page.GotoAsync(served.RealServerUrl() + "/compare");

        await page.FillAsync("input[name=metric]", "单位GDP能耗");
        await page.FillAsync("input[name=year]", "2025");
        await page.ClickAsync("form button[type=submit]");
        var bars = page.Locator("svg.chart g.bar");
        await bars.First.WaitForAsync();

        var labels = await bars.EvaluateAllAsync<string[]>("gs => gs.map(g => g.dataset.label)");
        var widths = await page.Locator("svg.chart g.bar rect").EvaluateAllAsync<double[]>("rs => rs.map(r => r.getBBox().width)");
        Assert.Equal(new[] { "广安市", "广西壮族自治区", "柳州市" }, labels.Order(StringComparer.Ordinal));
        Assert.Equal("广西壮族自治区", labels[^1]);
        Assert.Equal(widths.OrderByDescending(w => w), widths);
        Assert.True(widths[^1] < widths[0]);
        Assert.Contains("下降14.5%以上", await page.Locator("svg.chart").TextContentAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = ChromiumBrowser.Screenshot("compare-energy-intensity-2025"), FullPage = true });
    }
}
