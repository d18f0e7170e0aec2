return PaperLint.Cli.App.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory);
