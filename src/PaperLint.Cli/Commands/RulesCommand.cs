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
            // A .vale.ini's [glob] sections apply to files; the list shows what its global settings turn on.
            var config = options.ConfigFor(context.WorkingDirectory, context).ForFile(context.WorkingDirectory);
            string format = options.Format;
            var catalog = RuleSet.Catalog(config, options.RulePaths(context), out var warnings);
            foreach (string warning in warnings.Distinct(StringComparer.Ordinal))
            {
                context.Error.WriteLine("warning: " + warning);
            }

            if (format == "json")
            {
                WriteJson(context.Out, catalog);
                return ExitCodes.Clean;
            }

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

    /// <summary><c>[{"id": …, "level": "error"|…|"off", "description": …}, …]</c>, in the order of the text list.</summary>
    private static void WriteJson(TextWriter output, IReadOnlyList<(IRule Rule, Severity? Level)> catalog)
    {
        using var buffer = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var (rule, level) in catalog)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("level", level?.ToName() ?? "off");
                json.WriteString("defaultLevel", rule.DefaultSeverity.ToName());
                json.WriteString("description", rule.Description);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
