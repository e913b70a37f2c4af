using System.Data.Common;

namespace QiPipeline.Etl.Sources;

/// <summary>
/// Ends a read's <see cref="ReadOnlySession"/> (a rollback) when the read ends, however it ends. A
/// connection already lost has nothing to roll back: the server ended the transaction with it.
/// </summary>
internal sealed class SessionEnd(DbConnection connection, ReadOnlySession session) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        if (session.End is null || connection.State != System.Data.ConnectionState.Open)
        {
            return;
        }

        try
        {
            await using var end = connection.CreateCommand();
            end.CommandText = session.End;
            await end.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (DbException)
        {
            // The connection is closed next, which ends the transaction on the server anyway.
        }
    }
}
