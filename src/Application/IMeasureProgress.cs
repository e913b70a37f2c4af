using QiPipeline.Metrics.Engine;

namespace QiPipeline.Application;

/// <summary>Sees a measure run as it goes (a progress display): each timeline, and the run's start and end.</summary>
internal interface IMeasureProgress : ITimelineObserver
{
    /// <summary>The pass begins over the warehouse's <paramref name="patients"/>.</summary>
    void Start(long patients);

    /// <summary>The pass ended.</summary>
    void Complete();
}
