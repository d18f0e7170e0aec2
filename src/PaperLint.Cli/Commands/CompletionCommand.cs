using McMaster.Extensions.CommandLineUtils;

namespace PaperLint.Cli.Commands;

/// <summary>
/// <c>paperlint completion SHELL</c>: prints a completion script for bash, zsh, fish or PowerShell. The commands and
/// options come from the command line's own definition, so the script never falls behind it.
/// </summary>
public static class CompletionCommand
{
    public static readonly string[] Shells = ["bash", "zsh", "fish", "powershell"];

    public static void Configure(CommandLineApplication command, CommandLineApplication root, CliContext context)
    {
        command.Description = "Print a shell completion script: bash, zsh, fish or powershell (see the README for where to put it).";
        var shell = command.Argument("SHELL", "bash, zsh, fish or powershell");
        command.OnExecute(() =>
        {
            App.RejectUnexpected(command);
            string? name = shell.Value?.ToLowerInvariant();
            if (name is null || !Shells.Contains(name))
            {
                throw new UsageException($"usage: paperlint completion {string.Join("|", Shells)}");
            }

            var commands = root.Commands.Select(c => c.Name!).Order(StringComparer.Ordinal).ToList();
            var options = root.GetOptions().Concat(root.Commands.SelectMany(c => c.GetOptions()))
                .SelectMany(o => new[] { o.LongName is null ? null : "--" + o.LongName, o.ShortName is null ? null : "-" + o.ShortName })
                .OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            context.Out.Write(name switch
            {
                "bash" => Bash(commands, options),
                "zsh" => Zsh(commands, options),
                "fish" => Fish(commands, options),
                _ => PowerShell(commands, options),
            });
            return ExitCodes.Clean;
        });
    }

    private static string Bash(List<string> commands, List<string> options) => $$"""
        # paperlint completion for bash: source it, or save it as ~/.local/share/bash-completion/completions/paperlint
        _paperlint() {
          local cur=${COMP_WORDS[COMP_CWORD]}
          if [[ $cur == -* ]]; then
            COMPREPLY=($(compgen -W "{{string.Join(' ', options)}}" -- "$cur"))
          elif [[ $COMP_CWORD -eq 1 ]]; then
            COMPREPLY=($(compgen -W "{{string.Join(' ', commands)}}" -- "$cur") $(compgen -f -- "$cur"))
          else
            COMPREPLY=($(compgen -f -- "$cur"))
          fi
        }
        complete -o filenames -F _paperlint paperlint

        """;

    private static string Zsh(List<string> commands, List<string> options) => $$"""
        #compdef paperlint
        # paperlint completion for zsh: save it as _paperlint in a folder of your $fpath
        _paperlint() {
          if [[ $words[CURRENT] == -* ]]; then
            compadd -- {{string.Join(' ', options)}}
          elif (( CURRENT == 2 )); then
            compadd -- {{string.Join(' ', commands)}}
            _files
          else
            _files
          fi
        }
        compdef _paperlint paperlint

        """;

    private static string Fish(List<string> commands, List<string> options) =>
        "# paperlint completion for fish: save it as ~/.config/fish/completions/paperlint.fish\n"
        + $"complete -c paperlint -n __fish_use_subcommand -a '{string.Join(' ', commands)}'\n"
        + string.Concat(options.Select(o => o.StartsWith("--", StringComparison.Ordinal)
            ? $"complete -c paperlint -l {o[2..]}\n"
            : $"complete -c paperlint -s {o[1..]}\n"));

    private static string PowerShell(List<string> commands, List<string> options) => $$"""
        # paperlint completion for PowerShell: add it to your $PROFILE
        Register-ArgumentCompleter -Native -CommandName paperlint -ScriptBlock {
            param($wordToComplete, $commandAst, $cursorPosition)
            $words = @({{string.Join(", ", commands.Concat(options).Select(w => $"'{w}'"))}})
            $words | Where-Object { $_ -like "$wordToComplete*" } | ForEach-Object {
                [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
            }
        }

        """;
}
