using System.Buffers;
using PolicyKB.Extract.Text;
using PolicyKB.Rules;

namespace PolicyKB.Extract.Owners;

/// <summary>The search tables <see cref="AssignmentFinder"/> and <see cref="DutyReader"/> read owners.yaml's
/// words with: built once per Extractor, not once per document (building them was a tenth of what
/// extracting a generated plan cost).</summary>
internal sealed class OwnerWords(RuleSet rules)
{
    /// <summary>The characters a label can start with (牵, 责, 配, 时 … and 【): elsewhere no label needs trying.</summary>
    public SearchValues<char> LabelStarts { get; } = SearchValues.Create(rules.Owners.Markers.Select(m => m.Word[0])
        .Concat(rules.Owners.DeadlineLabels.Select(w => w[0])).Append('【').Distinct().ToArray());

    /// <summary>The label words (牵头单位, 责任单位 …).</summary>
    public WordScan Markers { get; } = new(rules.Owners.Markers.Select(m => m.Word));

    /// <summary>The label and inline role words: a paragraph without one names no unit.</summary>
    public WordScan Namings { get; } = new(rules.Owners.Markers.Concat(rules.Owners.InlineRoles).Select(m => m.Word));

    /// <summary>The first characters of the duty verbs (要, 负 …).</summary>
    public SearchValues<char> VerbStarts { get; } = SearchValues.Create(rules.Owners.DutyVerbs.Select(v => v[0]).Distinct().ToArray());

    public WordScan Verbs { get; } = new(rules.Owners.DutyVerbs);

    /// <summary>The inline role words (牵头, 配合 …).</summary>
    public string[] Roles { get; } = rules.Owners.InlineRoles.Select(r => r.Word).ToArray();

    /// <summary>The duty lead-ins (加强, 由 …) and the empty one.</summary>
    public string[] LeadInsAndNone { get; } = [.. rules.Owners.DutyLeadIns, ""];
}
