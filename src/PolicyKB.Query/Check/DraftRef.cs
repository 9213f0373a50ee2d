namespace PolicyKB.Query.Check;

/// <summary>Where in the draft a finding points: the section path and the sentence as written.</summary>
public sealed record DraftRef(string Section, string Text);
