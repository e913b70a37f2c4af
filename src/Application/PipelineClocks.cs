namespace QiPipeline.Application;

/// <summary>The pipeline's two clocks, so tests may fix the date and still let waits pass.</summary>
/// <param name="Calendar">The clock of dates: the run date, the default as-of date, the warehouse's timestamps.</param>
/// <param name="Timers">The clock that retry delays, source time limits and progress throttling run on.</param>
internal sealed record PipelineClocks(TimeProvider Calendar, TimeProvider Timers)
{
    /// <summary>Real time for both.</summary>
    public static PipelineClocks System { get; } = new(TimeProvider.System, TimeProvider.System);
}
