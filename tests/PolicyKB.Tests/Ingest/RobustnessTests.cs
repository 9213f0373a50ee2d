using PolicyKB.Core;
using Xunit;

namespace PolicyKB.Tests.Ingest;

/// <summary>In the spirit of Lucene's CheckRandomData: random text through ingest, no exception but KbException.</summary>
public sealed class RobustnessTests
{
    // Characters plans are made of, plus markers, punctuation, digits and a few hostile ones.
    private const string Alphabet = "一二三四五六七八九十（）()、。，；：“”《》〔〕【】—-|\t\n\n\n 0123456789０１２３．％%年月日号市省县区局委碳达峰能耗下降到#*_[]<>&\\`~！？发布日期：来源第页";

    [Fact]
    public void Random_strings_never_throw_anything_but_KbException()
    {
        var random = new Random(20240126);
        for (var i = 0; i < 300; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 400)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            try
            {
                var document = IngestFixture.Ingestor.Parse(text, "r", "r.txt");
                Assert.False(string.IsNullOrEmpty(document.Meta.Title));
                var back = PolicyKB.Ingest.CanonicalMarkdown.Read(PolicyKB.Ingest.CanonicalMarkdown.Write(document), "r", null);
                Assert.Equal(CanonicalMarkdownTests.Serialize(document), CanonicalMarkdownTests.Serialize(back));
            }
            catch (KbException)
            {
                // Refused input is fine; anything else fails the test with its stack trace.
            }
        }
    }
}
