using System.Data.Common;
using System.Globalization;
using Dapper;
using QiPipeline.Warehouse;
using QiPipeline.Warehouse.Schema;

namespace QiPipeline.Reports.Monthly;

/// <summary>
/// Reads the Data quality figures of the last ETL run (the latest <c>started_at</c> of etl_run) from the
/// warehouse: its etl_run_entity rows, and its etl_reject rows counted per reason (reasons are stored
/// ';'-separated, so they are split here rather than in dialect-specific SQL) with a few source keys each.
/// </summary>
/// <param name="warehouse">The warehouse.</param>
public sealed class DataQualityQuery(WarehouseConnection warehouse)
{
    /// <summary>Source keys shown per reason.</summary>
    public const int Examples = 3;

    /// <summary>Reads the report; an empty report when no run is recorded.</summary>
    public async Task<DataQualityReport> ReadAsync(CancellationToken cancellationToken)
    {
        var d = warehouse.Dialect;
        string Q(string identifier) => d.Quote(identifier);
        var source = Q(WarehouseTables.Source);
        var run = Q(WarehouseTables.EtlRun.Name);
        await using var connection = await warehouse.OpenAsync(cancellationToken);

        var lastRun = $"SELECT {Q("run_id")}, {Q("started_at")}, {Q("ended_at")}, {Q("status")} FROM {run} "
            + $"WHERE {Q("started_at")} = (SELECT MAX({Q("started_at")}) FROM {run}) ORDER BY {Q("run_id")}";
        DataQualityRun? last = null;
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(lastRun, cancellationToken: cancellationToken)))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                last = new DataQualityRun(reader.GetString(0), Time(reader, 1)!.Value, Time(reader, 2), reader.GetString(3));
            }
        }

        if (last is null)
        {
            return DataQualityReport.Empty;
        }

        var parameters = new DynamicParameters();
        parameters.Add("run_id", last.RunId);
        var where = $"WHERE {Q("run_id")} = {d.Parameter("run_id")}";
        var loadsSql = $"SELECT {source}, {Q("entity")}, {Q("mode")}, {Q("status")}, {Q("rows_read")}, {Q("rows_loaded")}, {Q("rows_unchanged")}, "
            + $"{Q("rows_rejected")}, {Q("rows_deleted")}, {Q("ended_at")}, {Q("error")} FROM {Q(WarehouseTables.EtlRunEntity.Name)} {where} "
            + $"ORDER BY {source}, {Q("entity")}";
        var loads = new List<DataQualityLoad>();
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(loadsSql, parameters, cancellationToken: cancellationToken)))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                loads.Add(new DataQualityLoad(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3),
                    Long(reader, 4), Long(reader, 5), Long(reader, 6), Long(reader, 7), Long(reader, 8), Time(reader, 9)!.Value,
                    reader.IsDBNull(10) ? null : reader.GetString(10)));
            }
        }

        var rejectsSql = $"SELECT {source}, {Q("entity")}, {Q(WarehouseTables.Reasons)}, {Q("source_key")} FROM {Q(WarehouseTables.EtlReject.Name)} {where} "
            + $"ORDER BY {source}, {Q("entity")}, {Q(WarehouseTables.RowNumber)}";
        var rejects = new DataQualityTally(Examples);
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(rejectsSql, parameters, cancellationToken: cancellationToken)))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                rejects.Add(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
            }
        }

        return new DataQualityReport(last, loads, rejects.Rows());
    }

    private static long Long(DbDataReader reader, int ordinal) => Convert.ToInt64(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    private static DateTime? Time(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Convert.ToDateTime(reader.GetValue(ordinal), CultureInfo.InvariantCulture);
}
