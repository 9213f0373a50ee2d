namespace PolicyKB.Query.Check;

/// <summary>The other sentence a finding compares the draft with: in a parent or peer plan (its title),
/// or elsewhere in the draft itself.</summary>
public sealed record OtherRef(string Document, string Section, string Text);
