using McMaster.Extensions.CommandLineUtils;

return PaperLint.Cli.App.Run(args, PhysicalConsole.Singleton, Environment.CurrentDirectory, Environment.GetEnvironmentVariable);
