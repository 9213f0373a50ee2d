using PolicyKB.Rules;
using Xunit;

namespace PolicyKB.Tests.Rules;

public sealed class StableOrderTests
{
    [Fact]
    public void Orders_positions_as_OrderBy_does_keeping_ties_in_place()
    {
        (string Name, int Length)[] items = [("柳州", 2), ("柳州市", 3), ("广西壮族自治区", 7), ("广安", 2), ("岳池县", 3), ("市", 1)];

        var longestFirst = StableOrder.Of(items.Length, (a, b) => items[b].Length.CompareTo(items[a].Length));

        Assert.Equal(items.OrderByDescending(i => i.Length).Select(i => i.Name), longestFirst.Select(i => items[i].Name));
        Assert.Equal(["广西壮族自治区", "柳州市", "岳池县", "柳州", "广安", "市"], longestFirst.Select(i => items[i].Name));
        Assert.Empty(StableOrder.Of(0, (a, b) => 0));
    }
}
