using System.Runtime.CompilerServices;
using QiPipeline.Etl.Sources;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Tests.Support;

/// <summary>
/// A source of two patients whose reads fail, after the first record, the first <paramref name="failures"/> times with
/// the error <paramref name="fail"/> makes, or hang until cancelled when <paramref name="hang"/> is set.
/// </summary>
internal sealed class FlakySource(string name, int failures, Func<Exception> fail, bool hang = false) : IClinicSource
{
    private int _reads;

    /// <summary>How many times a read was begun.</summary>
    public int Reads => _reads;

    public string Name => name;

    public string Type => "test";

    public bool ReadsAhead => true;

    public Task CheckAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public bool Provides(EntityDefinition entity) => entity == CanonicalModel.Patients;

    public async IAsyncEnumerable<RawRecord> ReadAsync(EntityDefinition entity, DateTime? watermark, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var attempt = Interlocked.Increment(ref _reads);
        if (hang)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        yield return Patient(1, "F1");
        if (attempt <= failures)
        {
            throw fail(); // after a record, so the failed attempt has staged something to roll back
        }

        yield return Patient(2, "F2");
    }

    private static RawRecord Patient(long row, string id) => new(row, [id, "N1", "1980-01-01", "F", null, null, null, null, null, null]);
}
