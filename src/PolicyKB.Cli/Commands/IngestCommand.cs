using System.CommandLine;

namespace PolicyKB.Cli.Commands;

/// <summary>kb ingest PATH... [--corpus DIR]</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "方案文件或目录（目录中的 .txt .md .html .docx 逐一导入）",
        };
        var corpus = new Option<string?>("--corpus") { Description = "同时把规范化 Markdown 写入该目录" };
        var command = new Command("ingest",
            "把方案加入知识库（不存在则新建）；同一文号或同一标题与地区的方案视为修订版并替换旧版。" +
            "先读取并检查全部文件，任何一个出错都不写入。")
        {
            paths, corpus,
        };
        command.SetAction(parse => KbApp.Guard(parse, context =>
        {
            using var kb = context.OpenKnowledgeBase();
            var report = kb.Ingest(parse.GetValue(paths) ?? [], parse.GetValue(corpus), context.Error.WriteLine);
            foreach (var plan in report.Documents)
                context.Out.WriteLine(Messages.Ingested(plan));
            context.Out.WriteLine(Messages.Indexed(report));
            return 0;
        }));
        return command;
    }
}
