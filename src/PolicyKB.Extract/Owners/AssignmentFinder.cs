using PolicyKB.Extract.Targets;
using PolicyKB.Extract.Text;
using PolicyKB.Rules;

namespace PolicyKB.Extract.Owners;

/// <summary>Finds the places where a plan names units for a task, in the layouts plans use:
/// labels （牵头单位：A；责任单位：B、C） or 【牵头单位】A, with or without brackets, anywhere in a paragraph;
/// inline roles （A牵头，B、C配合） in brackets; and a paragraph opening with them (A牵头，B配合，…).</summary>
internal sealed class AssignmentFinder(RuleSet rules, OwnerWords words, OwnerNamer namer, BodyNames bodies, YearFinder years)
{
    private const string ListEnds = "；;。）)】\n";
    private static readonly System.Buffers.SearchValues<char> OpeningEnds = System.Buffers.SearchValues.Create("。；;：:");
    private const string ItemSeparators = "、，,/／";
    private const string Opening = "（(【[";
    private const string Closing = "）)】]";

    private readonly IReadOnlyList<OwnerMarker> _markers = rules.Owners.Markers;
    private readonly IReadOnlyList<string> _deadlineLabels = rules.Owners.DeadlineLabels;

    private readonly System.Buffers.SearchValues<char> _labelStarts = words.LabelStarts;
    private readonly IReadOnlyList<OwnerMarker> _inline = rules.Owners.InlineRoles;
    private readonly IReadOnlyList<string> _leadIns = rules.Owners.DutyLeadIns;
    private readonly IReadOnlyList<string> _joint = rules.Owners.JointWords;
    private readonly WordScan _markerWords = words.Markers;
    private readonly WordScan _namingWords = words.Namings;

