using System.Text.RegularExpressions;
using PolicyKB.Core;
using PolicyKB.Extract.Owners;
using PolicyKB.Extract.Targets;
using PolicyKB.Extract.Text;
using PolicyKB.Rules;

namespace PolicyKB.Extract;

/// <summary>One extraction run over one document: walks the heading tree carrying what governs each
/// part (a deadline from a heading or lead sentence, owners from a heading), reads each section's
/// paragraphs and tables, and collects targets, measures and duties.</summary>
internal sealed partial class DocumentWalker
{
    // The genre's plans are 碳达峰 plans written from 2021 on: with no date or period in the metadata,
    // anything dated before 2021 is the past.
    private const int DefaultPresentYear = 2021;

    private readonly Extractor _extractor;
    private readonly RuleSet _rules;
    private readonly Document _document;
    private readonly TargetReader _reader;
    private readonly OwnerNamer _namer;
    private readonly BodyNames _bodies;
    private readonly AssignmentFinder _assignments;
    private readonly DutyReader _duties;
    private readonly TableReader _tables;
    private readonly List<Target> _targetList = [];
    private readonly HashSet<Target> _tableTargets = new(ReferenceEqualityComparer.Instance);
    private readonly List<Measure> _measureList = [];
    private readonly List<Duty> _dutyList = [];

    // Each naming resolved once: the targets and measures it covers share its pick (no one changes an OwnerPick's lists).
    private readonly Dictionary<Assignment, OwnerPick> _picks = new(ReferenceEqualityComparer.Instance);

    public DocumentWalker(Extractor extractor, Document document)
    {
        _extractor = extractor;
        _rules = extractor.Rules;
        _document = document;
        _reader = extractor.Targets;
        _namer = new OwnerNamer(_rules, document.Meta);
        _bodies = extractor.Bodies;
        _assignments = new AssignmentFinder(_rules, extractor.OwnerWords, _namer, _bodies, _reader.Years);
        _duties = new DutyReader(_rules, extractor.OwnerWords, _namer, _bodies);
        PresentYear = PresentYearOf(document.Meta);
        _tables = new TableReader(this);
    }

    /// <summary>Statements dated before this year are the past.</summary>
    public int PresentYear { get; }

    /// <summary>The plan says the first listed 责任单位 leads (排名第一的为牵头单位), anywhere in it. Read on
    /// first use: a plan that names no units never needs it.</summary>
    public bool FirstLeads => _firstLeads ??= DeclaresFirstLeads(_document);

    private bool? _firstLeads;

    public RuleSet Rules => _rules;
    public TargetReader Reader => _reader;
    public OwnerNamer Namer => _namer;

    public Extraction Run()
    {
        var root = new SectionContext(null, OwnerPick.None, Past: false);
        foreach (var section in _document.Sections)
            Walk(section, root);
        MergeRestated();
        return new Extraction(_document, _targetList, _measureList, _dutyList);
    }

    /// <summary>What a section inherits: the deadline governing it and the owners its headings name.</summary>
    internal sealed record SectionContext(int? Deadline, OwnerPick Owners, bool Past = false);

    private sealed record Block(Passage Passage, bool IsHeading, List<Assignment> Assignments, DutyHead? Head, bool Continued = false);

