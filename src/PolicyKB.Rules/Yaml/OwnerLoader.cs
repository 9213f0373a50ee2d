namespace PolicyKB.Rules.Yaml;

/// <summary>owners.yaml: the wording of responsibility (markers, inline roles, lead-first notes, names of
/// bodies, duty verbs, task-table columns).</summary>
internal static class OwnerLoader
{
    private static readonly IReadOnlyDictionary<string, OwnerRole> Roles = PatternReader.Choices(
        ("lead", OwnerRole.Lead), ("responsible", OwnerRole.Responsible), ("cooperate", OwnerRole.Cooperate),
        ("shared", OwnerRole.Shared));

    private static readonly IReadOnlyDictionary<string, TableColumnRole> Columns = PatternReader.Choices(
        ("task", TableColumnRole.Task), ("lead", TableColumnRole.Lead), ("responsible", TableColumnRole.Responsible),
        ("cooperate", TableColumnRole.Cooperate), ("deadline", TableColumnRole.Deadline),
        ("indicator", TableColumnRole.Indicator), ("unit", TableColumnRole.Unit));

    public static OwnerPatterns? Read(RuleFile file, List<RuleExample> examples)
    {
        var root = PatternReader.Root(file);
        if (root is null)
            return null;
        var patterns = new OwnerPatterns
        {
            Markers = Markers(root, "markers", examples),
            InlineRoles = Markers(root, "inline_roles", examples),
            LeadFirstNotes = PatternReader.Regexes(root, "lead_first_notes", examples),
            OrgSuffixes = PatternReader.Words(root, "org_suffixes"),
            DutyVerbs = PatternReader.Words(root, "duty_verbs"),
            DutyLeadIns = PatternReader.Words(root, "duty_lead_ins"),
            JointWords = PatternReader.Words(root, "joint_words"),
            DeadlineLabels = PatternReader.Words(root, "deadline_labels"),
            OngoingWords = PatternReader.Words(root, "ongoing_words"),
            TableColumns = TableColumns(root),
        };
        root.RejectUnknownKeys();
        return patterns;
    }

    private static IReadOnlyList<OwnerMarker> Markers(RuleNode root, string section, List<RuleExample> examples)
    {
        var markers = new List<OwnerMarker>();
        foreach (var item in root.File.Items(root.Node(section), section))
        {
            var words = item.Texts("words", required: true);
            var role = item.Choice("role", Roles, required: true);
            ExampleReader.Read(item, examples);
            item.RejectUnknownKeys();
            if (role is not null)
                markers.AddRange(words.Select(w => new OwnerMarker(w.Value, role.Value)));
        }
        return markers.OrderByDescending(m => m.Word.Length).ToArray();
    }

    private static IReadOnlyList<TableColumnRule> TableColumns(RuleNode root)
    {
        var rules = new List<TableColumnRule>();
        foreach (var item in root.File.Items(root.Node("table_columns"), "table_columns"))
        {
            var role = item.Choice("role", Columns, required: true);
            var words = item.Texts("words");
            var exact = item.Texts("exact");
            item.RejectUnknownKeys();
            if (role is not null)
                rules.Add(new TableColumnRule(role.Value, words.Select(w => w.Value).ToArray(), exact.Select(w => w.Value).ToArray()));
        }
        return rules;
    }
}
