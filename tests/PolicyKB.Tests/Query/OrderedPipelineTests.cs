using PolicyKB.Core;
using PolicyKB.Query;
using Xunit;

namespace PolicyKB.Tests.Query;

/// <summary>The index build's pipeline: workers map, one consumer takes results in input order.</summary>
public sealed class OrderedPipelineTests
{
    [Fact]
    public void Results_come_in_input_order_whatever_order_the_workers_finish_in()
    {
        var items = Enumerable.Range(0, 200).ToList();

        // Later items finish first now and then: item 7, 17, 27 … take longer than the rest.
        var results = OrderedPipeline.Map(items, i =>
        {
            if (i % 10 == 7)
                Thread.Sleep(2);
            return i * 3;
        }, workers: 4, window: 8).ToList();

        Assert.Equal(items.Select(i => i * 3), results);
    }

    [Fact]
    public void No_more_than_the_window_is_made_ahead_of_the_consumer()
    {
        var made = 0;
        var taken = 0;
        var mostAhead = 0;

        foreach (var _ in OrderedPipeline.Map(Enumerable.Range(0, 100).ToList(), i => Interlocked.Increment(ref made), workers: 3, window: 5))
        {
            taken++;
            Thread.Sleep(1);   // a slow writer
            mostAhead = Math.Max(mostAhead, Volatile.Read(ref made) - taken);
        }

        Assert.Equal(100, taken);
        Assert.InRange(mostAhead, 1, 5);
    }

    [Fact]
    public void A_bad_item_surfaces_as_itself_when_the_consumer_reaches_it()
    {
        var taken = new List<int>();

        var error = Assert.Throws<KbException>(() =>
        {
            foreach (var result in OrderedPipeline.Map(Enumerable.Range(0, 50).ToList(),
                         i => i is 20 or 30 ? throw new KbException($"bad {i}", $"f{i}.md") : i, workers: 2))
                taken.Add(result);
        });

        Assert.Equal("bad 20", error.Message);
        Assert.Equal(Enumerable.Range(0, 20), taken);
    }

    [Fact]
    public void Leaving_early_stops_the_workers()
    {
        var made = 0;

        foreach (var result in OrderedPipeline.Map(Enumerable.Range(0, 10_000).ToList(), i => Interlocked.Increment(ref made), workers: 2, window: 4))
            if (result >= 3)
                break;
        var afterLeaving = Volatile.Read(ref made);
        Thread.Sleep(20);

        Assert.InRange(afterLeaving, 3, 3 + 4 + 2);
        Assert.Equal(afterLeaving, Volatile.Read(ref made));
    }
}
