using System.Globalization;
using System.Text.RegularExpressions;
using PolicyKB.Core;
using PolicyKB.Extract.Owners;
using PolicyKB.Extract.Targets;
using PolicyKB.Extract.Text;
using PolicyKB.Rules;

namespace PolicyKB.Extract;

/// <summary>Reads a section's tables. A task table (| 序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限 |):
/// each row's task text is read like a paragraph, owned by the row's units, dated by its 完成时限.
/// An indicator table (| 指标 | 单位 | 2020年 | 2025年 |): each later year's cell is a target due that year.</summary>
internal sealed partial class TableReader(DocumentWalker walker)
{
    private readonly RuleSet _rules = walker.Rules;

    private sealed record Columns(Dictionary<int, TableColumnRole> Roles, Dictionary<int, int> Years);

    public void Read(Section section, Table table, DocumentWalker.SectionContext context)
    {
        var columns = Classify(table.Header);
        var firstLeads = walker.FirstLeads || walker.NotesFirstLeads(table.Header) || walker.NotesFirstLeads(section.Paragraphs);
        var notes = columns.Years.Count > 0 ? BaselineNotes(section) : [];
        var cumulative = columns.Years.Count > 0 ? CumulativeNote(section, columns) : null;
        foreach (var row in table.Rows)
        {
            var owners = RowOwners(table.Header, row, columns, firstLeads) ?? context.Owners;
            if (columns.Years.Count > 0)
                ReadIndicatorRow(section, table.Header, row, columns, owners, notes, cumulative, table.Rows);
            else
                ReadTaskRow(section, table.Header, row, columns, owners, context.Deadline);
        }
    }

    private Columns Classify(IReadOnlyList<string> header)
    {
        var roles = new Dictionary<int, TableColumnRole>();
        var years = new Dictionary<int, int>();
        for (var i = 0; i < header.Count; i++)
        {
            // the header without its remark: 责任单位（排名第一的为牵头单位） is a 责任单位 column
            var cell = Label(TextFold.ForMatch(header[i]));
            if (YearHeader().Match(cell) is { Success: true } year)
            {
                years[i] = int.Parse(year.Groups["year"].ValueSpan, CultureInfo.InvariantCulture);
                continue;
            }
            var rule = _rules.Owners.TableColumns.FirstOrDefault(r =>
                r.Exact.Contains(cell) || r.Words.Any(w => cell.Contains(w, StringComparison.Ordinal)));
            if (rule is not null)
                roles[i] = rule.Role;
        }
        return new Columns(roles, years);
    }

    private OwnerPick? RowOwners(IReadOnlyList<string> header, IReadOnlyList<string> row, Columns columns, bool firstLeads)
    {
        var units = new List<ListedUnit>();
        foreach (var (index, role) in columns.Roles)
        {
            var ownerRole = role switch
            {
                TableColumnRole.Lead => OwnerRole.Lead,
                TableColumnRole.Responsible => OwnerRole.Responsible,
                TableColumnRole.Cooperate => OwnerRole.Cooperate,
                _ => (OwnerRole?)null,
            };
            if (ownerRole is null || index >= row.Count)
                continue;
            units.AddRange(AssignmentFinder.Items(TextFold.ForMatch(row[index]))
                .Select(n => new ListedUnit(walker.Namer.Name(n), ownerRole.Value, Label(header[index]))));
        }
        if (units.Count == 0)
            return null;
        var (owners, co) = new Assignment(0, 0, units, Leading: false).Resolve(firstLeads);
        return new OwnerPick(owners, co);
    }

    private void ReadTaskRow(Section section, IReadOnlyList<string> header, IReadOnlyList<string> row, Columns columns,
        OwnerPick owners, int? sectionDeadline)
    {
        var deadline = columns.Roles.Where(c => c.Value == TableColumnRole.Deadline && c.Key < row.Count)
            .Select(c => CellYear(row[c.Key])).FirstOrDefault(y => y is not null) ?? sectionDeadline;
        var textColumns = columns.Roles.Where(c => c.Value is TableColumnRole.Task or TableColumnRole.Indicator).Select(c => c.Key).ToList();
        if (textColumns.Count == 0)
            textColumns = Enumerable.Range(0, row.Count).Where(i => !columns.Roles.ContainsKey(i) && !IsSerial(row[i])).ToList();
        var texts = textColumns.Where(i => i < row.Count && !string.IsNullOrWhiteSpace(row[i])).Select(i => row[i].Trim()).ToList();
        foreach (var text in texts)
        {
            var passage = new Passage(text);
            foreach (var sentence in Splitter.Sentences(passage.Masked))
            {
                var found = walker.Reader.Read(passage, sentence, walker.PresentYear);
                var evidence = walker.Evidence(section, sentence.Of(passage.Original).Trim());
                foreach (var target in found)
                    walker.Add(walker.MakeTarget(target, target.Deadline ?? deadline, owners, evidence));
                if (evidence.Sentence.Length >= 6)
                    walker.Add(new Measure
                    {
                        Text = evidence.Sentence,
                        Kind = walker.KindOf(sentence.Of(passage.Folded), inDutyParagraph: false, hasTargets: found.Count > 0),
                        Owners = owners.Owners,
                        CoOwners = owners.CoOwners,
                        Deadline = deadline,
                        Evidence = evidence,
                    });
            }
        }
        var task = string.Join("；", texts);
        if (task.Length > 0)
            foreach (var (index, role) in columns.Roles)
                if (role is TableColumnRole.Lead or TableColumnRole.Responsible or TableColumnRole.Cooperate && index < row.Count)
                    foreach (var name in AssignmentFinder.Items(TextFold.ForMatch(row[index])))
                        walker.Add(new Duty(walker.Namer.Name(name), Label(header[index]), task, walker.Evidence(section, task)));
    }

