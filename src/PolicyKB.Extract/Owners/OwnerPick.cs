namespace PolicyKB.Extract.Owners;

/// <summary>The owners and co-owners given to a target or measure.</summary>
internal sealed record OwnerPick(IReadOnlyList<string> Owners, IReadOnlyList<string> CoOwners)
{
    public static readonly OwnerPick None = new([], []);

    public static OwnerPick Of(IReadOnlyList<string> owners) => new(owners, []);

    public bool IsEmpty => Owners.Count == 0 && CoOwners.Count == 0;
}
