namespace QiPipeline.SampleData;

/// <summary>The generator's full account of a run, for tests and the benchmark.</summary>
internal sealed record GenerationReport(string ConfigPath, IReadOnlyList<string> SourcePaths, IReadOnlyList<SourceStats> Sources)
{
    public long Records => Sources.Sum(s => s.Records);

    public long BadRecords => Sources.Sum(s => s.Bad.Total + s.MalformedLinesTotal);

    public SourceStats Source(string name) => Sources.Single(s => s.SourceName == name);
}
