using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dapper;
using QiPipeline.Cli.Configuration;
using QiPipeline.Cli.Progress;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Output;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Warehouse;
using QiPipeline.Warehouse.Dialects;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Cli.Commands;

/// <summary>
/// <c>qi kpis --config F [--as-of D] [--from YYYY-MM] [--to YYYY-MM] [--out kpis.csv] [--patients patients.csv]</c>:
/// compute every measure from the warehouse, store the results, write the contract files.
/// </summary>
internal static class KpisCommand
{
    public static async Task<int> RunAsync(Arguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var config = ConfigurationLoader.Load(arguments.Required("config"), context.Environment);
        var asOf = arguments.OptionalDate("as-of") ?? DateOnly.FromDateTime(context.Time.GetLocalNow().DateTime);
        var to = OptionalMonth(arguments, "to") ?? Month.Of(asOf);
        var from = OptionalMonth(arguments, "from") ?? to.Plus(-23);
        if (from > to)
        {
            throw new ConfigurationException($"--from {from} is after --to {to}");
        }

        var output = arguments.Optional("out") ?? "kpis.csv";
        var patientsFile = arguments.Optional("patients");
        arguments.EnsureAllUsed("kpis");

        var result = await ComputeAsync(config, asOf, from, to, output, patientsFile, context, cancellationToken);
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"as of {asOf:yyyy-MM-dd}, {from}..{to}: {result.Patients:N0} patients, {result.Units:N0} units; wrote {output}{(patientsFile is null ? "" : " and " + patientsFile)}"));
        return ExitCodes.Success;
    }

    /// <summary>The measures' context: the as-of date, the reported months and the configured parameters.</summary>
    public static MeasureContext Context(LoadedConfiguration config, DateOnly asOf, Month from, Month to) =>
        new(asOf, from, to, id => config.MeasureSettings.TryGetValue(id, out var values) ? new MeasureParameters(id, values) : MeasureParameters.Defaults(id));

    /// <summary>
    /// Runs the measures, stores them and writes kpis.csv (and patients.csv); when <paramref name="collectors"/>
    /// is given, the reports' billing totals and action lists are collected in the same pass.
    /// </summary>
    public static async Task<MeasureRunResult> ComputeAsync(
        LoadedConfiguration config, DateOnly asOf, Month from, Month to, string output, string? patientsFile, CliContext context, CancellationToken cancellationToken,
        ReportCollectors? collectors = null)
    {
        var measureContext = Context(config, asOf, from, to);
        IReadOnlyList<IMeasureFamily> families;
        IReadOnlyList<ITimelineObserver>? observers;
        try
        {
            var classification = config.EdClassificationFile is null ? EdClassification.BuiltIn : LoadClassification(config.EdClassificationFile);
            families = MeasureCatalog.Create(measureContext, classification);
            observers = collectors?.Attach(measureContext);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw new ConfigurationException($"{config.File}: {e.Message}");
        }

        var dialect = WarehouseDialects.Find(config.Options.Warehouse.Provider)!;
        var warehouse = new WarehouseConnection(dialect, config.WarehouseConnectionString, context.Time);
        var clinics = config.Options.Clinics.Select(c => c.Id!).ToList();
        var runner = new MeasureRunner(warehouse, families, measureContext, clinics);

        // Both files are written under temporary names and renamed once complete: a failed or stopped run leaves the previous ones.
        using var patientsOutput = patientsFile is null ? null : Reports.AtomicFile.Create(patientsFile, ownerOnly: true);
        var clock = Stopwatch.StartNew();
        MeasureRunResult result;
        await using (var patients = patientsOutput is null ? null : new StreamWriter(patientsOutput.Stream, new UTF8Encoding(false), leaveOpen: true))
        {
            var patientWriter = patients is null ? null : new PatientCsvWriter(patients);
            if (patientWriter is not null)
            {
                await patientWriter.WriteHeaderAsync();
            }

            var progress = new MeasureProgress(ProgressRenderer.For(context), context.Waits, await CountPatientsAsync(warehouse, cancellationToken));
            clock.Restart();
            result = await runner.RunAsync(patientWriter is null ? null : patientWriter.WriteAsync, cancellationToken, [progress, .. observers ?? []]);
            progress.Complete();
        }

        patientsOutput?.Commit();
        using (var kpisOutput = Reports.AtomicFile.Create(output, ownerOnly: false))
        {
            await using (var kpis = new StreamWriter(kpisOutput.Stream, new UTF8Encoding(false), leaveOpen: true))
            {
                await KpiCsv.WriteAsync(kpis, result.Rows);
            }

            kpisOutput.Commit();
        }

        Log.Computed(context.Loggers.CreateLogger("QiPipeline.Metrics"), result.Patients, result.Units, clock.Elapsed.TotalSeconds);
        return result;
    }

    /// <summary>The warehouse's patients, for the progress percent: one COUNT, cheap beside the measure pass.</summary>
    private static async Task<long> CountPatientsAsync(WarehouseConnection warehouse, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT CAST(COUNT(*) AS BIGINT) FROM {warehouse.Dialect.Quote(CanonicalModel.Patients.Name)}", cancellationToken: cancellationToken));
    }

    private static EdClassification LoadClassification(string file)
    {
        using var reader = new StreamReader(file);
        return EdClassification.FromCsv(reader);
    }

    private static Month? OptionalMonth(Arguments arguments, string name)
    {
        var text = arguments.Optional(name);
        if (text is null)
        {
            return null;
        }

        return Month.TryParse(text, out var month) ? month : throw new ConfigurationException($"option --{name} must be a month YYYY-MM, not '{text}'");
    }
}
