using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PaperLint.Benchmarks;

/// <summary>
/// The median time divided by the input's size in MB (10^6 bytes), for benchmarks whose <c>Papers</c> parameter
/// says how many <see cref="ScaledPaper"/> papers they read: equal values at every size mean time linear in size.
/// </summary>
internal sealed class PerMegabyteColumn : IColumn
{
    private static readonly Dictionary<int, double> Megabytes = [];

    public string Id => nameof(PerMegabyteColumn);

    public string ColumnName => "ms/MB";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Median time per MB of input (10^6 bytes of UTF-8 Markdown)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        double? medianNs = summary[benchmarkCase]?.ResultStatistics?.Median;
        if (medianNs is null || benchmarkCase.Parameters["Papers"] is not int papers)
        {
            return "-";
        }

        return (medianNs.Value / 1e6 / MegabytesOf(papers)).ToString("N1", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public override string ToString() => ColumnName;

    private static double MegabytesOf(int papers)
    {
        lock (Megabytes)
        {
            if (!Megabytes.TryGetValue(papers, out double mb))
            {
                Megabytes[papers] = mb = ScaledPaper.Bytes(papers).Length / 1e6;
            }

            return mb;
        }
    }
}

/// <summary>Adds <see cref="PerMegabyteColumn"/> to a benchmark's summary.</summary>
internal sealed class PerMegabyteConfig : ManualConfig
{
    public PerMegabyteConfig() => AddColumn(new PerMegabyteColumn());
}
