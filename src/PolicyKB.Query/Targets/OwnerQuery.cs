using PolicyKB.Core;
using PolicyKB.Query.Ask;
using PolicyKB.Rules;
using PolicyKB.Store;

namespace PolicyKB.Query.Targets;

/// <summary>Lists departments per region with their targets and their duties and measures. Names that
/// rules/departments.yaml makes one department (市发改委, 柳州市发展和改革委员会) are one entry; names it
/// does not know are grouped by their name without the region.</summary>
internal sealed class OwnerQuery(KbReader reader, RuleSet rules)
{
    /// <summary>Longest duty or measure text kept; the rest is cut with an ellipsis.</summary>
    public const int MaxTaskChars = 120;

    private readonly TargetQuery _targets = new(reader, rules);

    /// <summary>Departments of plans of <paramref name="region"/> (a stored full name; null for all),
    /// by region then in the order the plans first name them.</summary>
    public IReadOnlyList<OwnerGroup> Find(string? region, string? unit)
    {
        var groups = new Dictionary<(string Region, string Key), Builder>();
        var order = new List<Builder>();
        foreach (var document in _targets.Plans(region))
        {
            foreach (var duty in reader.Duties(document.Id))
                Group(document, duty.Department).AddTask(duty.Text, new OwnerTask(MeasureKind.Duty, duty.Role, Lead: true,
                    Trim(duty.Text), document.Id, document.Title, duty.Evidence.SectionPath));
            foreach (var target in reader.Targets(document.Id))
                foreach (var name in target.Owners.Concat(target.CoOwners).Distinct())
                    Group(document, name).AddTarget(_targets.Row(target, document));
            foreach (var measure in reader.Measures(document.Id))
                foreach (var name in measure.Owners.Concat(measure.CoOwners).Distinct())
                    Group(document, name).AddTask(measure.Text, new OwnerTask(measure.Kind, null, measure.Owners.Contains(name),
                        Trim(measure.Text), document.Id, document.Title, measure.Evidence.SectionPath));
        }
        var matches = UnitMatcher(unit);
        return order.Where(matches)
            .OrderBy(g => g.Region, StringComparer.Ordinal)   // stable: plan order inside a region
            .Select(g => g.Build())
            .ToList();

        Builder Group(DocumentInfo document, string name)
        {
            var place = document.Region ?? "";
            var core = Bodies.Core(rules.Regions, name);
            var id = rules.Departments.Resolve(core)?.Department.Id;
            if (!groups.TryGetValue((place, id ?? core), out var group))
            {
                groups[(place, id ?? core)] = group = new Builder(place, document.Level, id);
                order.Add(group);
            }
            group.Names.Add(name);
            return group;
        }
    }

    // A department's name or alias matches by department id; with a region before it (柳州市发改委) the
    // region must match too. Other words match any written name.
    private Func<Builder, bool> UnitMatcher(string? unit)
    {
        if (string.IsNullOrWhiteSpace(unit))
            return _ => true;
        var folded = Grams.Fold(unit.Trim());
        var core = Bodies.Core(rules.Regions, folded);
        if (rules.Departments.Resolve(core)?.Department.Id is { } id)
        {
            var place = folded.EndsWith(core, StringComparison.Ordinal) ? folded[..^core.Length].TrimEnd(LevelChars) : "";
            return g => g.DepartmentId == id && (place.Length == 0 || g.Region.Contains(place, StringComparison.Ordinal));
        }
        return g => g.Names.Any(n => Grams.Fold(n).Contains(folded, StringComparison.Ordinal));
    }

    private static readonly char[] LevelChars = ['省', '市', '县', '区', '州', '盟', '旗'];

    private static string Trim(string text)
    {
        var flat = string.Join(' ', text.Split((char[])['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return flat.Length <= MaxTaskChars ? flat : flat[..MaxTaskChars] + "…";
    }

    private sealed class Builder(string region, string? level, string? departmentId)
    {
        private readonly List<TargetRow> _targets = [];
        private readonly List<OwnerTask> _tasks = [];
        private readonly List<(string Document, string Text)> _full = [];

        public string Region => region;
        public string? DepartmentId => departmentId;

        /// <summary>Every written name, one entry per mention (the commonest is the display name).</summary>
        public List<string> Names { get; } = [];

        public void AddTarget(TargetRow row)
        {
            if (!_targets.Any(t => t.Document == row.Document && t.Evidence == row.Evidence && t.Metric == row.Metric && t.Value == row.Value))
                _targets.Add(row);
        }

        // The sentences of a duty paragraph are measures too: a text already held (within a task of the
        // same plan) is not listed again.
        public void AddTask(string fullText, OwnerTask task)
        {
            if (_full.Any(f => f.Document == task.Document && f.Text.Contains(fullText, StringComparison.Ordinal)))
                return;
            _full.Add((task.Document, fullText));
            _tasks.Add(task);
        }

        public OwnerGroup Build()
        {
            var display = Names.GroupBy(n => n, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).First().Key;
            return new OwnerGroup(region, level, display, departmentId,
                Names.Distinct(StringComparer.Ordinal).ToList(), _targets, _tasks);
        }
    }
}
