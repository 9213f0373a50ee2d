namespace PolicyKB.Rules;

/// <summary>A stable sort as positions: what <c>OrderBy</c> gives, ties kept in their order.</summary>
/// <remarks>LINQ's sorter is a generic class per element and key type that the ReadyToRun image does not
/// hold for our value-tuple elements (it is reached through a generic virtual method): a cold `kb ask`
/// compiled about 30 methods for each such OrderBy. Sorting positions (ints) uses code the image has.</remarks>
public static class StableOrder
{
    /// <summary>The positions 0 … <paramref name="count"/> − 1 in the order <paramref name="compare"/> gives,
    /// equal ones in position order.</summary>
    public static int[] Of(int count, Comparison<int> compare)
    {
        var order = Positions(count);
        Array.Sort(order, (a, b) => compare(a, b) is var c and not 0 ? c : a.CompareTo(b));
        return order;
    }

    /// <summary>The positions 0 … <paramref name="count"/> − 1 in order.</summary>
    public static int[] Positions(int count)
    {
        var positions = new int[count];
        for (var i = 0; i < count; i++)
            positions[i] = i;
        return positions;
    }
}
