using McMaster.Extensions.CommandLineUtils;

namespace PaperLint.Cli.Commands;

/// <summary><c>paperlint init</c>: writes a commented starter <c>.paperlint.yml</c> in the working folder.</summary>
public static class InitCommand
{
    /// <summary>Every setting at its default, commented out, with what it does: a user uncomments what they want.</summary>
    public static readonly string Starter = string.Join('\n',
        "# PaperLint configuration (see the README's 'Configuration' section).",
        "# Files above this folder apply too, the nearest winning, until one says root: true.",
        "root: true",
        "",
        "# The shipped families that run (default: all of them).",
        "# packs: [Attribution, Consistency, Footnotes, Names, Typos]",
        "",
        "# A level for a rule or a whole family: error, warning, suggestion or off ('paperlint rules' lists them).",
        "# rules:",
        "#   Typos: warning",
        "#   Typos.LeadBy: error",
        "",
        "# The language of documents that do not say (en, de, fr, es, it, pt, nl).",
        "# language: en",
        "",
        "# Words and phrases never reported.",
        "# accept:",
        "#   - Allan Woods",
        "",
        "# Files never linted, as in .gitignore.",
        "# ignore:",
        "#   - drafts/",
        "",
        "# The house style that wins when a paper mixes forms: a name, a spelling side, quotation marks, a date.",
        "# consistency:",
        "#   prefer: [Žižek, British, curly, '6 November 1918']",
        "",
        "# How the paper cites and which headings open its references list.",
        "# attribution:",
        "#   style: auto            # auto, author-date or notes",
        "#   bibliography: refs.bib # pandoc citation keys are checked against this",
        "",
        "# Hand-numbered notes that start again at 1 in each chapter.",
        "# footnotes:",
        "#   restart: never         # never, chapter or section",
        "",
        "# Report nothing below this level.",
        "# minLevel: suggestion",
        "");

    public static void Configure(CommandLineApplication command, CliContext context)
    {
        command.Description = "Write a commented starter .paperlint.yml in the current folder.";
        var force = command.Option("--force", "Replace a .paperlint.yml that is already there.", CommandOptionType.NoValue);
        command.OnExecute(() =>
        {
            App.RejectUnexpected(command);
            string path = Path.Combine(context.WorkingDirectory, ".paperlint.yml");
            if (File.Exists(Path.Combine(context.WorkingDirectory, ".paperlint.yaml")))
            {
                throw new UsageException(".paperlint.yaml is already here; edit it, or remove it and run paperlint init again");
            }

            if (File.Exists(path) && !force.HasValue())
            {
                throw new UsageException(".paperlint.yml is already here; give --force to replace it");
            }

            AtomicFile.Write(path, writer => writer.Write(Starter));
            context.Out.WriteLine("Wrote .paperlint.yml: every setting is commented out at its default; uncomment what you want.");
            return ExitCodes.Clean;
        });
    }
}
