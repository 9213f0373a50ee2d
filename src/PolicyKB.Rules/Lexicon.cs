using System.Security.Cryptography;
using System.Text;
using PolicyKB.Core;
using PolicyKB.Rules.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PolicyKB.Rules;

/// <summary>The domain lexicon of rules/lexicon.yaml: terms the search segmenter keeps whole
/// (碳达峰, 能耗双控, 发展改革委 …) and the stopwords a long question may drop.</summary>
public sealed class Lexicon
{
    private const int MaxTermLength = 32;
    private static readonly string[] TopKeys = ["terms", "stopwords"];

    private readonly HashSet<string> _terms;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _termSpans;

    private Lexicon(IEnumerable<string> terms, IEnumerable<string> stopwords)
    {
        _terms = new HashSet<string>(terms, StringComparer.Ordinal);
        _termSpans = _terms.GetAlternateLookup<ReadOnlySpan<char>>();
        Terms = _terms.Order(StringComparer.Ordinal).ToList();
        Stopwords = new HashSet<string>(stopwords, StringComparer.Ordinal);
        LongestTerm = _terms.Count == 0 ? 0 : _terms.Max(t => t.Length);
    }

    /// <summary>All terms, sorted ordinally.</summary>
    public IReadOnlyList<string> Terms { get; }

    public IReadOnlySet<string> Stopwords { get; }

    /// <summary>Length in chars of the longest term (0 for an empty lexicon).</summary>
    public int LongestTerm { get; }

    public static Lexicon Empty { get; } = new([], []);

    /// <summary>A lexicon from terms already known to be valid (tests; the copy stored in a database).</summary>
    public static Lexicon From(IEnumerable<string> terms, IEnumerable<string>? stopwords = null) =>
        new(terms.Where(t => t.Length > 0), stopwords ?? []);

    public bool Contains(ReadOnlySpan<char> term) => _termSpans.Contains(term);

    /// <summary>A short stable hash of the terms: a database records the lexicon it was segmented with.</summary>
    public string Fingerprint()
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', Terms)));
        return Convert.ToHexStringLower(bytes)[..16];
    }

    /// <summary>Reads and validates a lexicon file; every problem is reported at once with its line.</summary>
    public static Lexicon Load(string path)
    {
        string yaml;
        try
        {
            yaml = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KbException($"无法读取词表文件：{e.Message}", path, null, e);
        }
        return Parse(yaml, path);
    }

    /// <summary>Parses lexicon YAML; <paramref name="file"/> names it in errors.</summary>
    public static Lexicon Parse(string yaml, string file)
    {
        YamlStream stream;
        try
        {
            stream = YamlCache.Load(yaml);
        }
        catch (YamlException e)
        {
            throw new KbException($"YAML 格式错误：{e.Message}", file, (int)e.Start.Line, e);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new KbException("词表文件应为映射（terms: 与 stopwords:）", file, 1);

        var errors = new List<(int Line, string Message)>();
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var stopwords = new List<string>();
        foreach (var (keyNode, value) in root.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "terms":
                    ReadGroups(value, terms, errors);
                    break;
                case "stopwords":
                    stopwords.AddRange(ReadList(value, "stopwords", errors).Select(w => w.Text));
                    break;
                default:
                    errors.Add(((int)keyNode.Start.Line, $"未知的键“{key}”（可用：{string.Join("、", TopKeys)}）"));
                    break;
            }
        }
        if (errors.Count > 0)
        {
            errors.Sort((a, b) => a.Line.CompareTo(b.Line));
            throw new KbException(string.Join("；", errors.Select(e => $"第{e.Line}行：{e.Message}")), file, errors[0].Line);
        }
        return new Lexicon(terms.Keys, stopwords);
    }

    private static void ReadGroups(YamlNode node, Dictionary<string, int> terms, List<(int, string)> errors)
    {
        if (node is not YamlMappingNode groups)
        {
            errors.Add(((int)node.Start.Line, "terms 应为“分组名: [词, …]”的映射"));
            return;
        }
        foreach (var (groupNode, list) in groups.Children)
        {
            var group = (groupNode as YamlScalarNode)?.Value ?? "";
            foreach (var (term, line) in ReadList(list, group, errors))
            {
                if (Problem(term) is { } problem)
                    errors.Add((line, $"词“{term}”{problem}"));
                else if (!terms.TryAdd(term, line))
                    errors.Add((line, $"词“{term}”重复（首次在第{terms[term]}行）"));
            }
        }
    }

    private static IEnumerable<(string Text, int Line)> ReadList(YamlNode node, string name, List<(int, string)> errors)
    {
        if (node is not YamlSequenceNode list)
        {
            errors.Add(((int)node.Start.Line, $"{name} 应为列表"));
            yield break;
        }
        foreach (var item in list.Children)
        {
            if (item is YamlScalarNode { Value: { } text })
                yield return (text.Trim(), (int)item.Start.Line);
            else
                errors.Add(((int)item.Start.Line, $"{name} 的每一项应为文字"));
        }
    }

    // A term becomes one index token between spaces, so it may hold letters and digits only:
    // punctuation or a space would split it again inside SQLite's unicode61 tokenizer.
    private static string? Problem(string term)
    {
        if (term.Length < 2)
            return "太短（至少两个字）";
        if (term.Length > MaxTermLength)
            return $"太长（至多{MaxTermLength}个字）";
        if (!term.All(char.IsLetterOrDigit))
            return "只能含汉字、字母和数字（不含空格与标点）";
        if (TextFold.ForMatch(term) != term)
            return $"应写作简体、半角形式：“{TextFold.ForMatch(term)}”";
        return null;
    }
}
