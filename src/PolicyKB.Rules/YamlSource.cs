using PolicyKB.Core;
using PolicyKB.Rules.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PolicyKB.Rules;

/// <summary>The steps every rule file shares: read it, parse it with YamlStream (nodes keep their lines),
/// and fail once with every problem found, naming the file and the first line.</summary>
public static class YamlSource
{
    /// <summary>The file's text; an unreadable file is a KbException naming it.</summary>
    public static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KbException($"无法读取规则文件：{e.Message}", path, null, e);
        }
    }

    /// <summary>The root node of the first document, or null for an empty file; a syntax error is a
    /// KbException with its line.</summary>
    public static YamlNode? Root(string yaml, string file)
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
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }

    /// <summary>1-based line of a node, as YamlDotNet counts.</summary>
    public static int Line(YamlNode node) => (int)node.Start.Line;

    /// <summary>Throws one KbException listing every error (第N行：…), at the first error's line.</summary>
    public static void ThrowIfAny(List<(int Line, string Message)> errors, string file)
    {
        if (errors.Count == 0)
            return;
        errors.Sort((a, b) => a.Line.CompareTo(b.Line));
        throw new KbException(string.Join("；", errors.Select(e => $"第{e.Line}行：{e.Message}")), file, errors[0].Line);
    }
}
