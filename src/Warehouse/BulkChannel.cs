using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace QiPipeline.Warehouse;

/// <summary>
/// Hands rows from a producer to a bulk insert running on another thread, in batches: a
/// hand-off per row cost more than it saved (measured, docs/performance.md), and a bounded
/// number of batches in flight keeps memory flat whatever the number of rows.
/// </summary>
public sealed class BulkChannel
{
    private const int BatchSize = 1024;
    private const int BatchesInFlight = 8;

    private readonly Channel<List<object?[]>> _channel =
        Channel.CreateBounded<List<object?[]>>(new BoundedChannelOptions(BatchesInFlight) { SingleReader = true, SingleWriter = true });

    private List<object?[]> _batch = new(BatchSize);

    /// <summary>Adds a row; waits when the consumer is behind.</summary>
    public async ValueTask WriteAsync(object?[] row, CancellationToken cancellationToken)
    {
        _batch.Add(row);
        if (_batch.Count == BatchSize)
        {
            await _channel.Writer.WriteAsync(_batch, cancellationToken);
            _batch = new List<object?[]>(BatchSize);
        }
    }

    /// <summary>Sends the last rows and ends the stream.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_batch.Count > 0)
        {
            await _channel.Writer.WriteAsync(_batch, cancellationToken);
            _batch = [];
        }

        _channel.Writer.Complete();
    }

    /// <summary>Ends the stream with an error, which the consumer then throws.</summary>
    public void Fail(Exception error) => _channel.Writer.TryComplete(error);

    /// <summary>The rows, for the consumer.</summary>
    public async IAsyncEnumerable<object?[]> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var batch in _channel.Reader.ReadAllAsync(cancellationToken))
        {
            foreach (var row in batch)
            {
                yield return row;
            }
        }
    }
}
