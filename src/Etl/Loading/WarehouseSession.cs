using System.Data;
using System.Data.Common;
using QiPipeline.Warehouse;

namespace QiPipeline.Etl.Loading;

/// <summary>
/// The run's warehouse connection, opened again when it broke: a retried entity load after a dropped
/// warehouse session (a failover, a restarted server, an idle timeout) needs a live connection, and so do
/// the run-log rows written after a failure. A broken connection reports itself closed, so the next
/// <see cref="OpenAsync"/> replaces it (with the dialect's session setup) instead of failing again.
/// </summary>
internal sealed class WarehouseSession(WarehouseConnection warehouse) : IAsyncDisposable
{
    private DbConnection? _connection;

    /// <summary>The open connection, replaced first if it is no longer open.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (_connection is { State: ConnectionState.Open })
        {
            return _connection;
        }

        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }

        _connection = await warehouse.OpenAsync(cancellationToken);
        return _connection;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
