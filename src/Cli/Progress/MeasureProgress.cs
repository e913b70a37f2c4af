using QiPipeline.Application;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Cli.Progress;

/// <summary>
/// The measure run's progress: patients processed, as a percent of the warehouse's patient
/// count where it is known, and the rate. It sees each timeline but keeps only the count.
/// </summary>
internal sealed class MeasureProgress(ProgressRenderer renderer, TimeProvider timers) : IMeasureProgress
{
    /// <summary>The throttle is asked every this many patients, so the pass pays next to nothing.</summary>
    private const int CheckEvery = 256;

    private long _started = timers.GetTimestamp();
    private long? _total;
    private long _patients;

    /// <summary>The progress of a measure run shown on the context's standard error.</summary>
    public static MeasureProgress For(CliContext context) => new(ProgressRenderer.For(context), context.Waits);

    public void Start(long patients)
    {
        _total = patients;
        _started = timers.GetTimestamp();
    }

    public void Observe(PatientTimeline timeline, IReadOnlyList<UnitResult> units)
    {
        if (++_patients % CheckEvery == 0)
        {
            renderer.Update(Text());
        }
    }

    /// <summary>Shows the final count.</summary>
    public void Complete() => renderer.Complete(Text());

    private string Text() =>
        ProgressText.Format("measures", _patients, "patients", _total is > 0 ? (double)_patients / _total.Value : null, timers.GetElapsedTime(_started));
}
