using PaperLint.Cli;

using var console = ProcessConsole.Open();
return App.Run(args, console, Environment.CurrentDirectory, Environment.GetEnvironmentVariable);
