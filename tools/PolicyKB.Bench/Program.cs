using BenchmarkDotNet.Running;
using PolicyKB.Bench;

// dotnet run -c Release --project tools/PolicyKB.Bench -- ask [--warm N] [--cold N] [--db PATH]
// dotnet run -c Release --project tools/PolicyKB.Bench -- bdn [BenchmarkDotNet arguments, e.g. --filter *Ask*]
return args.FirstOrDefault() switch
{
    "ask" => AskTimings.Run(args[1..], Console.Out),
    "bdn" => RunBenchmarkDotNet(args[1..]),
    _ => Usage(),
};

static int RunBenchmarkDotNet(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(AskBenchmarks).Assembly).Run(args);
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: PolicyKB.Bench ask [--warm N] [--cold N] [--db PATH] | bdn [BenchmarkDotNet args]");
    return 1;
}