    /// <summary>A note beside a table (注：…能耗降低指标以2020年为基期): each of its sentences naming a baseline
    /// year, folded, with that year.</summary>
    private List<(string Sentence, int Year)> BaselineNotes(Section section)
    {
        var notes = new List<(string, int)>();
        foreach (var paragraph in section.Paragraphs.Where(p => p.TrimStart().StartsWith('注')))
        {
            var passage = new Passage(paragraph);
            foreach (var sentence in Splitter.Sentences(passage.Masked))
                if (walker.Reader.Years.Baselines(passage.Masked, sentence).FirstOrDefault() is { } baseline)
                    notes.Add((sentence.Of(passage.Folded), baseline.Year));
        }
        return notes;
    }

    private const string Cumulative = "累计";

    /// <summary>The period a note says bracketed cells add up over (注：[ ]内为“十四五”期间累计数; [ ]内为五年累计数:
    /// the five years up to the table's first target year), or null.</summary>
    private Period? CumulativeNote(Section section, Columns columns)
    {
        foreach (var paragraph in section.Paragraphs.Where(p => p.TrimStart().StartsWith('注')))
        {
            if (BracketNote().Match(TextFold.ForMatch(paragraph)) is not { Success: true } note)
                continue;
            if (note.Groups["period"].Success && _rules.Patterns.FindPeriod(note.Groups["period"].Value) is { } named)
                return named;
            var first = columns.Years.Values.Where(y => y >= walker.PresentYear).DefaultIfEmpty().Min();
            return _rules.Patterns.Periods.FirstOrDefault(p => p.End == first);
        }
        return null;
    }

    // [ ]内为“十四五”期间累计数, [ ]内为五年累计数
    [GeneratedRegex(@"\[\s*\][^；;。十]{0,16}?(?<period>十[一二三四五六七八九]五)?[^；;。\[]{0,8}?累计")]
    private static partial Regex BracketNote();

    /// <summary>The baseline a note gives a change row: the note naming the row's metric, else a note that
    /// names no metric at all (注：以2020年为基数) and so speaks for every row.</summary>
    private int? NotedBaseline(List<(string Sentence, int Year)> notes, string metric, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var core = Core(metric);
        if (core.Length >= 2 && notes.FirstOrDefault(n => n.Sentence.Contains(core, StringComparison.Ordinal)) is { Sentence: not null } named)
            return named.Year;
        return notes.Where(n => !rows.Any(r => r.Any(c => c.Any(char.IsLetter) && !c.Any(char.IsAsciiDigit) && Core(c) is { Length: >= 4 } other
                                                       && n.Sentence.Contains(other, StringComparison.Ordinal))))
            .Select(n => (int?)n.Year).FirstOrDefault();
    }

    /// <summary>A metric without its direction and counting words (单位地区生产总值能源消耗累计降低 → 单位地区生产总值能源消耗).</summary>
    private string Core(string metric)
    {
        var core = TextFold.ForMatch(metric);
        var words = _rules.Patterns.Directions.Where(d => d.Direction is Direction.Decrease or Direction.Increase && !d.TakesObject).Select(d => d.Word)
            .Concat(_rules.Patterns.Qualifiers.Where(q => q.Position == QualifierPosition.Hedge).Select(q => q.Word)).ToList();
        for (var cut = true; cut;)
        {
            cut = false;
            if (words.FirstOrDefault(w => core.Length > w.Length && core.EndsWith(w, StringComparison.Ordinal)) is { } word)
            {
                core = core[..^word.Length];
                cut = true;
            }
        }
        return core;
    }

