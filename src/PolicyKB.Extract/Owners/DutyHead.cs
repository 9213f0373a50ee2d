namespace PolicyKB.Extract.Owners;

/// <summary>A department-duty paragraph's head: 市交通运输局:… — the unit owns every target of the
/// paragraph. <see cref="Role"/> is the paragraph's first sentence when it names the unit's role
/// (全市降碳工作牵头单位).</summary>
internal sealed record DutyHead(string Name, string? Role, int BodyStart);
