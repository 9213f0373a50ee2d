using Icu;
using PolicyKB.Store;
using Xunit;

namespace PolicyKB.Tests.Store;

public sealed class IcuWordBreakTests
{
    // The segmenter calls libicuuc directly (for speed) where it can; it must cut exactly where icu.net's
    // iterator over the same library cuts, with the same word/non-word statuses.
    [Fact]
    public void Boundaries_are_those_of_icu_nets_iterator_on_the_seeds_and_random_text()
    {
        if (!OperatingSystem.IsLinux())
            return;   // elsewhere the segmenter uses icu.net itself
        var native = IcuWordBreak.TryCreate();
        Assert.NotNull(native);
        Wrapper.Init();
        using var iterator = BreakIterator.CreateWordInstance(new Locale("zh"));
        var random = new Random(7);
        const string alphabet = "碳达峰中和节能秸秆光伏发电公交新能源汽车，。、“”（）12345.%ABCabc 　\n単體廣西𠀀";
        var texts = Directory.GetFiles(TestPaths.Seeds, "*.txt").SelectMany(File.ReadLines)
            .Concat(Enumerable.Range(0, 300).Select(_ => new string(Enumerable.Range(0, random.Next(1, 60))
                .Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray())))
            .Where(t => t.Length > 0)
            .ToList();

        var segments = new List<(int End, bool Word)>();
        foreach (var text in texts)
        {
            segments.Clear();
            native.Boundaries(text, segments);

            iterator.SetText(text);
            iterator.MoveFirst();
            var expected = new List<(int End, bool Word)>();
            for (var end = iterator.MoveNext(); end != BreakIterator.DONE; end = iterator.MoveNext())
                expected.Add((end, iterator.GetRuleStatus() != 0));
            Assert.Equal(expected, segments);
        }
    }
}