    private void ReadIndicatorRow(Section section, IReadOnlyList<string> header, IReadOnlyList<string> row, Columns columns, OwnerPick owners,
        List<(string Sentence, int Year)> notes, Period? cumulative, IReadOnlyList<IReadOnlyList<string>> rows)
    {
        var nameColumn = columns.Roles.Where(c => c.Value is TableColumnRole.Indicator or TableColumnRole.Task).Select(c => (int?)c.Key).FirstOrDefault()
                         ?? Enumerable.Range(0, row.Count).Where(i => !columns.Roles.ContainsKey(i) && !columns.Years.ContainsKey(i) && !IsSerial(row[i]))
                             .Select(i => (int?)i).FirstOrDefault();
        if (nameColumn is not { } nc || nc >= row.Count)
            return;
        var written = row[nc].Trim();
        var unitMatch = UnitInName().Match(TextFold.ForMatch(written));
        var metric = Passage.Squeeze(unitMatch.Success ? written[..unitMatch.Index] + written[(unitMatch.Index + unitMatch.Length)..] : written);
        var unitColumn = columns.Roles.Where(c => c.Value == TableColumnRole.Unit).Select(c => (int?)c.Key).FirstOrDefault();
        var unit = unitColumn is { } uc && uc < row.Count && row[uc].Trim().Length > 0
            ? Passage.Squeeze(TextFold.ForMatch(row[uc]))
            : unitMatch.Success ? unitMatch.Groups["unit"].Value : null;
        if (metric.Length == 0 || unit is null)
            return;
        // 单位地区生产总值能源消耗较2020年下降: the cell names the year the change is measured from
        var named = new Passage(metric);
        var inCell = walker.Reader.Years.Baselines(named.Masked, new Span(0, named.Length)).FirstOrDefault();
        if (inCell is not null && inCell.Span.Start >= 2)
            metric = Passage.Squeeze(metric[..inCell.Span.Start]);
        // a decrease word names the direction, unless it names an amount (化学需氧量重点工程减排量: tonnes
        // of reductions, a level to reach)
        var folded = TextFold.ForMatch(named.Original);
        var decrease = _rules.Patterns.Directions.Any(d => d.Direction == Direction.Decrease
            && folded.Replace(d.Word + "量", "", StringComparison.Ordinal).Contains(d.Word, StringComparison.Ordinal));
        // the earliest year column is the base year when there are several (2020年 | 2025年 | 2030年)
        var baseYear = columns.Years.Count > 1 ? columns.Years.Values.Min() : (int?)null;
        // 新增城市绿地面积 | 公顷: an amount newly added (not a share of new buildings) grows from the base year
        var added = !decrease && _rules.Units.Find(unit)?.Canonical is not ("%" or "percentage point")
                    && _rules.Patterns.Directions.Any(d => TargetReader.AddsNew(d) && folded.StartsWith(d.Word, StringComparison.Ordinal));
        // a change is measured from the year the cell or a note names; an amount added, else from the table's
        // base year column (新增城市绿地面积 | — | 200: added since 2020)
        var baseline = decrease || added ? inCell?.Year ?? NotedBaseline(notes, named.Original, rows) ?? (added ? baseYear : null) : null;
        var evidenceText = string.Join(" | ", row.Select(c => c.Trim()));
        foreach (var (index, year) in columns.Years)
        {
            if (index >= row.Count || year == baseYear || year < walker.PresentYear)
                continue;
            var cell = TextFold.ForMatch(row[index]);
            if (CellNumber().Match(cell) is not { Success: true } number
                || !decimal.TryParse(number.Groups["value"].ValueSpan, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                continue;
            var qualifier = _rules.Patterns.Qualifiers.FirstOrDefault(q => q.Position != QualifierPosition.Hedge && cell.Contains(q.Word, StringComparison.Ordinal));
            var rule = _rules.Units.Find(unit);
            var comparator = qualifier?.Comparator ?? Comparator.Equal;
            // ≤25, 不高于25: a level with a ceiling is a cap
            var direction = decrease ? Direction.Decrease : added ? Direction.Increase : comparator == Comparator.AtMost ? Direction.Cap : Direction.Reach;
            // [14] where a note says [ ]内为“十四五”累计数: a total over the period, from the year before it
            var qualifierWord = qualifier?.Word;
            var based = baseline;
            if (cumulative is not null && cell.TrimStart().StartsWith('['))
            {
                qualifierWord ??= Cumulative;
                if (decrease || added)
                    based ??= cumulative.Start - 1;
            }
            var found = new FoundTarget(new Span(0, 0), metric, value, unit, rule, direction,
                qualifierWord, comparator, based, year);
            walker.Add(walker.MakeTarget(found, year, owners, walker.Evidence(section, evidenceText)));
        }
    }

    private int? CellYear(string cell)
    {
        var passage = new Passage(cell);
        return walker.Reader.Years.Deadlines(passage.Masked, new Span(0, passage.Length)).FirstOrDefault()?.Year;
    }

    private static string Label(string header) => Passage.Squeeze(header).Split('（', '(')[0];

    private static bool IsSerial(string cell) => SerialCell().IsMatch(cell.Trim());

    [GeneratedRegex(@"^(?<year>(19|20)\d{2})\s*年?")]
    private static partial Regex YearHeader();

    [GeneratedRegex(@"[（(](?<unit>[^（()）]{1,12})[）)]\s*$")]
    private static partial Regex UnitInName();

    [GeneratedRegex(@"(?<value>\d+(\.\d+)?)")]
    private static partial Regex CellNumber();

    [GeneratedRegex(@"^(\d+|[一二三四五六七八九十]+)[.、．]?$")]
    private static partial Regex SerialCell();
}
