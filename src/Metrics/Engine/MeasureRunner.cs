using System.Data.Common;
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
/// The families run on the reading thread: two workers were measured and were slower on 2 cores
/// (docs/performance.md, measure run), so they were taken out.
/// kpi_patient keeps the run's own as-of date and the latest others up to
/// <paramref name="keepPatientResults"/> as-of dates (0: every as-of date); older ones are removed in
/// the same transaction. Only the units a family lists (<see cref="IMeasureFamily.Lists"/>) get a row
/// there; every unit is added up and handed to the caller (patients.csv lists every one).
/// </summary>
public sealed class MeasureRunner(
    WarehouseConnection warehouse,
    IReadOnlyList<IMeasureFamily> families,
    MeasureContext context,
    IReadOnlyList<string> clinics,
    int keepPatientResults = WarehouseOptions.DefaultKeepPatientResults)
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
        await RemoveOlderPatientResultsAsync(writer, transaction, sql, cancellationToken);

        var channel = new BulkChannel();
        var patientRows = d.BulkInsertAsync(writer, transaction, WarehouseTables.KpiPatient, temporary: false, channel.ReadAllAsync(cancellationToken), cancellationToken);

        // A writer that fails (disk full, the warehouse server gone) stops reading: without this the
        // producer waited forever on the full channel, holding the run lock.
        channel.Watch(patientRows);
        long patients = 0;
        try
        {
            await foreach (var timeline in new TimelineReader(warehouse).ReadAsync(context.AsOf, cancellationToken))
            {
                var (_, units, listed, unitRows) = Evaluate(timeline);
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

    /// <summary>How many as-of dates kpi_patient keeps after the run (its own among them); 0: every one.</summary>
    public int KeepPatientResults { get; } = keepPatientResults >= 0
        ? keepPatientResults
        : throw new ArgumentOutOfRangeException(nameof(keepPatientResults), keepPatientResults, "0 (every as-of date) or more");

    /// <summary>
    /// The retention: removes the patient-level results of every as-of date but the run's own and the
    /// latest others up to <see cref="KeepPatientResults"/>. A rerun of an older as-of date keeps its
    /// own results, so a backfill is never removed by the run that made it.
    /// </summary>
    private async Task RemoveOlderPatientResultsAsync(DbConnection writer, DbTransaction transaction, KpiSql sql, CancellationToken cancellationToken)
    {
        if (KeepPatientResults == 0)
        {
            return;
        }

        var dates = new List<DateOnly>();
        await using (var command = writer.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = sql.PatientResultDates;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                dates.Add(reader.GetFieldValue<DateOnly>(0));
            }
        }

        foreach (var old in dates.Where(d => d != context.AsOf).OrderDescending().Skip(KeepPatientResults - 1))
        {
            await writer.ExecuteAsync(new CommandDefinition(sql.DeletePatientResults, new { as_of = old }, transaction, commandTimeout: 0, cancellationToken: cancellationToken));
        }
    }

    /// <summary>
    /// Every family on one timeline, the units each family lists, and their kpi_patient rows.
    /// </summary>
    private EvaluatedPatient Evaluate(PatientTimeline timeline)
    {
        var units = new List<UnitResult>();
        var listed = new List<UnitResult>();
        foreach (var family in families)
        {
            var first = units.Count;
            family.Evaluate(timeline, units);
            for (var i = first; i < units.Count; i++)
            {
                if (family.Lists(units[i]))
                {
                    listed.Add(units[i]);
                }
            }
        }

        var rows = new object?[listed.Count][];
        for (var i = 0; i < rows.Length; i++)
        {
            rows[i] = PatientRow(timeline.Patient, listed[i]);
        }

        return new EvaluatedPatient(timeline, units, listed, rows);
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
