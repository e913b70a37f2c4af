using System.Globalization;

namespace QiPipeline.EtlBenchmark;

/// <summary>The benchmark's command line; <c>--case engine:patients:kind</c> is how a child is told its one job.</summary>
internal sealed record BenchmarkOptions(
    IReadOnlyList<int> Patients, IReadOnlyList<string> Engines, string Output, (string Engine, int Patients, string Kind)? Case, bool Measures, bool Pipeline, bool CsvReaders, bool MonthAfter, int Rounds)
{
    public static BenchmarkOptions Parse(string[] args)
    {
        string? Value(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        var patients = (Value("--patients") ?? "10000,100000").Split(',').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToList();
        var engines = (Value("--engines") ?? "duckdb,postgres").Split(',').ToList();
        var output = Path.GetFullPath(Value("--out") ?? Path.Combine("benchmarks", "out"));
        (string, int, string)? single = Value("--case")?.Split(':') is [var engine, var size, var kind]
            ? (engine, int.Parse(size, CultureInfo.InvariantCulture), kind)
            : null;
        var rounds = int.Parse(Value("--rounds") ?? "1", CultureInfo.InvariantCulture);
        return new BenchmarkOptions(
            patients, engines, output, single, args.Contains("--measures"), args.Contains("--pipeline"), args.Contains("--csv-readers"), args.Contains("--month-after"), rounds);
    }

    public string DataFolder(int patients) => Path.Combine(Output, $"data-{patients}");
}
