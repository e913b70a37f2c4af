using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging;
using QiPipeline.Application.Configuration;
using QiPipeline.Etl.Configuration;
using QiPipeline.Etl.Loading;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Output;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports;
using QiPipeline.Reports.Monthly;
using QiPipeline.Reports.Pilot;
using QiPipeline.Reports.Value;
using QiPipeline.Warehouse;
using QiPipeline.Warehouse.Locking;

namespace QiPipeline.Application;

/// <summary>
/// The application layer: the pipeline of one validated configuration, with its warehouse resolved once.
/// <see cref="LoadAsync"/> loads every source, <see cref="MeasureAsync"/> computes and stores the measures
/// (and writes kpis.csv and patients.csv when asked), <see cref="ReportAsync"/> writes the three workbooks
/// from a measure run's rows in memory. Built by dependency injection (<see cref="PipelineFactory"/>); the
/// qi verbs and <see cref="KpiFrames"/> only adapt it. It writes nothing to a console.
/// </summary>
internal sealed class Pipeline
{
    private readonly PipelineClocks _clocks;
    private readonly ILoggerFactory _loggers;

    public Pipeline(LoadedConfiguration configuration, PipelineClocks clocks, ILoggerFactory loggers)
    {
        Configuration = configuration;
        _clocks = clocks;
        _loggers = loggers;
        Warehouse = new WarehouseConnection(configuration.Dialect, configuration.WarehouseConnectionString, clocks.Calendar);
    }

    /// <summary>The validated configuration.</summary>
    public LoadedConfiguration Configuration { get; }

    /// <summary>The warehouse, with its dialect, for every operation of this pipeline.</summary>
    public WarehouseConnection Warehouse { get; }

    /// <summary>
    /// Takes the warehouse's run lock, around every operation that writes it, so two pipelines never write one
    /// warehouse at once; throws <see cref="WarehouseLockedException"/> at once when another run holds it.
    /// </summary>
    public async Task<RunLock> LockAsync(CancellationToken cancellationToken)
    {
        var held = await Warehouse.LockForRunAsync(cancellationToken);
        if (held.AbandonedRuns > 0)
        {
            Log.RunsAbandoned(_loggers.CreateLogger("QiPipeline.Lock"), held.AbandonedRuns);
        }

        return held;
    }

    /// <summary>Extracts, validates and loads every configured source, each entity one transaction.</summary>
    public async Task<LoadResult> LoadAsync(LoadRequest request, CancellationToken cancellationToken)
    {
        var sources = Configuration.Sources.Select(s => SourceFactory.Create(s.Options, s.ConnectionString)).ToList();
        var runner = new EtlRunner(
            Warehouse, sources, Configuration.ClinicIds, _clocks.Calendar, _loggers.CreateLogger("QiPipeline.Etl"), timers: _clocks.Timers, progress: request.Progress);
        return new LoadResult(await runner.RunAsync(cancellationToken));
    }

    /// <summary>The as-of date: <paramref name="given"/>, else the end of the last complete month; with the data's latest event date.</summary>
    public async Task<AsOfDate> AsOfAsync(DateOnly? given, CancellationToken cancellationToken)
    {
        var latest = await new LatestRecordQuery(Warehouse).ReadAsync(cancellationToken);
        return new AsOfDate(given ?? AsOfDate.LastCompleteMonthEnd(_clocks.Calendar), given is not null, latest);
    }

