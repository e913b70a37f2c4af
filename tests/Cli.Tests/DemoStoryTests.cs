using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using QiPipeline.Application;
using QiPipeline.Application.Configuration;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Spc;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports;
using QiPipeline.Reports.Monthly;
using QiPipeline.SampleData;
using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary>
/// The story the demo tells (issue 5, "the demo story shows"): synthetic clinics -> qi etl -> the measure run,
/// then depression screening analysed as the monthly workbook's chart is (<see cref="SeriesAnalyzer"/>: p chart,
/// the go-live starting a new phase, pending months out of the limits). The pilot N1's series shows a
/// special-cause improvement after go-live; the comparison clinic E1's shows no special cause at all.
/// </summary>
public sealed class DemoStoryTests : IDisposable
{
    private const string Measure = "depression_screening";
    private static readonly DateOnly End = new(2025, 5, 31);

    private readonly TempDirectory _folder = new("qi-story");

    [Fact]
    public async Task DepressionScreening_PilotAndComparison_ImprovementAfterGoLiveOnlyAtThePilot()
    {
        var (rows, clinics) = await RunDemoAsync();

        var pilot = SeriesAnalyzer.Analyse(MeasureDisplay.For(Measure), clinics.Single(c => c.Id == "N1"), Series(rows, "N1"));
        var comparison = SeriesAnalyzer.Analyse(MeasureDisplay.For(Measure), clinics.Single(c => c.Id == "E1"), Series(rows, "E1"));

        // N1: two phases split at go-live, the 3 ramp months between them (so the after phase may be short enough
        // for a run chart), and in the after phase a point judged a special-cause improvement or a runs signal.
        Assert.Equal(2, pilot.Chart!.Parts.Count);
        var after = Enumerable.Range(0, pilot.Rows.Count).Where(r => pilot.PointAt(r)?.Part == 2).ToList();
        Assert.NotEmpty(after);
        Assert.Contains(after, r => pilot.VariationAt(r) == Variation.Improvement || pilot.RunsSignalAt(r));

        // E1: one phase (no go-live), a control chart, no point beyond the limits, no runs signal, no special cause.
        Assert.NotEqual(ChartType.Run, comparison.Chart!.Type);
        Assert.Single(comparison.Chart.Parts);
        Assert.False(comparison.Chart.HasSignal);
        Assert.All(comparison.Mdc!.Points, p => Assert.False(p.SpecialCause, $"E1 point {p.Index}: {p}"));
    }

    public void Dispose() => _folder.Dispose();

    private static List<KpiRow> Series(IReadOnlyList<KpiRow> rows, string clinic) =>
        rows.Where(r => r.MeasureId == Measure && r.ClinicId == clinic && r.Stratum == KpiRow.AllStratum).ToList();

    /// <summary>3,000 patients (the demo's default size), loaded and measured over the 24 months ending with End's month.</summary>
    private async Task<(IReadOnlyList<KpiRow> Rows, List<ReportClinic> Clinics)> RunDemoAsync()
    {
        var demo = await ClinicGenerator.GenerateAsync(_folder.File("demo"), new GeneratorOptions { Patients = 3000, End = End }, CancellationToken.None);
        var (etl, etlOut, etlError) = await QiRunner.RunAsync("etl", "--config", demo.ConfigPath);
        Assert.True(etl == 0, etlError + etlOut);

        var config = ConfigurationLoader.Load(demo.ConfigPath, new Dictionary<string, string?>());
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 6, 30, 12, 0, 0, TimeSpan.Zero));
        var pipeline = new Pipeline(config, new PipelineClocks(time, TimeProvider.System), NullLoggerFactory.Instance);
        var to = Month.Of(End);
        var result = await pipeline.MeasureAsync(new MeasureRequest(End, to.Plus(-23), to), CancellationToken.None);
        var clinics = config.Options.Clinics.Select(c => new ReportClinic(c.Id!, c.Name ?? c.Id!, c.Pilot, c.GoLive)).ToList();
        return (result.Rows, clinics);
    }
}
