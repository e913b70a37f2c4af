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
    private Task? _consumer;

    /// <summary>
    /// Watches the consumer (the bulk insert reading this channel): once it has failed, a write
    /// that would wait for room throws the consumer's error instead of waiting forever for a
    /// reader that is gone (a full disk or a lost connection mid-insert).
    /// </summary>
    public void Watch(Task consumer) => _consumer = consumer;

    /// <summary>Adds a row; waits when the consumer is behind.</summary>
    public async ValueTask WriteAsync(object?[] row, CancellationToken cancellationToken)
    {
        _batch.Add(row);
        if (_batch.Count == BatchSize)
        {
            await SendAsync(_batch, cancellationToken);
            _batch = new List<object?[]>(BatchSize);
        }
    }

    /// <summary>Sends the last rows and ends the stream.</summary>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_batch.Count > 0)
        {
            await SendAsync(_batch, cancellationToken);
            _batch = [];
        }

        _channel.Writer.Complete();
    }

    /// <summary>Ends the stream with an error, which the consumer then throws.</summary>
    public void Fail(Exception error) => _channel.Writer.TryComplete(error);

    private async ValueTask SendAsync(List<object?[]> batch, CancellationToken cancellationToken)
    {
        var write = _channel.Writer.WriteAsync(batch, cancellationToken);
        if (write.IsCompletedSuccessfully || _consumer is null)
        {
            await write;
            return;
        }

        // The channel is full: wait for room or for the consumer to end, whichever comes first.
        var pending = write.AsTask();
        if (await Task.WhenAny(pending, _consumer) == _consumer && !pending.IsCompleted)
        {
            _channel.Writer.TryComplete();
            try
            {
                await pending;
            }
            catch (ChannelClosedException)
            {
                // Closed just above: the write that waited for room is given up.
            }

            await _consumer; // throws the consumer's error
            throw new InvalidOperationException("The bulk insert ended before reading every row.");
        }

        await pending;
    }

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
