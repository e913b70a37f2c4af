using System.Runtime.CompilerServices;
using System.Threading.Channels;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Engine;

/// <summary>
/// The families evaluated on several workers, the results handed back in the reader's patient order.
/// One task reads the timelines into batches; each batch is evaluated on a worker of its own; the
/// caller takes the batches back in the order they were read. So whatever adds the units up (the
/// aggregator, the observers, the kpi_patient writer) sees exactly the sequence one worker would give,
/// and sums of doubles, medians and row order come out byte for byte the same. Families keep no state
/// between patients (<see cref="IMeasureFamily"/>), which is what makes them safe to run side by side.
/// Memory holds a bounded number of batches, whatever the number of patients.
/// </summary>
internal static class ParallelEvaluation
{
    /// <summary>Timelines per batch: large enough that a hand-off costs little next to the evaluation, small enough to keep memory flat.</summary>
    public const int BatchSize = 64;

    public static async IAsyncEnumerable<EvaluatedPatient> RunAsync(
        IAsyncEnumerable<PatientTimeline> timelines,
        Func<PatientTimeline, EvaluatedPatient> evaluate,
        int workers,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (workers <= 1)
        {
            await foreach (var timeline in timelines.WithCancellation(cancellationToken))
            {
                yield return evaluate(timeline);
            }

            yield break;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var batches = Channel.CreateBounded<PatientTimeline[]>(new BoundedChannelOptions(workers * 2) { SingleReader = true, SingleWriter = true });
        var reading = Task.Run(() => ReadAsync(timelines, batches.Writer, stop.Token), stop.Token);
        var evaluating = new Queue<Task<EvaluatedPatient[]>>();
        try
        {
            await foreach (var batch in batches.Reader.ReadAllAsync(stop.Token))
            {
                evaluating.Enqueue(Task.Run(() => Array.ConvertAll(batch, t => evaluate(t)), stop.Token));
                while (evaluating.Count >= workers)
                {
                    foreach (var patient in await evaluating.Dequeue())
                    {
                        yield return patient;
                    }
                }
            }

            while (evaluating.Count > 0)
            {
                foreach (var patient in await evaluating.Dequeue())
                {
                    yield return patient;
                }
            }

            // The reader's own error (a lost connection), with its own type, once its last batch is through.
            await reading;
        }
        finally
        {
            // Stopped early (the caller failed or was cancelled): stop the reader and let the workers finish.
            await stop.CancelAsync();
            await Task.WhenAll([reading, .. evaluating]).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private static async Task ReadAsync(IAsyncEnumerable<PatientTimeline> timelines, ChannelWriter<PatientTimeline[]> batches, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new List<PatientTimeline>(BatchSize);
            await foreach (var timeline in timelines.WithCancellation(cancellationToken))
            {
                batch.Add(timeline);
                if (batch.Count == BatchSize)
                {
                    await batches.WriteAsync([.. batch], cancellationToken);
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                await batches.WriteAsync([.. batch], cancellationToken);
            }
        }
        finally
        {
            batches.TryComplete();
        }
    }
}
