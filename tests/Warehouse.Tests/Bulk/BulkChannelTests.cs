namespace QiPipeline.Warehouse.Tests.Bulk;

/// <summary>
/// The hand-off between a producer and a bulk insert: a consumer that fails (a full disk, a lost
/// server) must stop the producer with its error, not leave it waiting forever for room in the
/// channel while the run holds the warehouse lock.
/// </summary>
public sealed class BulkChannelTests
{
    private static readonly TimeSpan Prompt = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task WriteAsync_ConsumerFailsMidStream_ThrowsTheConsumersErrorInsteadOfWaiting()
    {
        var channel = new BulkChannel();
        var consumer = FailAfterAsync(channel.ReadAllAsync(CancellationToken.None), failAt: 10);
        channel.Watch(consumer);

        var producer = Task.Run(async () =>
        {
            for (var i = 0; i < 100_000; i++)
            {
                await channel.WriteAsync([i], CancellationToken.None);
            }

            await channel.CompleteAsync(CancellationToken.None);
        });

        var error = await Assert.ThrowsAsync<IOException>(() => producer.WaitAsync(Prompt));
        Assert.Equal("No space left on device", error.Message);
    }

    [Fact]
    public async Task CompleteAsync_ConsumerFailedBeforeReading_ThrowsTheConsumersError()
    {
        var channel = new BulkChannel();
        var consumer = Task.FromException<long>(new IOException("No space left on device"));
        channel.Watch(consumer);

        var producer = Task.Run(async () =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                await channel.WriteAsync([i], CancellationToken.None);
            }

            await channel.CompleteAsync(CancellationToken.None);
        });

        await Assert.ThrowsAsync<IOException>(() => producer.WaitAsync(Prompt));
    }

    [Fact]
    public async Task ReadAllAsync_ConsumerKeepsUp_GetsEveryRowInOrder()
    {
        var channel = new BulkChannel();
        var consumer = CountAsync(channel.ReadAllAsync(CancellationToken.None));
        channel.Watch(consumer);

        for (var i = 0; i < 10_000; i++)
        {
            await channel.WriteAsync([i], CancellationToken.None);
        }

        await channel.CompleteAsync(CancellationToken.None);

        Assert.Equal(10_000, await consumer.WaitAsync(Prompt));
    }

    /// <summary>A bulk insert whose disk fills after a few rows.</summary>
    private static async Task<long> FailAfterAsync(IAsyncEnumerable<object?[]> rows, int failAt)
    {
        long count = 0;
        await foreach (var row in rows)
        {
            if (++count == failAt)
            {
                throw new IOException("No space left on device");
            }
        }

        return count;
    }

    private static async Task<long> CountAsync(IAsyncEnumerable<object?[]> rows)
    {
        long count = 0;
        var expected = 0;
        await foreach (var row in rows)
        {
            Assert.Equal(expected++, row[0]);
            count++;
        }

        return count;
    }
}
