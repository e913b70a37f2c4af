using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace QiPipeline.Etl.Loading;

/// <summary>
/// Reads a source on a thread of its own, a few batches ahead of validation. Parsing is most of the
/// read for a FHIR export (JSON) and a database (its query and driver), and on one thread with the
/// validation it left the second core half idle while the bulk insert waited for rows. Records come
/// out in the source's order; an error of the source is thrown to the reader as the source threw it.
/// </summary>
internal static class ReadAhead
{
    private const int BatchSize = 256;
    private const int BatchesInFlight = 8;

    public static async IAsyncEnumerable<T> Of<T>(IAsyncEnumerable<T> items, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<List<T>>(new BoundedChannelOptions(BatchesInFlight) { SingleReader = true, SingleWriter = true });
        var producer = Task.Run(
            async () =>
            {
                var batch = new List<T>(BatchSize);
                try
                {
                    await foreach (var item in items.WithCancellation(stop.Token))
                    {
                        batch.Add(item);
                        if (batch.Count == BatchSize)
                        {
                            await channel.Writer.WriteAsync(batch, stop.Token);
                            batch = new List<T>(BatchSize);
                        }
                    }

                    await channel.Writer.WriteAsync(batch, stop.Token);
                    channel.Writer.TryComplete();
                }
                catch (Exception e)
                {
                    await SendLastAsync(channel.Writer, batch, stop.Token);
                    channel.Writer.TryComplete(e);
                }
            },
            CancellationToken.None);
        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(cancellationToken))
            {
                foreach (var item in batch)
                {
                    yield return item;
                }
            }
        }
        finally
        {
            // A reader that stops early (an error downstream, a stop) ends the source's read too.
            await stop.CancelAsync();
            await producer;
        }
    }

    /// <summary>The records read before a source failed still reach the reader ahead of the error, as they would unthreaded.</summary>
    private static async Task SendLastAsync<T>(ChannelWriter<List<T>> writer, List<T> batch, CancellationToken cancellationToken)
    {
        try
        {
            if (batch.Count > 0 && !cancellationToken.IsCancellationRequested)
            {
                await writer.WriteAsync(batch, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The reader stopped: nobody is waiting for these records.
        }
    }
}
