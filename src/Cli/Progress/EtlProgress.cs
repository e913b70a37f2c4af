using QiPipeline.Etl.Loading;

namespace QiPipeline.Cli.Progress;

/// <summary>The ETL's progress as lines: rows read per (source, entity), the percent a file gives, the rate.</summary>
internal sealed class EtlProgress(ProgressRenderer renderer, TimeProvider timers) : ILoadProgress
{
    private long _started = timers.GetTimestamp();

    public void EntityStarted(string source, string entity)
    {
        Interlocked.Exchange(ref _started, timers.GetTimestamp());
        renderer.Update(ProgressText.Format($"{source}/{entity}", 0, "rows", null, TimeSpan.Zero));
    }

    public void RowsRead(string source, string entity, long rows, double? fraction) =>
        renderer.Update(ProgressText.Format($"{source}/{entity}", rows, "rows", fraction, timers.GetElapsedTime(Interlocked.Read(ref _started))));

    public void EntityEnded(string source, string entity, long rows) =>
        renderer.Complete(ProgressText.Format($"{source}/{entity}", rows, "rows", null, timers.GetElapsedTime(Interlocked.Read(ref _started))));
}
