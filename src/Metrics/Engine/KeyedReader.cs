using System.Data.Common;

namespace QiPipeline.Metrics.Engine;

/// <summary>
/// One entity's rows streamed in (source, patient_id) order, handed out patient by patient, so
/// that memory holds one patient's records at a time.
/// </summary>
internal sealed class KeyedReader<T>(DbDataReader reader, Func<DbDataReader, T> map) : IAsyncDisposable
{
    private bool _hasRow;
    private bool _started;

    /// <summary>Moves to the first row.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _hasRow = await reader.ReadAsync(cancellationToken);
        _started = true;
    }

    /// <summary>
    /// Adds to <paramref name="into"/> the rows of the patient (source, patientId), skipping rows
    /// of patients ordered before it (records whose patient is no longer in the warehouse).
    /// </summary>
    public async Task TakeAsync(string source, string patientId, List<T> into, CancellationToken cancellationToken)
    {
        if (!_started)
        {
            throw new InvalidOperationException("StartAsync first.");
        }

        while (_hasRow)
        {
            var order = PatientKey.Compare(reader.GetString(0), reader.GetString(1), source, patientId);
            if (order > 0)
            {
                return;
            }

            if (order == 0)
            {
                into.Add(map(reader));
            }

            _hasRow = await reader.ReadAsync(cancellationToken);
        }
    }

    public ValueTask DisposeAsync() => reader.DisposeAsync();
}
