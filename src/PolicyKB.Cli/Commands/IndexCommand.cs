using System.CommandLine;

namespace PolicyKB.Cli.Commands;

/// <summary>kb index [--corpus DIR]</summary>
internal static class IndexCommand
{
    public static Command Create()
    {
        var corpus = new Option<string?>("--corpus") { Description = "规范化方案（*.md）所在目录；默认为随程序发布的 corpus/" };
        var command = new Command("index", "用语料目录重建知识库：新库建在临时文件中，完成后才替换旧库，进度输出到 stderr。") { corpus };
        command.SetAction(parse => KbApp.Guard(parse, context =>
        {
            using var kb = context.OpenKnowledgeBase();
            var report = kb.Index(parse.GetValue(corpus) ?? KbContext.BundledCorpus, context.Error.WriteLine);
            context.Out.WriteLine(Messages.Indexed(report));
            return 0;
        }));
        return command;
    }
}
