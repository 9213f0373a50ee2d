using System.Diagnostics;
using System.Text;
using System.Text.Json;
using PolicyKB.Cli.Commands;
using Xunit;

namespace PolicyKB.Cli.Tests;

/// <summary>One knowledge base, built by the first `kb ask` (first use, with extraction), for every ask test.</summary>
public sealed class AskedKb : IDisposable
{
    public AskedKb()
    {
        FirstRun = Kb.Run("ask", "柳州市全市节能工作由哪个部门牵头？", "--json");
    }

    public Kb Kb { get; } = new();

    public CliResult FirstRun { get; }

    public void Dispose() => Kb.Dispose();
}

public sealed class AskCommandTests(AskedKb asked) : IClassFixture<AskedKb>
{
    private readonly Kb _kb = asked.Kb;

    [Fact]
    public void Json_holds_the_answer_alone_with_intent_entities_and_evidence()
    {
        var result = asked.FirstRun;

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("首次使用", result.Stderr);
        var json = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.Equal("柳州市发展和改革委员会", json.GetProperty("answer").GetString());
        Assert.Equal("owner", json.GetProperty("intent").GetString());
        Assert.True(json.GetProperty("found").GetBoolean());
        Assert.Equal("柳州市", json.GetProperty("entities").GetProperty("regions")[0].GetString());
        var evidence = json.GetProperty("evidence")[0];
        Assert.Equal("000_b9235fa2a03b53ca", evidence.GetProperty("document").GetString());
        Assert.Equal("柳州市降碳目标工作实施方案（2023-2025年）", evidence.GetProperty("title").GetString());
        Assert.Contains("严格落实有关部门责任", evidence.GetProperty("section").GetString());
        Assert.Contains("全市节能工作牵头单位", evidence.GetProperty("text").GetString());
    }

    // kb ask reads the rule files while it opens the database: a bad rule file is still the error
    // reported, whether the database is there or not (and none is built).
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Bad_rule_file_is_reported_with_file_and_line(bool databaseExists)
    {
        var rules = Directory.CreateDirectory(Path.Combine(_kb.Folder, $"rules-{databaseExists}", "rules")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "rules"), "*.yaml"))
            File.Copy(file, Path.Combine(rules, Path.GetFileName(file)), overwrite: true);
        File.Copy(Path.Combine(RepoPaths.Root, "tests", "PolicyKB.Tests", "Rules", "Bad", "units.misspelt-key.yaml"),
            Path.Combine(rules, "units.yaml"), overwrite: true);
        var db = databaseExists ? _kb.DbPath : Path.Combine(rules, "missing.db");

        var result = Kb.RunRaw("ask", "柳州市全市节能工作由哪个部门牵头？", "--rules", rules, "--db", db);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("\nkb: rules/", "\n" + result.Stderr);
        Assert.Contains("rules/units.yaml:5: 未知的键“unti”", result.Stderr);
        Assert.Equal("", result.Stdout);
        Assert.Equal(databaseExists, File.Exists(db));
    }

    [Fact]
    public void Text_output_puts_the_answer_first_then_the_sources()
    {
        var result = _kb.Run("ask", "广西到2025年森林覆盖率要达到多少？");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n');
        Assert.Equal("62.6%", lines[0].TrimEnd());
        Assert.Contains("依据：", result.Stdout);
        Assert.Contains("“森林覆盖率达到 62.6%", result.Stdout);
    }

    [Fact]
    public void Question_in_several_words_is_one_question() =>
        Assert.Equal("85%", _kb.Run("ask", "柳州", "农膜回收率目标是多少？").Stdout.Split('\n')[0].TrimEnd());

    [Fact]
    public void Not_found_exits_3_with_the_closest_passages()
    {
        var result = _kb.Run("ask", "柳州市的氢燃料电池汽车推广目标是多少？", "--json");

        Assert.Equal(AskCommand.NotFoundExit, result.ExitCode);
        var json = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.False(json.GetProperty("found").GetBoolean());
        Assert.StartsWith("知识库中没有找到", json.GetProperty("answer").GetString());
    }

    [Fact]
    public void Missing_region_exits_3_and_names_the_stored_regions()
    {
        var result = _kb.Run("ask", "北京市森林覆盖率目标是多少？");

        Assert.Equal(AskCommand.NotFoundExit, result.ExitCode);
        Assert.StartsWith("知识库中没有关于北京市的方案；现有地区：", result.Stdout);
    }

    [Fact]
    public void Session_answers_each_line_keeps_history_and_ends_at_end_of_input()
    {
        var output = new StringWriter();
        var asked = new List<string>();
        var input = new TextLineReader(new StringReader("广西森林覆盖率是多少？\n\n:history\n柳州农膜回收率是多少？\n"));

        var session = new AskSession(input, output, interactive: false, q => { asked.Add(q); return true; });
        session.Run();

        Assert.Equal(["广西森林覆盖率是多少？", "柳州农膜回收率是多少？"], asked);
        Assert.Equal(asked, session.History);
        Assert.Contains("  1  广西森林覆盖率是多少？", output.ToString());
    }

    [Fact]
    public void Session_stops_at_quit()
    {
        var asked = new List<string>();
        var input = new TextLineReader(new StringReader("第一问\n:q\n第二问\n"));

        new AskSession(input, TextWriter.Null, interactive: false, q => { asked.Add(q); return true; }).Run();

        Assert.Equal(["第一问"], asked);
    }

    [Fact]
    public void Interactive_session_shows_banner_and_prompt()
    {
        var output = new StringWriter();
        var prompts = new List<string>();

        new AskSession(new ScriptedReader(prompts, "问题"), output, interactive: true, _ => true).Run();

        Assert.Contains("Ctrl-D", output.ToString());
        Assert.All(prompts, p => Assert.Equal("问> ", p));
        Assert.Equal(2, prompts.Count);   // one for the question, one that reads the end of input
    }

    [Fact]
    public void Kb_ask_without_a_question_reads_questions_from_redirected_input()
    {
        var kbDll = Path.Combine(AppContext.BaseDirectory, "kb.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8, StandardInputEncoding = new UTF8Encoding(false),
        };
        foreach (var arg in new[] { kbDll, "--db", _kb.DbPath, "ask" })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        process.StandardInput.WriteLine("广安市到2025年森林覆盖率要达到多少？");
        process.StandardInput.WriteLine("柳州市统计局承担什么职责？");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();

        Assert.Equal(0, process.ExitCode);
        Assert.StartsWith("32%左右", stdout);
        Assert.Contains("预警", stdout);
        Assert.DoesNotContain("问> ", stdout);
    }

    private sealed class ScriptedReader(List<string> prompts, params string[] lines) : ILineReader
    {
        private int _next;

        public string? ReadLine(string prompt, IReadOnlyList<string> history)
        {
            prompts.Add(prompt);
            return _next < lines.Length ? lines[_next++] : null;
        }
    }
}

public sealed class ConsoleLineEditorTests
{
    [Theory]
    [InlineData("abc", 3)]
    [InlineData("柳州", 4)]
    [InlineData("问> 柳州？", 10)]
    public void Chinese_characters_take_two_columns(string text, int width) =>
        Assert.Equal(width, ConsoleLineEditor.Width(text));
}