    /// <summary>
    /// Runs every measure in one pass over the patients' timelines, stores the results (kpi_patient, kpi_monthly),
    /// and writes kpis.csv and patients.csv when asked (each under a temporary name, renamed once complete, so a
    /// failed or stopped run leaves the previous ones). The rows stay in the result for <see cref="ReportAsync"/>.
    /// </summary>
    public async Task<MeasureResult> MeasureAsync(MeasureRequest request, CancellationToken cancellationToken)
    {
        var context = new MeasureContext(request.AsOf, request.From, request.To, Parameters);
        var collectors = request.ForReports ? new ReportCollectors() : null;
        IReadOnlyList<IMeasureFamily> families;
        IReadOnlyList<ITimelineObserver>? observers;
        try
        {
            var classification = Configuration.EdClassification;
            families = MeasureFamilies.Create(context, classification);
            observers = collectors?.Attach(context, classification);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw new ConfigurationException($"{Configuration.File}: {e.Message}");
        }

        var clinics = Configuration.Options.Clinics.Select(c => c.Id).ToList();
        var runner = new MeasureRunner(Warehouse, families, context, clinics, keepPatientResults: Configuration.Options.Warehouse.KeepPatientResults);
        using var patientsOutput = request.PatientsFile is null ? null : AtomicFile.Create(request.PatientsFile, ownerOnly: true);
        var clock = Stopwatch.StartNew();
        MeasureRunResult result;
        await using (var patients = patientsOutput is null ? null : new StreamWriter(patientsOutput.Stream, new UTF8Encoding(false), PatientsBufferChars, leaveOpen: true))
        {
            var patientWriter = patients is null ? null : new PatientCsvWriter(patients);
            if (patientWriter is not null)
            {
                await patientWriter.WriteHeaderAsync();
            }

            request.Progress?.Start(await new PatientCountQuery(Warehouse).ReadAsync(cancellationToken));
            clock.Restart();
            IEnumerable<ITimelineObserver> progress = request.Progress is null ? [] : [request.Progress];
            result = await runner.RunAsync(patientWriter is null ? null : patientWriter.WriteAsync, cancellationToken, [.. progress, .. observers ?? []]);
            request.Progress?.Complete();
        }

        patientsOutput?.Commit();
        if (request.KpisFile is not null)
        {
            await WriteKpisAsync(request.KpisFile, result.Rows);
        }

        Log.Computed(_loggers.CreateLogger("QiPipeline.Metrics"), result.Patients, result.Units, clock.Elapsed.TotalSeconds);
        return new MeasureResult(request, result.Patients, result.Units, result.Rows, collectors);
    }

    /// <summary>
    /// Writes the monthly workbook (internal), the value workbook (aggregates, small cells suppressed) and the pilot
    /// comparison workbook (aggregates) of the measure run's rows, as of its date. From the run's collectors, when it
    /// collected them, the value workbook gets a billing sheet and an ED visit categories sheet and the monthly
    /// workbook the action lists (patient ids: the monthly workbook only).
    /// </summary>
    public async Task<ReportResult> ReportAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        var config = Configuration;
        var folder = Path.GetFullPath(request.OutputFolder ?? ReportSettings.OutputFolder(config));
        var asOf = request.Measures.Request.AsOf;
        var rows = request.Measures.Rows;
        var collected = request.Measures.Collected;
        var clinics = ReportSettings.Clinics(config);
        var dataQuality = await new DataQualityQuery(Warehouse).ReadAsync(cancellationToken);
        var monthly = ReportSettings.MonthlyOptionsOf(config, folder);
        IReadOnlyList<string> workbooks =
        [
            await MonthlyWorkbook.WriteAsync(
                folder, Month.Of(asOf), rows, clinics, ReportSettings.Cycles(config), cancellationToken, dataQuality, config.MeasureSettings, monthly, collected?.Actions?.Items),
            await ValueWorkbook.WriteAsync(
                folder, asOf, rows, clinics, ReportSettings.ValueOptionsOf(config), cancellationToken, collected?.Billing?.Totals, collected?.EdCategories?.Totals),
            await PilotWorkbook.WriteAsync(folder, asOf, rows, clinics, cancellationToken, ReportSettings.PilotOptionsOf(config, monthly)),
        ];
        return new ReportResult(folder, workbooks, Path.Combine(ReportSettings.ChartsFolder(config, folder), Month.Of(asOf).ToString()));
    }

    // patients.csv holds about 90 rows per patient: a large buffer writes it in few system calls.
    private const int PatientsBufferChars = 1 << 16;

    /// <summary>A measure's configured parameters, else its defaults.</summary>
    private MeasureParameters Parameters(string id) =>
        Configuration.MeasureSettings.TryGetValue(id, out var values) ? new MeasureParameters(id, values) : MeasureParameters.Defaults(id);

    private static async Task WriteKpisAsync(string file, IReadOnlyList<KpiRow> rows)
    {
        using var output = AtomicFile.Create(file, ownerOnly: false);
        await using (var kpis = new StreamWriter(output.Stream, new UTF8Encoding(false), leaveOpen: true))
        {
            await KpiCsv.WriteAsync(kpis, rows);
        }

        output.Commit();
    }
}
