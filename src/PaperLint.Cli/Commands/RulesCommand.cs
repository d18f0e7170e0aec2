using McMaster.Extensions.CommandLineUtils;
using PaperLint.Core.Linting;
using PaperLint.Core.Rules;

namespace PaperLint.Cli.Commands;

/// <summary><c>paperlint rules</c>: every rule known to this run, with its level in force and what it checks.</summary>
public static class RulesCommand
{
    public static void Configure(CommandLineApplication command, CheckOptions options, CliContext context)
    {
        command.Description = "List every rule: id, level in force (or off), and what it checks.";
        command.OnExecute(() =>
        {
            App.RejectUnexpected(command);
            var config = options.ConfigFor(context.WorkingDirectory, context);
            var catalog = RuleSet.Catalog(config, options.RulePaths(context));
            int width = catalog.Count == 0 ? 0 : catalog.Max(c => c.Rule.Id.Length);
            foreach (var (rule, level) in catalog)
            {
                string shown = level?.ToName() ?? "off";
                context.Out.WriteLine($"{rule.Id.PadRight(width)}  {shown,-10}  {rule.Description}");
            }

            context.Out.WriteLine();
            context.Out.WriteLine($"{catalog.Count} rules, {catalog.Count(c => c.Level is not null)} on.");
            return ExitCodes.Clean;
        });
    }
}
