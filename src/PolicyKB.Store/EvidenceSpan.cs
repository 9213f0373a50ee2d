namespace PolicyKB.Store;

/// <summary>Where a quoted sentence sits among a plan's stored paragraphs: the <paramref name="Index"/>-th
/// paragraph of the section with <paramref name="SectionOrd"/>, from UTF-16 offset <paramref name="Start"/>.
/// Targets, measures and duties store this instead of a second copy of the sentence and its section path.</summary>
public readonly record struct EvidenceSpan(int SectionOrd, int Index, int Start, int Length);
