using Dapper;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Warehouse;

/// <summary>The warehouse's patients: one COUNT, cheap beside a measure pass, for its progress percent.</summary>
/// <param name="warehouse">The warehouse.</param>
public sealed class PatientCountQuery(WarehouseConnection warehouse)
{
    /// <summary>The number of rows of the patients table.</summary>
    public async Task<long> ReadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT CAST(COUNT(*) AS BIGINT) FROM {warehouse.Dialect.Quote(CanonicalModel.Patients.Name)}", cancellationToken: cancellationToken));
    }
}
