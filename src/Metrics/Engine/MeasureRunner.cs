using Dapper;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Warehouse;
using QiPipeline.Warehouse.Dialects;
using QiPipeline.Warehouse.Schema;

namespace QiPipeline.Metrics.Engine;

/// <summary>
/// One measure run: stream every patient's timeline, evaluate every family on it, add the units
/// up, and write the results to the warehouse in one transaction that replaces the as-of
/// date's previous results (kpi_patient streamed through the bulk path, then kpi_monthly).
/// The families can run on <paramref name="workers"/> workers (default one); the units are added up
/// in patient order whatever the number, so the results are the same to the byte. One is the
/// default because on the measured 2-core machine two were slower: the evaluation is a small part
/// of the run, and writing kpi_patient is most of it (docs/performance.md, measure run).
/// </summary>
public sealed class MeasureRunner(
    WarehouseConnection warehouse,
    IReadOnlyList<IMeasureFamily> families,
    MeasureContext context,
    IReadOnlyList<string> clinics,
    int workers = 1)
{
    /// <summary>Every measure id, in report order.</summary>
    public IReadOnlyList<string> MeasureIds { get; } = [.. families.SelectMany(f => f.MeasureIds)];

    /// <summary>
    /// Runs the measures; <paramref name="onUnits"/> (optional) sees each patient's units as they
    /// are computed (patients.csv is written from it), and each of <paramref name="observers"/> sees
    /// each timeline with its units. Returns every kpi_monthly row.
    /// </summary>
    public async Task<MeasureRunResult> RunAsync(
        Func<IReadOnlyList<UnitResult>, Task>? onUnits, CancellationToken cancellationToken, IReadOnlyList<ITimelineObserver>? observers = null)
    {
        var d = warehouse.Dialect;
        var aggregator = new KpiAggregator(MeasureIds, clinics, context);
        await using var writer = await warehouse.OpenAsync(cancellationToken);
        await using var transaction = await writer.BeginTransactionAsync(cancellationToken);
        var sql = new KpiSql(d);
        var asOf = new { as_of = context.AsOf };
        await writer.ExecuteAsync(new CommandDefinition(sql.DeletePatientResults, asOf, transaction, commandTimeout: 0, cancellationToken: cancellationToken));
        await writer.ExecuteAsync(new CommandDefinition(sql.DeleteMonthlyResults, asOf, transaction, commandTimeout: 0, cancellationToken: cancellationToken));

        var channel = new BulkChannel();
        var patientRows = d.BulkInsertAsync(writer, transaction, WarehouseTables.KpiPatient, temporary: false, channel.ReadAllAsync(cancellationToken), cancellationToken);

        // A writer that fails (disk full, the warehouse server gone) stops reading: without this the
        // producer waited forever on the full channel, holding the run lock.
        channel.Watch(patientRows);
        long patients = 0;
        try
        {
            var timelines = new TimelineReader(warehouse).ReadAsync(context.AsOf, cancellationToken);
            await foreach (var evaluated in ParallelEvaluation.RunAsync(timelines, Evaluate, Workers, cancellationToken))
            {
                var (timeline, units, unitRows) = evaluated;
                patients++;
                aggregator.Add(timeline.Patient, units);
                foreach (var observer in observers ?? [])
                {
                    observer.Observe(timeline, units);
                }

                foreach (var row in unitRows)
                {
                    await channel.WriteAsync(row, cancellationToken);
                }

                if (onUnits is not null && units.Count > 0)
                {
                    await onUnits(units);
                }
            }

            await channel.CompleteAsync(cancellationToken);
        }
        catch (Exception e)
        {
            channel.Fail(e);
            await patientRows.ContinueWith(_ => { }, TaskScheduler.Default);
            throw;
        }

        var unitCount = await patientRows;
        var rows = aggregator.Rows().ToList();
        await d.BulkInsertAsync(writer, transaction, WarehouseTables.KpiMonthly, temporary: false, Rows(rows), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new MeasureRunResult(patients, unitCount, rows);
    }

    /// <summary>The workers the families run on (at least one).</summary>
    public int Workers { get; } = Math.Max(1, workers);

    /// <summary>Every family on one timeline, and the units' kpi_patient rows (built on the worker too, so the ordered stage that adds up and writes does less).</summary>
    private EvaluatedPatient Evaluate(PatientTimeline timeline)
    {
        var units = new List<UnitResult>();
        foreach (var family in families)
        {
            family.Evaluate(timeline, units);
        }

        var rows = new object?[units.Count][];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = PatientRow(timeline.Patient, units[i]);
        }

        return new EvaluatedPatient(timeline, units, rows);
    }

    private object?[] PatientRow(Patient patient, UnitResult unit) =>
    [
        context.AsOf, unit.MeasureId, unit.ClinicId, unit.Period.ToString(), patient.Source, unit.PatientId, unit.UnitId,
        unit.InDenominator, unit.Excluded, unit.InNumerator, unit.Pending, unit.NumeratorValue, unit.Days,
    ];

    private async IAsyncEnumerable<object?[]> Rows(IEnumerable<KpiRow> rows)
    {
        foreach (var row in rows)
        {
            yield return
            [
                context.AsOf, row.MeasureId, row.ClinicId, row.Period.ToString(), row.Stratum, row.StratumValue,
                row.Numerator, row.Denominator, row.Rate, row.Status, row.MedianDays,
            ];
        }

        await Task.CompletedTask;
    }
}