    private void Walk(Section section, SectionContext inherited)
    {
        // the heading without its marker, read once for the context and the heading's own block
        var body = section.Heading.Length > 0 ? new Passage(HeadingBody(section.Heading)) : null;
        var context = FromHeading(section, body, inherited);
        var blocks = new List<Block>();
        if (body is { Length: > 0 } && _reader.HasQuantity(body))
            blocks.Add(MakeBlock(body, isHeading: true));
        blocks.AddRange(JoinLabelLines(section.Paragraphs.Where(p => !string.IsNullOrWhiteSpace(p))).Select(p => MakeBlock(new Passage(p), isHeading: false)));
        MarkLeadingStandalone(blocks);
        ContinueDutyParagraphs(blocks);
        var ordered = blocks.SelectMany((b, i) => b.Assignments.Select(a => (Block: i, Assignment: a))).ToList();
        var before = ordered.Count > 0 && ordered[0].Assignment.Leading;

        var sectionDeadline = context.Deadline;
        ListLead? list = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var isItem = !block.IsHeading && DutyReader.ListMarkerLength(block.Passage.Folded) > 0;
            if (!isItem)
                list = null;
            var produced = ReadBlock(section, block, i, blocks, ordered, before, list?.Deadline ?? sectionDeadline, context.Owners, context.Past, list?.Baseline);
            if (produced || block.IsHeading || isItem)
                continue;
            // 到2030年，主要目标是： — a lead sentence dates what follows it in the section
            if (LeadDeadline(block.Passage) is { } lead)
                sectionDeadline = lead;
            // 到2025年，…基本形成。 then ①…；②…： the sentence opening a list dates (and bases) its items
            if (i + 1 < blocks.Count && !blocks[i + 1].IsHeading && DutyReader.ListMarkerLength(blocks[i + 1].Passage.Folded) > 0)
                list = OpensList(block.Passage);
        }
        var onward = context with { Deadline = sectionDeadline };
        if (!context.Past)
            foreach (var table in section.Tables)
                _tables.Read(section, table, onward);
        foreach (var child in section.Children)
        {
            // a short item of the list (③城镇新建建筑全面执行绿色建筑标准；) may have been read as a heading:
            // the list's items under it keep the list's date
            var item = list?.Deadline is not null && DutyReader.ListMarkerLength(TextFold.ForMatch(child.Heading)) > 0;
            Walk(child, item ? onward with { Deadline = list!.Deadline } : onward);
        }
    }

    private SectionContext FromHeading(Section section, Passage? bodyPassage, SectionContext inherited)
    {
        if (bodyPassage is null)
            return inherited;
        var heading = new Passage(section.Heading);
        // A year in a heading dates what is under it, however it is written (（一）到2025年, 2. 2025年目标)
        var deadline = HeadingDeadline(heading) ?? inherited.Deadline;
        var owners = inherited.Owners;
        var body = bodyPassage.Original;
        if (_assignments.Find(heading).FirstOrDefault() is { } assigned)
            owners = Pick(assigned);
        else if (body.Length > 0 && _bodies.IsName(bodyPassage.Folded))
            owners = HeadingDuty(section, _namer.Name(body), role: null, lead: "");   // （三）市交通运输局
        else if (body.Length > 0 && _duties.Head(bodyPassage) is { } head)
            owners = HeadingDuty(section, head.Name, head.Role, body[head.BodyStart..].Trim());   // （1）市发展改革委：…牵头单位。
        // 一、发展基础 — a section about the past holds no targets
        var past = inherited.Past || PastHeading(bodyPassage.Folded);
        return new SectionContext(deadline, owners, past);
    }

    private bool PastHeading(string foldedBody)
    {
        foreach (var r in _extractor.PastHeadings)
            if (r.IsMatch(foldedBody))
                return true;
        return false;
    }

    /// <summary>A heading naming a unit: the section under it is that unit's duty, and it owns the targets there.</summary>
    private OwnerPick HeadingDuty(Section section, string name, string? role, string lead)
    {
        var text = (lead.Length > 0 && !EndsSentence(lead) ? lead + "。" : lead) + string.Join("", section.Paragraphs).Trim();
        if (text.Length > 0)
            _dutyList.Add(new Duty(name, role, text, Evidence(section, text)));
        return OwnerPick.Of([name]);
    }

    private int? HeadingDeadline(Passage heading)
    {
        var span = new Span(0, heading.Length);
        var baselines = _reader.Years.Baselines(heading.Masked, span);
        return _reader.Years.Deadlines(YearFinder.Blank(heading.Masked, baselines), span)
            .FirstOrDefault(m => m.Year >= PresentYear)?.Year;
    }

    /// <summary>What the sentence opening a list (①… (1)… 1.…) gives its items: a deadline and a baseline.</summary>
    private sealed record ListLead(int? Deadline, int? Baseline);

    private ListLead? OpensList(Passage passage)
    {
        var span = new Span(0, passage.Length);
        var deadline = GoverningDeadlines(passage, span).FirstOrDefault()?.Year;
        var baseline = _reader.Years.Baselines(passage.Masked, span).FirstOrDefault()?.Year;
        return deadline is null && baseline is null ? null : new ListLead(deadline, baseline);
    }

    private Block MakeBlock(Passage passage, bool isHeading)
    {
        var head = isHeading ? null : _duties.Head(passage);
        var assignments = _assignments.Find(passage);
        if (head is not null)   // 市发展改革委负责：… is the paragraph's head, not a naming of its own
            assignments.RemoveAll(a => a.Start == 0 && a.Leading);
        return new Block(passage, isHeading, assignments, head);
    }

    /// <summary>牵头单位：…, 责任单位：… and 完成时限：… on lines of their own are one naming: consecutive
    /// paragraphs that hold nothing but labels are joined.</summary>
    private IEnumerable<string> JoinLabelLines(IEnumerable<string> paragraphs)
    {
        string? pending = null;
        foreach (var paragraph in paragraphs)
        {
            var joined = pending is null ? paragraph : pending.TrimEnd() + "；" + paragraph.Trim();
            if (OpensWithLabel(paragraph) && IsLabelsOnly(joined))
            {
                pending = joined;
                continue;
            }
            if (pending is not null)
                yield return pending;
            pending = null;
            yield return paragraph;
        }
        if (pending is not null)
            yield return pending;
    }

    private bool OpensWithLabel(string paragraph)
    {
        var start = paragraph.AsSpan().TrimStart().TrimStart("（(【[ ");
        var opening = TextFold.ForMatch(start[..Math.Min(start.Length, 8)].ToString());
        return _rules.Owners.Markers.Any(m => opening.StartsWith(m.Word, StringComparison.Ordinal))
               || _rules.Owners.DeadlineLabels.Any(w => opening.StartsWith(w, StringComparison.Ordinal));
    }

    private bool IsLabelsOnly(string paragraph)
    {
        var passage = new Passage(paragraph);
        return _assignments.Find(passage) is [var only] && passage.Folded[..only.Start].Trim().Length == 0
               && passage.Folded[only.End..].Trim().Length == 0;
    }

    /// <summary>A naming standing alone in the section's first paragraph (牵头单位：… before the task text)
    /// leads what follows; standing alone later, it closes what came before.</summary>
    private static void MarkLeadingStandalone(List<Block> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var assignments = blocks[i].Assignments;
            for (var k = 0; k < assignments.Count; k++)
            {
                var a = assignments[k];
                var alone = blocks[i].Passage.Folded[..a.Start].Trim().Length == 0 && blocks[i].Passage.Folded[a.End..].Trim().Length == 0;
                if (alone)
                    assignments[k] = a with { Leading = i == 0 };
            }
        }
    }

    /// <summary>A duty paragraph broken where a page ended (its text stops mid-sentence) goes on in the
    /// next paragraph, which belongs to the same unit.</summary>
    private static void ContinueDutyParagraphs(List<Block> blocks)
    {
        for (var i = 1; i < blocks.Count; i++)
        {
            var previous = blocks[i - 1];
            if (blocks[i].Head is null && !blocks[i].IsHeading && previous.Head is { } head && !EndsSentence(previous.Passage.Folded))
                blocks[i] = blocks[i] with { Head = head with { Role = null, BodyStart = 0 }, Continued = true };
        }
    }

    private static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length == 0 || "。！？!?；;：:”）)".Contains(trimmed[^1]);
    }

    /// <summary>Reads one paragraph; true when it held a target.</summary>
    private bool ReadBlock(Section section, Block block, int index, List<Block> blocks,
        List<(int Block, Assignment Assignment)> assignments, bool before, int? sectionDeadline, OwnerPick headingOwners, bool past,
        int? leadBaseline = null)
    {
        var passage = block.Passage;
        int? governing = null;
        var produced = false;
        if (block.Head is { } head && !block.IsHeading && !block.Continued)
            _dutyList.Add(new Duty(head.Name, head.Role, passage.Original[head.BodyStart..].Trim(), Evidence(section, passage.Original)));
        foreach (var assignment in block.Assignments)
            AddAssignmentDuties(section, block, index, blocks, assignment, before);

        var governingPast = false;
        // 到2025年，A（责任单位：…）；B；C。 — a date opening a sentence dates the parts after its semicolons
        // too, up to the full stop (the splitter cuts at ；, the plan does not)
        int? chained = null;
        var chainedPast = false;
        var firstSentence = true;
        OwnerPick? opener = null;
        var textStart = Math.Max(passage.Length - passage.Folded.TrimStart().Length, DutyReader.ListMarkerLength(passage.Folded));
        foreach (var sentence in Splitter.Sentences(passage.Masked))
        {
            // 到2025年，… opening the paragraph dates the sentences after it, until a sentence carries a date
            // of its own; a date opening a later sentence dates only that sentence. 2022年，… opening the
            // paragraph puts what follows in the past (a 工作基础 paragraph).
            var years = _reader.Years.Of(passage.Masked, sentence);
            // the sentence's clauses, cut once for every reader: in the folded text (actors, partners) and in the
            // masked one (dates, targets; the same cuts when no 《title》 or Chinese-numeral year made it differ)
            var clauses = Splitter.Clauses(passage.Folded, sentence);
            var maskedClauses = ReferenceEquals(passage.Masked, passage.Folded) ? clauses : null;
            if (firstSentence && FirstGoverning(years.Deadlines, FirstClause(passage, sentence)) is { } opening)
            {
                governingPast = opening.Year < PresentYear;
                governing = governingPast ? null : opening.Year;
            }
            if (LastOpeningClause(years.Deadlines, passage, sentence, ref maskedClauses) is { } opens)
            {
                chainedPast = opens.Year < PresentYear;
                chained = chainedPast ? null : opens.Year;
            }
            var ownDate = !firstSentence && years.Deadlines.Count > 0;
            var actor = Actor(section, passage, sentence, clauses, block.IsHeading || block.Head is not null && sentence.Start == 0
                                                          || Covers(block.Assignments, sentence.Start));
            // 工业和信息化部门要推动…。到2025年，…下降15%: a unit opening the paragraph as its subject owns its numbers
            if (firstSentence && actor is { } subject && subject.NameStart == textStart)
                opener = Departments(subject.Names);
            firstSentence = false;
            var partners = block.Head is not null || actor is not null ? PartnersIn(passage, clauses, actor) : null;
            var found = _reader.Read(passage, sentence, PresentYear, years, maskedClauses);
            var evidence = Evidence(section, sentence.Of(passage.Original).Trim());
            foreach (var target in found)
            {
                if (past || (target.Deadline is null && (chainedPast || (chained is null && governingPast))))
                    continue;
                var co = partners is { } joint && joint.At <= target.Quantity.Start ? joint.Names : [];
                var owners = OwnersAt(index, target.Quantity.Start, assignments, before)
                             ?? WithPartners(ActorBefore(actor, target.Quantity.Start), co)
                             ?? (block.Head is { } h ? new OwnerPick([h.Name], co) : null)
                             ?? opener
                             ?? headingOwners;
                var based = target.BaselineYear is null && target.Direction is Direction.Decrease or Direction.Increase
                    ? target with { BaselineYear = leadBaseline ?? AgainstBaseYear(passage, sentence, target.Quantity.Start) }
                    : target;
                // the task's own year first, then its naming's (时间：2025年底前), then what governs the paragraph
                _targetList.Add(MakeTarget(based, target.Deadline ?? owners.Deadline ?? chained ?? governing ?? sectionDeadline, owners, evidence));
                produced = true;
            }
            if (!block.IsHeading)
                AddMeasure(passage, sentence, block, index, assignments, before, actor, found.Count > 0,
                    FirstPresent(years.Deadlines), chained ?? governing ?? sectionDeadline, opener ?? headingOwners, evidence);
            if (!EndsWithSemicolon(passage.Masked, sentence))
            {
                chained = null;
                chainedPast = false;
            }
            if (ownDate)
            {
                // a sentence with a date of its own ends the reach of the paragraph's opening date
                governing = null;
                governingPast = false;
            }
        }
        return produced;
    }

    /// <summary>The plan's base year (本方案以2020年为基准年) where the sentence measures a change against it
    /// before <paramref name="offset"/> (较基准年下降百分之十五).</summary>
    private int? AgainstBaseYear(Passage passage, Span sentence, int offset) =>
        AgainstBase().IsMatch(passage.Folded.AsSpan(sentence.Start, Math.Max(0, offset - sentence.Start))) && DefinedBaseYear is { } year ? year : null;

    /// <summary>The year the plan names its base year, if it does: 以2020年为基准年. Read on first use (the
    /// whole plan is folded and searched for it): only a sentence measuring against 基准年 asks.</summary>
    private int? DefinedBaseYear => (_definedBaseYear ??= new(BaseYearOf(_document))).Year;

    private sealed record BaseYear(int? Year);

    private BaseYear? _definedBaseYear;

    private static int? BaseYearOf(Document document) =>
        document.AllSections().SelectMany(s => s.Paragraphs).Select(p => BaseYearDefinition().Match(TextFold.ForMatch(p)))
            .Where(m => m.Success).Select(m => (int?)int.Parse(m.Groups["year"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture))
            .FirstOrDefault();

    [GeneratedRegex(@"以\s*(?<year>(19|20)\d{2})\s*年(末|底)?\s*(作)?为\s*(本方案的?|全市|全区|全县|全省)?\s*基准年")]
    private static partial Regex BaseYearDefinition();

    [GeneratedRegex(@"(比|较|相比|相较于?|与|对比)\s*基准年")]
    private static partial Regex AgainstBase();

    // Loops rather than LINQ over the mentions and namings of every sentence: the lambdas' closures were a
    // good part of what extraction allocated.

    /// <summary>The first governing deadline phrase inside <paramref name="clause"/>.</summary>
    private static YearMention? FirstGoverning(List<YearMention> deadlines, Span clause)
    {
        foreach (var m in deadlines)
            if (m.Governs && clause.Contains(m.Span.Start))
                return m;
        return null;
    }

    /// <summary>The last governing deadline phrase opening a clause of the sentence (…行动，到2025年，…).</summary>
    private static YearMention? LastOpeningClause(List<YearMention> deadlines, Passage passage, Span sentence, ref List<Span>? clauses)
    {
        for (var k = deadlines.Count - 1; k >= 0; k--)
        {
            var m = deadlines[k];
            if (!m.Governs)
                continue;
            clauses ??= Splitter.Clauses(passage.Masked, sentence);
            foreach (var c in clauses)
                if (c.Start == m.Span.Start)
                    return m;
        }
        return null;
    }

    /// <summary>The year of the first deadline phrase not in the past.</summary>
    private int? FirstPresent(List<YearMention> deadlines)
    {
        foreach (var m in deadlines)
            if (m.Year >= PresentYear)
                return m.Year;
        return null;
    }

    /// <summary>Whether one of the namings spans <paramref name="offset"/>.</summary>
    private static bool Covers(List<Assignment> assignments, int offset)
    {
        foreach (var a in assignments)
            if (a.Start <= offset && offset < a.End)
                return true;
        return false;
    }

    private static bool EndsWithSemicolon(string text, Span sentence)
    {
        var end = sentence.End;
        while (end > sentence.Start && char.IsWhiteSpace(text[end - 1]))
            end--;
        return end > sentence.Start && text[end - 1] is '；' or ';';
    }

    internal Target MakeTarget(FoundTarget found, int? deadline, OwnerPick owners, Evidence evidence) => new()
    {
        Metric = found.Metric,
        MetricId = _rules.Metrics.Find(TextFold.ForMatch(found.Metric))?.Id,
        Value = found.Value,
        Unit = found.Unit,
        CanonicalUnit = found.UnitRule?.Canonical,
        Scale = found.UnitRule?.Scale,
        Direction = found.Direction,
        Qualifier = found.Qualifier,
        Comparator = found.Comparator,
        BaselineYear = found.BaselineYear,
        Deadline = deadline,
        Owners = owners.Owners,
        CoOwners = owners.CoOwners,
        Evidence = evidence,
    };

    /// <summary>A target read from a table row (a task table), kept apart for <see cref="MergeRestated"/>.</summary>
    internal void Add(Target target)
    {
        _targetList.Add(target);
        _tableTargets.Add(target);
    }

    /// <summary>A task table restating a target of the text (the same metric, value and unit, no other
    /// deadline) is one target: the row's, which names its owners, dated by the text where the row is not
    /// (完成时限: 持续推进); an ownerless indicator row restated by a task takes the task's owners. So is an
    /// ownerless goal restated in a unit's duty.</summary>
    private void MergeRestated()
    {
        foreach (var row in _tableTargets.ToList())
        {
            var body = _targetList.FirstOrDefault(t => !_tableTargets.Contains(t) && Restates(row, t));
            if (body is null)
                continue;
            _targetList.Remove(body);
            // the text dates (完成时限: 持续推进) and bases (较2020年下降14% beside a row's [14]) what the row leaves open;
            // an indicator row names no units, the task restating it does (牵头单位：… under the task's sentence)
            var owned = row.Owners.Count == 0 && row.CoOwners.Count == 0 && body.Owners.Count > 0;
            var completed = row with
            {
                Deadline = row.Deadline ?? body.Deadline,
                BaselineYear = row.BaselineYear ?? (row.Direction == body.Direction ? body.BaselineYear : null),
                Owners = owned ? body.Owners : row.Owners,
                CoOwners = owned ? body.CoOwners : row.CoOwners,
                Evidence = owned ? body.Evidence : row.Evidence,
            };
            _targetList[_targetList.IndexOf(row)] = completed;
            _tableTargets.Add(completed);
        }
        // A goal of the text restated where a unit's duty names it (三、部门职责分工 县发改局：…到2025年全县光伏装机容量
        // 达到80万千瓦) is one target: the unit's.
        foreach (var owned in _targetList.Where(t => t.Owners.Count > 0).ToList())
            _targetList.RemoveAll(t => t.Owners.Count == 0 && t.CoOwners.Count == 0 && !_tableTargets.Contains(t)
                                       && t.Direction == owned.Direction && t.Deadline == owned.Deadline && Restates(owned, t));
    }

    private static bool Restates(Target row, Target body) =>
        row.Value == body.Value && row.Unit == body.Unit
        && (row.Deadline is null || body.Deadline is null || row.Deadline == body.Deadline)
        && (body.Owners.Count == 0 || row.Owners.Count == 0 || body.Owners.SequenceEqual(row.Owners))
        && (row.Metric.Contains(body.Metric, StringComparison.Ordinal) || body.Metric.Contains(row.Metric, StringComparison.Ordinal));

    internal void Add(Measure measure) => _measureList.Add(measure);

    internal void Add(Duty duty) => _dutyList.Add(duty);

    /// <summary>The naming that covers a position: in a section whose namings lead their text, the last
    /// one before it; otherwise the first one after it (（牵头单位：…） closes its task).</summary>
    private OwnerPick? OwnersAt(int block, int offset, List<(int Block, Assignment Assignment)> assignments, bool before)
    {
        // A paragraph's own naming comes first: one closing the text after the position, else one opening it.
        Assignment? closing = null, opening = null;
        foreach (var (b, a) in assignments)
        {
            if (b != block)
                continue;
            if (closing is null && !a.Leading && a.Start >= offset)
                closing = a;
            if (a.Leading && a.Start <= offset)
                opening = a;
        }
        if ((closing ?? opening) is { } own)
            return Pick(own);
        Assignment? chosen = null;
        if (before)
        {
            for (var k = assignments.Count - 1; k >= 0 && chosen is null; k--)
                if (assignments[k].Block < block || (assignments[k].Block == block && assignments[k].Assignment.Start <= offset))
                    chosen = assignments[k].Assignment;
        }
        else
        {
            for (var k = 0; k < assignments.Count && chosen is null; k++)
                if (assignments[k].Block > block || (assignments[k].Block == block && assignments[k].Assignment.Start >= offset))
                    chosen = assignments[k].Assignment;
        }
        return chosen is null ? null : Pick(chosen);
    }

    internal OwnerPick Pick(Assignment assignment)
    {
        if (_picks.TryGetValue(assignment, out var pick))
            return pick;
        var (owners, co) = assignment.Resolve(FirstLeads);
        pick = new OwnerPick(owners, co, assignment.Deadline);
        _picks[assignment] = pick;
        return pick;
    }

    private sealed record Acting(IReadOnlyList<string> Names, int NameStart, int DutyStart);

    /// <summary>The body acting in the sentence (生态环境部门要…), recorded as a duty.</summary>
    private Acting? Actor(Section section, Passage passage, Span sentence, List<Span> clauses, bool recorded)
    {
        Acting? first = null;
        foreach (var clause in clauses)
        {
            if (_duties.Actor(passage, clause) is not var (names, nameStart, dutyStart))
                continue;
            var text = new Span(dutyStart, sentence.End).Of(passage.Original).Trim().TrimEnd('。', '；', ';');
            if (!recorded && text.Length > 0)
                foreach (var name in names)
                    _dutyList.Add(new Duty(name, null, text, Evidence(section, sentence.Of(passage.Original).Trim())));
            first ??= new Acting(names, nameStart, dutyStart);
        }
        return first;
    }

    /// <summary>The partners a joint word names in the sentence (县交通运输局：…，会同县发改局、县供电公司推进…;
    /// 市交通运输局会同市发展改革委推进…) and where they are named: they co-own the numbers after it.</summary>
    private (int At, IReadOnlyList<string> Names)? PartnersIn(Passage passage, List<Span> clauses, Acting? actor)
    {
        foreach (var clause in clauses)
        {
            if (_duties.Partners(passage, clause, clause.Start) is { } names)
                return (clause.Start, names);
            if (actor is not null && clause.Contains(actor.DutyStart) && _duties.Partners(passage, clause, actor.DutyStart) is { } withActor)
                return (actor.DutyStart, withActor);
        }
        return null;
    }

    private static OwnerPick? WithPartners(OwnerPick? owners, IReadOnlyList<string> partners) =>
        owners is null || partners.Count == 0 ? owners : owners with { CoOwners = partners.Where(p => !owners.Owners.Contains(p)).ToList() };

    /// <summary>A body acting earlier in the sentence owns the numbers after it (市交通运输局要确保…90%).</summary>
    private OwnerPick? ActorBefore(Acting? actor, int offset) =>
        actor is not null && actor.DutyStart <= offset ? Departments(actor.Names) : null;

    /// <summary>Bodies acting in prose that can own a target: not the government itself (市政府要… speaks of
    /// the plan's own issuer, which owns everything and so nothing in particular).</summary>
    private OwnerPick? Departments(IReadOnlyList<string> names)
    {
        var owners = names.Where(n => !n.EndsWith("政府", StringComparison.Ordinal)).ToList();
        return owners.Count == 0 ? null : OwnerPick.Of(owners);
    }

    private void AddAssignmentDuties(Section section, Block block, int index, List<Block> blocks, Assignment assignment, bool before)
    {
        var own = (block.Passage.Original[..assignment.Start] + block.Passage.Original[assignment.End..]).Trim();
        if (own.Length == 0)
        {
            var neighbour = before ? index + 1 : index - 1;
            own = neighbour >= 0 && neighbour < blocks.Count ? blocks[neighbour].Passage.Original.Trim() : "";
        }
        if (own.Length == 0)
            return;
        foreach (var unit in assignment.Units)
            _dutyList.Add(new Duty(unit.Name, unit.Label, own, Evidence(section, own)));
    }

    private void AddMeasure(Passage passage, Span sentence, Block block, int index, List<(int Block, Assignment Assignment)> assignments,
        bool before, Acting? actor, bool hasTargets, int? ownDeadline, int? governingDeadline, OwnerPick headingOwners, Evidence evidence)
    {
        var text = evidence.Sentence;
        if (text.Length < 6 || InsideNaming(assignments, index, sentence))
            return;
        var owners = OwnersAt(index, sentence.Start, assignments, before)
                     ?? (actor is not null ? OwnerPick.Of(actor.Names) : null)
                     ?? (block.Head is { } h ? OwnerPick.Of([h.Name]) : null)
                     ?? headingOwners;
        _measureList.Add(new Measure
        {
            Text = text,
            Kind = KindOf(passage.Folded[sentence.Start..sentence.End], block.Head is not null, hasTargets),
            Owners = owners.Owners,
            CoOwners = owners.CoOwners,
            // as a target's: the sentence's own year, then its naming's (时间：2025年底前), then what governs it
            Deadline = ownDeadline ?? owners.Deadline ?? governingDeadline,
            Evidence = evidence,
        });
    }

    /// <summary>Whether the sentence lies inside a naming of its paragraph.</summary>
    private static bool InsideNaming(List<(int Block, Assignment Assignment)> assignments, int index, Span sentence)
    {
        foreach (var (b, a) in assignments)
            if (b == index && a.Start <= sentence.Start && sentence.End <= a.End)
                return true;
        return false;
    }

    internal MeasureKind KindOf(string folded, bool inDutyParagraph, bool hasTargets)
    {
        // the first rule (in file order) with a word in the text
        if (_extractor.KindWords.FirstIndex(folded) is >= 0 and var rule)
            return _rules.Patterns.MeasureKinds[rule].Kind;
        return inDutyParagraph ? MeasureKind.Duty : hasTargets ? MeasureKind.Goal : MeasureKind.Task;
    }

    internal Evidence Evidence(Section section, string sentence) => new(_document.Id, section.Path, sentence);

    /// <summary>Deadline phrases that may govern (到2025年, “十四五”期间) in a span, not in the past.</summary>
    internal IEnumerable<YearMention> GoverningDeadlines(Passage passage, Span span, bool includePast = false)
    {
        var baselines = _reader.Years.Baselines(passage.Masked, span);
        return _reader.Years.Deadlines(YearFinder.Blank(passage.Masked, baselines), span)
            .Where(m => m.Governs && (includePast || m.Year >= PresentYear));
    }

    private static Span FirstClause(Passage passage, Span sentence) => Splitter.FirstClause(passage.Masked, sentence);

    /// <summary>A paragraph that only announces what follows (到2030年，主要目标如下：) and its year.</summary>
    private int? LeadDeadline(Passage passage)
    {
        var text = passage.Folded.TrimEnd();
        if (text.Length == 0 || text[^1] is not ('：' or ':'))
            return null;
        return GoverningDeadlines(passage, new Span(0, passage.Length)).FirstOrDefault()?.Year;
    }

    /// <summary>A heading without its marker: （三）市交通运输局 → 市交通运输局.</summary>
    internal static string HeadingBody(string heading) =>
        HeadingMarker().Match(heading) is { Success: true } marker ? heading[marker.Length..].Trim() : heading.Trim();

    [GeneratedRegex(@"^\s*(第[一二三四五六七八九十百]+[章节条部分]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\d+[.．、]|[（(]\d+[）)]|[①-⑳]|——)\s*")]
    private static partial Regex HeadingMarker();

    private static int PresentYearOf(DocumentMeta meta)
    {
        if (meta.Date is { Length: >= 4 } date && int.TryParse(date[..4], out var year))
            return year;
        if (meta.Period is { Length: >= 4 } period && int.TryParse(period[..4], out var start))
            return start;
        return DefaultPresentYear;
    }

    /// <summary>A note in the text (以上各项任务的责任单位中，排名第一的为牵头单位) speaks for the plan's tasks; a
    /// note in a section that holds tables (注：责任单位中排在第一位的为牵头单位 under a task table) and one in
    /// a table's header speak for those tables only (see <see cref="TableReader"/>), unless it says 下同
    /// ("the same below": 责任部门栏中列首位的为牵头部门，下同), which makes it the plan's rule.</summary>
    private bool DeclaresFirstLeads(Document document)
    {
        foreach (var s in document.AllSections())
            if (s.Tables.Count == 0
                    ? NotesFirstLeads(s.Paragraphs) || NoteFirstLeads(s.Heading, sameBelow: false)
                    : NotesFirstLeads(s.Paragraphs, sameBelow: true))
                return true;
        return false;
    }

    // 下同 closing the note (…为牵头部门，下同）) within a few characters of it
    private const string SameBelow = "下同";
    private const int SameBelowReach = 6;

    /// <summary>Whether one of <paramref name="texts"/> says the first listed 责任单位 leads; with
    /// <paramref name="sameBelow"/>, only a note that goes on with 下同.</summary>
    internal bool NotesFirstLeads(IEnumerable<string> texts, bool sameBelow = false)
    {
        foreach (var text in texts)
            if (NoteFirstLeads(text, sameBelow))
                return true;
        return false;
    }

    private bool NoteFirstLeads(string text, bool sameBelow)
    {
        // A note on who leads names 牵头 (or its Traditional form 牽頭): only such text needs the regexes.
        if (!text.Contains("牵头", StringComparison.Ordinal) && !text.Contains("牽頭", StringComparison.Ordinal))
            return false;
        var t = TextFold.ForMatch(text);
        foreach (var r in _rules.Owners.LeadFirstNotes)
            if (r.Match(t) is { Success: true } note
                && (!sameBelow || t.IndexOf(SameBelow, note.Index + note.Length, Math.Min(SameBelowReach + SameBelow.Length, t.Length - note.Index - note.Length), StringComparison.Ordinal) >= 0))
                return true;
        return false;
    }
}
