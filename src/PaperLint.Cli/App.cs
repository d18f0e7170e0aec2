using System.Reflection;
using McMaster.Extensions.CommandLineUtils;
using PaperLint.Cli.Commands;
using PaperLint.Core.Readers;

namespace PaperLint.Cli;

/// <summary>Builds the command line and runs it; every way a run can fail on bad input ends here as one line and exit code 2.</summary>
public static class App
{
    public static int Run(string[] args, IConsole console, string workingDirectory, Func<string, string?> environment)
    {
        string[] given = args;
        // Everything after "--" is a path, even one that begins with '-'.
        int separator = Array.IndexOf(args, "--");
        var context = new CliContext(console, workingDirectory, environment) { SeparatedPaths = separator < 0 ? [] : args[(separator + 1)..] };
        if (separator >= 0)
        {
            args = args[..separator];
        }

        // Unexpected arguments are collected and refused in one line by each command, rather than by the
        // library, which would print a second hint line on standard output.
        using var app = new CommandLineApplication(console, workingDirectory, throwOnUnexpectedArg: false)
        {
            Name = "paperlint",
            FullName = "PaperLint",
            Description = "Lints papers (.docx, .md, .txt): footnotes, quotations and citations, real-word typos, names and consistency.",
            ExtendedHelpText = Environment.NewLine
                + "Exit codes: 0 no error-level finding, 1 at least one error-level finding, 2 usage, configuration or input error."
                + Environment.NewLine
                + "Configuration: .paperlint.yml in the document's folder or above (see the README).",
        };
        app.HelpOption("-h|--help", inherited: true);
        var version = app.Option("--version", "Show the version.", CommandOptionType.NoValue);

        // Each command registers the options it uses, so that its --help lists nothing that does nothing there.
        CheckCommand.Configure(app, new CheckOptions(app), context, () => version.HasValue());
        app.Command("check", command =>
        {
            command.Description = "Lint documents (the default command).";
            CheckCommand.Configure(command, new CheckOptions(command), context, () => false);
        }, throwOnUnexpectedArg: false);
        app.Command("rules", command => RulesCommand.Configure(command, new CheckOptions(command, catalogOnly: true), context), throwOnUnexpectedArg: false);
        app.Command("dump", command => DumpCommand.Configure(command, context), throwOnUnexpectedArg: false);
        app.Command("baseline", command => BaselineCommand.Configure(command, context), throwOnUnexpectedArg: false);
        app.Command("hook", command => HookCommand.Configure(command, context), throwOnUnexpectedArg: false);
        app.Command("init", command => InitCommand.Configure(command, context), throwOnUnexpectedArg: false);
        app.Command("fix", command => FixCommand.Configure(command, context), throwOnUnexpectedArg: false);
        app.Command("annotate", command => AnnotateCommand.Configure(command, context), throwOnUnexpectedArg: false);
        app.Command("lsp", command => LspCommand.Configure(command, context), throwOnUnexpectedArg: false);
        app.Command("completion", command => CompletionCommand.Configure(command, app, context), throwOnUnexpectedArg: false);

        try
        {
            return app.Execute(CommandsFirst(app, args));
        }
        catch (HandOver.Requested handOver)
        {
            return HandOver.Run(given, handOver, console);
        }
        catch (CommandParsingException e)
        {
            console.Error.WriteLine($"paperlint: {e.Message} (see paperlint --help)");
            return ExitCodes.BadInput;
        }
        catch (UsageException e)
        {
            console.Error.WriteLine($"paperlint: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (InputException e)
        {
            console.Error.WriteLine(e.Message);
            return ExitCodes.BadInput;
        }
    }

    /// <summary>
    /// Moves the command words before the options given ahead of them: <c>paperlint --plugin X rules</c> is read as
    /// <c>paperlint rules --plugin X</c>, since each command owns its options. Reading stops at the first word that is
    /// no command (a path), and an option's value is never taken for a command.
    /// </summary>
    private static string[] CommandsFirst(CommandLineApplication app, string[] args)
    {
        var valued = new HashSet<string>(StringComparer.Ordinal);
        void Collect(CommandLineApplication command)
        {
            foreach (var option in command.GetOptions().Where(o => o.OptionType != CommandOptionType.NoValue))
            {
                if (option.LongName is { } longName)
                {
                    valued.Add("--" + longName);
                }

                if (option.ShortName is { } shortName)
                {
                    valued.Add("-" + shortName);
                }
            }

            foreach (var sub in command.Commands)
            {
                Collect(sub);
            }
        }

        Collect(app);
        var commands = new List<string>();
        var rest = new List<string>();
        var current = app;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (!arg.StartsWith('-') || arg == "-")
            {
                var sub = current.Commands.FirstOrDefault(c => c.Name == arg);
                if (sub is null)
                {
                    rest.AddRange(args[i..]);
                    break;
                }

                commands.Add(arg);
                current = sub;
                continue;
            }

            rest.Add(arg);
            if (valued.Contains(arg) && i + 1 < args.Length)
            {
                rest.Add(args[++i]);
            }
        }

        return [.. commands, .. rest];
    }

    /// <summary>Refuses what the parser could not place: an unknown option, or an argument a command does not take.</summary>
    public static void RejectUnexpected(CommandLineApplication command)
    {
        if (command.RemainingArguments.Count > 0)
        {
            string first = command.RemainingArguments[0];
            throw new UsageException(first.StartsWith('-')
                ? $"unknown option '{first}' (see paperlint --help)"
                : $"unexpected argument '{first}' (see paperlint --help)");
        }
    }

    public static string Version =>
        typeof(App).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
