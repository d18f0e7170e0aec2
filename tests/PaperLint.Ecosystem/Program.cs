using System.Text;
using PaperLint.Ecosystem;

// dotnet run --project tests/PaperLint.Ecosystem -- [--corpus DIR] [--judgements FILE] [--worklist FILE] [--merge FILE] [--prune]
//   prints, per rule, how many findings on the real-world corpus are judged right, wrong, debatable and not yet
//   judged; --worklist writes the unjudged findings (with message and excerpt) for judging; --merge adds a
//   judged worklist to the judgements; --prune drops judgements of false alarms that are gone.
// Exit code 1 when a finding is unjudged or a finding judged right is lost.
string? corpus = null, judgementsPath = null, worklist = null, merge = null;
bool prune = false;
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--corpus": corpus = args[++i]; break;
        case "--judgements": judgementsPath = args[++i]; break;
        case "--worklist": worklist = args[++i]; break;
        case "--merge": merge = args[++i]; break;
        case "--prune": prune = true; break;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'");
            return 2;
    }
}

corpus ??= Locations.Corpus();
judgementsPath ??= Locations.Judgements();
if (corpus is null)
{
    Console.Error.WriteLine("no real-world corpus: pass --corpus DIR (shared/realworld beside the repository)");
    return 2;
}

var judgements = JudgementFile.Read(judgementsPath).ToList();
if (merge is not null)
{
    var added = JudgementFile.Read(merge);
    var keys = added.Select(j => j.Key).ToHashSet();
    judgements = [.. judgements.Where(j => !keys.Contains(j.Key)), .. added];
    JudgementFile.Write(judgementsPath, judgements);
    Console.WriteLine($"merged {added.Count} judgements into {judgementsPath}");
}

var check = EcosystemCheck.Compare(CorpusRun.Lint(corpus), judgements);
Console.Write(check.Table());

if (prune && check.Stale.Count > 0)
{
    var stale = check.Stale.Select(j => j.Key).ToHashSet();
    JudgementFile.Write(judgementsPath, judgements.Where(j => !stale.Contains(j.Key)));
    Console.WriteLine($"pruned {check.Stale.Count} stale judgements");
}

if (worklist is not null)
{
    var lines = check.Unjudged.Select(f => string.Join('\t',
        f.File, f.Finding.RuleId, f.Key.Place, JudgementFile.Escape(f.Finding.Match), "", "",
        JudgementFile.Escape(f.Finding.Message), JudgementFile.Escape(f.Finding.Excerpt?.Text ?? "")));
    File.WriteAllLines(worklist, ["# file\trule\tplace\tmatch\tverdict\treason\tmessage\texcerpt", .. lines], new UTF8Encoding(false));
    Console.WriteLine($"wrote {check.Unjudged.Count} unjudged findings to {worklist}");
}

return check.Passes ? 0 : 1;
