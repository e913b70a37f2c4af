using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Dapper;
using QiPipeline.Cli.CommandLine;
using QiPipeline.Cli.Configuration;
using QiPipeline.Cli.Progress;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Output;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Warehouse;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Cli.Commands;

/// <summary>
/// <c>qi kpis --config F [--as-of D] [--from YYYY-MM] [--to YYYY-MM] [--out kpis.csv] [--patients patients.csv]</c>:
/// compute every measure from the warehouse, store the results, write the contract files.
/// </summary>
internal static class KpisCommand
{
    public static Command Declare(CliContext context)
    {
        var config = CommonOptions.Config();
        var asOf = CommonOptions.AsOf();
        var from = CommonOptions.Month("--from", "The first month reported; default: 23 months before --to.");
        var to = CommonOptions.Month("--to", "The last month reported; default: the as-of date's month.");
        var output = new Option<string>("--out", "-o")
        {
            Description = "Where the measure results go (CSV: measure_id,clinic_id,period,numerator,denominator,rate,status).",
            HelpName = "FILE",
            DefaultValueFactory = _ => "kpis.csv",
        };
        var patients = new Option<string?>("--patients")
        {
            Description = "Also write every unit behind the numbers (patient ids: keep it inside the care team).",
            HelpName = "FILE",
        };
        var command = new Command("kpis", "Compute every measure from the warehouse, store the results and write them as CSV.")
        {
            config, asOf, from, to, output, patients,
        };
        command.SetAction((parsed, cancellationToken) => RunLocks.RunHoldingAsync(
            parsed.GetRequiredValue(config),
            context,
            (loaded, ctx, token) => RunAsync(
                loaded, new KpisRequest(parsed.GetValue(asOf), parsed.GetValue(from), parsed.GetValue(to), parsed.GetRequiredValue(output), parsed.GetValue(patients)), ctx, token),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(LoadedConfiguration config, KpisRequest request, CliContext context, CancellationToken cancellationToken)
    {
        var asOf = await AsOfDates.ResolveAsync(config, request.AsOf, context, cancellationToken);
        var to = request.To ?? Month.Of(asOf);
        var from = request.From ?? to.Plus(-23);
        if (from > to)
        {
            throw new ConfigurationException($"--from {from} is after --to {to}");
        }

        var result = await ComputeAsync(config, asOf, from, to, request.Output, request.Patients, context, cancellationToken);
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"as of {asOf:yyyy-MM-dd}, {from}..{to}: {result.Patients:N0} patients, {result.Units:N0} units; wrote {request.Output}{(request.Patients is null ? "" : " and " + request.Patients)}"));
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
            var classification = config.EdClassification;
            families = MeasureFamilies.Create(measureContext, classification);
            observers = collectors?.Attach(measureContext, classification);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw new ConfigurationException($"{config.File}: {e.Message}");
        }

        var warehouse = config.Warehouse(context.Time);
        var clinics = config.Options.Clinics.Select(c => c.Id).ToList();
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

}
