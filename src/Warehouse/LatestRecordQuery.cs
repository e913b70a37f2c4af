using Dapper;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Warehouse;

/// <summary>
/// The latest event date in the warehouse (encounters, screenings, referrals, ED visits, fills, diagnoses,
/// surveys): what the data reaches, so a run can say it and warn when its as-of date is far past it.
/// </summary>
/// <param name="warehouse">The warehouse.</param>
public sealed class LatestRecordQuery(WarehouseConnection warehouse)
{
    /// <summary>The latest event date of any entity, or null when the warehouse holds no event.</summary>
    public async Task<DateOnly?> ReadAsync(CancellationToken cancellationToken)
    {
        var d = warehouse.Dialect;
        var perEntity = CanonicalModel.Entities
            .Where(e => e.EventDateColumn is not null)
            .Select(e => $"SELECT MAX({d.Quote(e.EventDateColumn!)}) AS {d.Quote("d")} FROM {d.Quote(e.Name)}");
        var sql = $"SELECT MAX({d.Quote("d")}) FROM ({string.Join(" UNION ALL ", perEntity)}) {d.Quote("latest")}";
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        var value = await connection.ExecuteScalarAsync<object?>(new CommandDefinition(sql, cancellationToken: cancellationToken));
        return value switch
        {
            DateOnly date => date,
            DateTime time => DateOnly.FromDateTime(time),
            _ => null,
        };
    }
}