    public List<Assignment> Find(Passage paragraph)
    {
        var text = paragraph.Folded;
        var found = new List<Assignment>();
        if (!_namingWords.Any(text))
            return found;   // no label and no role word: nothing is named here
        found.AddRange(Labels(paragraph));
        foreach (var bracket in Brackets(text))
            if (!found.Any(a => a.Start < bracket.End && bracket.Start < a.End) && Inline(paragraph, bracket, bracketed: true) is { } inline)
                found.Add(inline);
        if (!found.Any(a => a.Start == 0) && Inline(paragraph, OpeningClauses(text), bracketed: false) is { } opening)
            found.Add(opening with { Leading = true });
        // …覆盖率达到95%以上。由县农业农村局负责。 — a sentence closing the paragraph that only names units
        if (ClosingSentence(text) is { } closing && !found.Any(a => a.Start < closing.End && closing.Start < a.End)
            && Inline(paragraph, closing, bracketed: false, whole: true) is { } named)
            found.Add(named with { Leading = false });
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>牵头单位：A；责任单位：B、C — consecutive labels make one assignment; a deadline field among
    /// them (时间：2025年底前) dates it.</summary>
    private IEnumerable<Assignment> Labels(Passage paragraph)
    {
        var text = paragraph.Folded;
        if (!_markerWords.Any(text))
            yield break;
        var units = new List<ListedUnit>();
        int groupStart = -1, groupEnd = -1;
        int? deadline = null;
        var i = 0;
        while (i < text.Length)
        {
            var label = _labelStarts.Contains(text[i]) ? LabelAt(text, i) : null;
            if (label is null)
            {
                // a group ends at the first thing that is neither a label nor the punctuation between labels
                if (groupStart >= 0 && !char.IsWhiteSpace(text[i]) && !"；;，,】【".Contains(text[i]))
                {
                    if (units.Count > 0)
                        yield return Group(text, groupStart, groupEnd, units, deadline);
                    units = [];
                    groupStart = -1;
                    deadline = null;
                }
                i++;
                continue;
            }
            var (marker, listStart) = label.Value;
            var listEnd = listStart;
            var depth = 0;
            while (listEnd < text.Length)
            {
                var c = text[listEnd];
                if (Opening.Contains(c))
                    depth++;
                else if (Closing.Contains(c) && depth > 0)
                    depth--;
                else if (ListEnds.Contains(c) || (_labelStarts.Contains(c) && LabelAt(text, listEnd) is not null))
                    break;
                listEnd++;
            }
            if (marker is null)
                deadline ??= years.Deadlines(paragraph.Masked, new Span(listStart, listEnd)).FirstOrDefault()?.Year;
            else
            {
                // a loop, not a lambda: one capturing marker made a closure for every character the scan passed
                foreach (var item in RawItems(text[listStart..listEnd]))
                    units.Add(Listed(item, marker));
            }
            if (groupStart < 0)
                groupStart = i;
            groupEnd = listEnd;
            i = Math.Max(listEnd, i + 1);
        }
        // a field alone (发布时间：2023年6月) names no one
        if (groupStart >= 0 && units.Count > 0)
            yield return Group(text, groupStart, groupEnd, units, deadline);
    }

    private Assignment Group(string text, int start, int end, List<ListedUnit> units, int? deadline)
    {
        // widen to the brackets around the labels, if any
        var open = start;
        while (open > 0 && char.IsWhiteSpace(text[open - 1]))
            open--;
        if (open > 0 && Opening.Contains(text[open - 1]))
            start = open - 1;
        while (end < text.Length && (char.IsWhiteSpace(text[end]) || Closing.Contains(text[end]) || text[end] is '；' or ';' or '。'))
            end++;
        var leading = text[..start].Trim().Length == 0 && text[end..].Trim().Length > 0;
        return new Assignment(start, end, units, leading, deadline);
    }

    /// <summary>A unit of a label's list; a role word after it overrides the label (责任单位：市发展改革委牵头，
    /// 市工信局配合 — the first leads).</summary>
    private ListedUnit Listed(string raw, OwnerMarker label)
    {
        // 市经信局（牵头）: a role word in a bracket after the name
        var item = OwnerNamer.Clean(raw);
        if (RemarkRole(raw) is { } remark)
            return new ListedUnit(namer.Name(item), remark.Role, label.Word);
        if (_inline.FirstOrDefault(r => item.EndsWith(r.Word, StringComparison.Ordinal) && item.Length > r.Word.Length + 1) is { } role)
            return new ListedUnit(namer.Name(OwnerNamer.Clean(item[..^role.Word.Length])), role.Role, label.Word);
        return new ListedUnit(namer.Name(item), label.Role, label.Word);
    }

    /// <summary>A label (牵头单位：, 【责任单位】) at <paramref name="i"/>, and where its list starts; a deadline
    /// field's label (时间：, 完成时限：) comes with no marker.</summary>
    private (OwnerMarker? Marker, int ListStart)? LabelAt(string text, int i)
    {
        var bracketed = text[i] == '【';
        var at = bracketed ? i + 1 : i;
        foreach (var marker in _markers)
            if (ValueStart(text, at, marker.Word, bracketed) is var j and > 0)
                return (marker, j);
        foreach (var word in _deadlineLabels)
            if (ValueStart(text, at, word, bracketed) is var j and > 0)
                return (null, j);
        return null;
    }

    /// <summary>Where the value after label <paramref name="word"/> at <paramref name="at"/> starts (past its
    /// colon, or its 】 when <paramref name="bracketed"/>), or -1 when no such label stands there.</summary>
    private static int ValueStart(string text, int at, string word, bool bracketed)
    {
        if (string.CompareOrdinal(text, at, word, 0, word.Length) != 0)
            return -1;
        var j = at + word.Length;
        if (bracketed)
            return j < text.Length && text[j] == '】' ? j + 1 : -1;
        while (j < text.Length && char.IsWhiteSpace(text[j]))
            j++;
        return j < text.Length && text[j] is '：' or ':' ? j + 1 : -1;
    }

    /// <summary>Bracketed spans (（…） and (…)) of a paragraph, outermost only.</summary>
    private static IEnumerable<Span> Brackets(string text)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '（' or '(')
            {
                if (depth++ == 0)
                    start = i;
            }
            else if (text[i] is '）' or ')' && depth > 0 && --depth == 0)
                yield return new Span(start, i + 1);
        }
    }

    /// <summary>The clauses at a paragraph's start up to its first sentence end (市发展改革委牵头，市统计局配合，…).</summary>
    private static Span OpeningClauses(string text)
    {
        var end = text.AsSpan().IndexOfAny(OpeningEnds);
        return new Span(0, end < 0 ? text.Length : end);
    }

    /// <summary>The last sentence of a paragraph, without its full stop.</summary>
    private static Span? ClosingSentence(string text)
    {
        var sentences = Splitter.Sentences(text);
        if (sentences.Count == 0)
            return null;
        var last = sentences[^1];
        var end = last.End;
        while (end > last.Start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '。' or '；' or ';' or '.'))
            end--;
        return end > last.Start ? new Span(last.Start, end) : null;
    }

    /// <summary>A span whose clauses read LIST + role word (A牵头，B、C配合; A、B按职责分工负责). In brackets,
    /// and in a <paramref name="whole"/> sentence, every clause must read so; at a paragraph's start, the
    /// leading clauses that do.</summary>
    private Assignment? Inline(Passage paragraph, Span span, bool bracketed, bool whole = false)
    {
        var text = paragraph.Folded;
        var inner = bracketed ? new Span(span.Start + 1, span.End - 1) : span;
        var strict = bracketed || whole;
        int? deadline = null;
        if (strict)
            (inner, deadline) = WithoutTimeClauses(paragraph, inner);
        if (!EndsWithRole(text, inner, strict))
            return null;
        var units = new List<ListedUnit>();
        var end = inner.Start;
        foreach (var clause in Splitter.Clauses(text, inner))
        {
            var part = clause.Of(text).TrimEnd('，', ',', '；', ';', ' ');
            // 由市发展改革委牵头: the lead-in is no part of the name
            var leadIn = _leadIns.FirstOrDefault(l => part.StartsWith(l, StringComparison.Ordinal));
            if (leadIn is not null)
                part = part[leadIn.Length..];
            var role = _inline.FirstOrDefault(r => part.EndsWith(r.Word, StringComparison.Ordinal));
            var listed = role is null ? "" : part[..^role.Word.Length];
            // A会同B、C组织实施: A leads, its partners cooperate
            var joint = role is null ? null : _joint.FirstOrDefault(w => listed.IndexOf(w, StringComparison.Ordinal) > 0);
            if (joint is not null)
            {
                var at = listed.IndexOf(joint, StringComparison.Ordinal);
                var leads = Items(listed[..at]);
                var partners = Items(listed[(at + joint.Length)..]);
                if (leads.Count > 0 && partners.Count > 0 && leads.Concat(partners).All(n => bodies.IsName(n) || Assignment.IsCollective(n)))
                {
                    units.AddRange(leads.Where(bodies.IsName).Select(n => new ListedUnit(namer.Name(n), OwnerRole.Lead, joint)));
                    units.AddRange(partners.Where(bodies.IsName).Select(n => new ListedUnit(namer.Name(n), OwnerRole.Cooperate, joint)));
                    end = clause.End;
                    continue;
                }
            }
            var names = role is null ? [] : Items(listed);
            // 各县区政府、市直有关部门按职责分工负责: generic references are passed over, not named
            var named = names.Where(bodies.IsName).ToList();
            if (role is null || names.Count == 0 || names.Any(n => !bodies.IsName(n) && !Assignment.IsCollective(n)))
            {
                if (strict)
                    return null;
                break;
            }
            units.AddRange(named.Select(n => new ListedUnit(namer.Name(n), role.Role, role.Word)));
            end = clause.End;
        }
        if (units.Count == 0)
            return null;
        return strict
            ? new Assignment(span.Start, span.End, units, Leading: span.Start == 0, deadline)
            : new Assignment(span.Start, end, units, Leading: true);
    }

    // What a date clause may hold besides its date phrase: 完成, 12月底, 上半年 …
    private const int MaxTimeClauseRest = 6;

    /// <summary>A naming without the time clauses closing it (（A牵头，B配合，2024年底前完成）), and the year they give.</summary>
    private (Span Inner, int? Deadline) WithoutTimeClauses(Passage paragraph, Span inner)
    {
        var clauses = Splitter.Clauses(paragraph.Folded, inner);
        var end = inner.End;
        int? deadline = null;
        for (var k = clauses.Count - 1; k > 0 && TimeClause(paragraph, clauses[k]) is var (isTime, year) && isTime; k--)
        {
            deadline ??= year;
            end = clauses[k].Start;
        }
        return (new Span(inner.Start, end), deadline);
    }

    /// <summary>Whether a clause only says when (2024年底前完成, 持续推进), and the year it names.</summary>
    private (bool IsTime, int? Year) TimeClause(Passage paragraph, Span clause)
    {
        var part = clause.Of(paragraph.Folded).Trim().TrimEnd('，', ',', '；', ';', '。', ' ');
        if (rules.Owners.OngoingWords.Contains(part))
            return (true, null);
        var dates = years.Deadlines(paragraph.Masked, clause);
        return dates.Count > 0 && part.Length - dates.Sum(d => d.Span.Length) <= MaxTimeClauseRest
            ? (true, dates[0].Year)
            : (false, null);
    }

    /// <summary>A quick look before the clauses are read: a bracket's last clause, or a paragraph's first,
    /// must end in a role word (牵头, 配合 …).</summary>
    private bool EndsWithRole(string text, Span inner, bool whole)
    {
        var end = inner.End;
        if (!whole)
        {
            var comma = text.AsSpan(inner.Start, inner.Length).IndexOfAny('，', ',');
            if (comma < 0)
                return false;
            end = inner.Start + comma;
        }
        var part = text.AsSpan(inner.Start, Math.Max(0, end - inner.Start)).TrimEnd("，,；; ");
        foreach (var role in _inline)
            if (part.EndsWith(role.Word, StringComparison.Ordinal))
                return true;
        return false;
    }

    /// <summary>The role a bracket closing an item names (市能源局（牵头）), or null.</summary>
    private OwnerMarker? RemarkRole(string raw)
    {
        var item = raw.AsSpan().Trim(" ，,、；;。");
        if (item.Length < 4 || item[^1] is not ('）' or ')'))
            return null;
        var open = item.LastIndexOfAny('（', '(');
        if (open < 2)
            return null;
        var remark = item[(open + 1)..^1].Trim().ToString();
        return _inline.FirstOrDefault(r => remark == r.Word);
    }

    /// <summary>The names of a list: split at 、，, outside brackets; 等/等单位 and the like dropped.</summary>
    public static List<string> Items(string list) =>
        RawItems(list).Select(OwnerNamer.Clean).Where(item => item.Length >= 2).ToList();

    /// <summary>The items of a list as written, remarks in brackets kept (市经信局（牵头）).</summary>
    private static List<string> RawItems(string list)
    {
        var items = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= list.Length; i++)
        {
            if (i < list.Length)
            {
                if (Opening.Contains(list[i]))
                    depth++;
                else if (Closing.Contains(list[i]) && depth > 0)
                    depth--;
                if (depth > 0 || !ItemSeparators.Contains(list[i]))
                    continue;
            }
            if (OwnerNamer.Clean(list[start..i]).Length >= 2)
                items.Add(list[start..i]);
            start = i + 1;
        }
        return items;
    }
}
