namespace PolicyKB.Extract.Owners;

/// <summary>The owners and co-owners given to a target or measure, and the year their naming dates the
/// task (时间：2025年底前), if it does.</summary>
internal sealed record OwnerPick(IReadOnlyList<string> Owners, IReadOnlyList<string> CoOwners, int? Deadline = null)
{
    public static readonly OwnerPick None = new([], []);

    public static OwnerPick Of(IReadOnlyList<string> owners) => new(owners, []);

    public bool IsEmpty => Owners.Count == 0 && CoOwners.Count == 0;
}
