namespace PaperLint.Cli;

public static class App
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        stderr.WriteLine("paperlint: command line not built yet");
        return 2;
    }
}
