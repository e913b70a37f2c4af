using System.Runtime.CompilerServices;
using QiPipeline.Etl.Loading;
using QiPipeline.Etl.Sources;

namespace QiPipeline.Etl.Tests.Loading;

/// <summary>A source read ahead on its own thread: the same records in the same order, its errors as it threw them, and no read left running.</summary>
public sealed class ReadAheadTests
{
    [Fact]
    public async Task Of_ManyBatches_EveryItemInOrder()
    {
        var read = await ToListAsync(ReadAhead.Of(Numbers(10_000), CancellationToken.None));

        Assert.Equal(Enumerable.Range(0, 10_000), read);
    }

    [Fact]
    public async Task Of_EmptySource_Nothing()
    {
        Assert.Empty(await ToListAsync(ReadAhead.Of(Numbers(0), CancellationToken.None)));
    }

    [Fact]
    public async Task Of_SourceFailsMidway_TheReaderGetsTheRecordsBeforeAndThenTheSourcesOwnError()
    {
        var read = new List<int>();

        var error = await Assert.ThrowsAsync<SourceException>(async () =>
        {
            await foreach (var item in ReadAhead.Of(Numbers(5_000, failAt: 3_000), CancellationToken.None))
            {
                read.Add(item);
            }
        });

        Assert.Equal("east/Encounter.ndjson.gz cannot be read", error.Message);
        Assert.Equal(Enumerable.Range(0, 3_000), read);
    }

    [Fact]
    public async Task Of_ReaderStopsEarly_TheSourceIsStoppedAndDisposed()
    {
        var source = new Observed();

        await foreach (var item in ReadAhead.Of(source.ReadAsync(), CancellationToken.None))
        {
            if (item == 10)
            {
                break;
            }
        }

        Assert.True(source.Disposed);
        Assert.True(source.Read < 1_000_000);
    }

    private static async IAsyncEnumerable<int> Numbers(int count, int failAt = -1)
    {
        for (var i = 0; i < count; i++)
        {
            if (i == failAt)
            {
                throw new SourceException("east/Encounter.ndjson.gz cannot be read");
            }

            yield return i;
            if (i % 100 == 0)
            {
                await Task.Yield();
            }
        }
    }

    private static async Task<List<int>> ToListAsync(IAsyncEnumerable<int> items)
    {
        var list = new List<int>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>An endless source that counts what it read and whether it was disposed.</summary>
    private sealed class Observed
    {
        public int Read { get; private set; }

        public bool Disposed { get; private set; }

        public async IAsyncEnumerable<int> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            try
            {
                while (Read < 1_000_000)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return Read++;
                    await Task.Yield();
                }
            }
            finally
            {
                Disposed = true;
            }
        }
    }
}
