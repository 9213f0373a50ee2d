using PolicyKB.Cli;

return KbApp.Run(args, Console.Out, Console.Error);
