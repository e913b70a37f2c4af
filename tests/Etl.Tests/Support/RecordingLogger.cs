using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace QiPipeline.Etl.Tests.Support;

/// <summary>Keeps every log message, and signals the first one of a chosen event id.</summary>
internal sealed class RecordingLogger(int signalEventId = -1) : ILogger
{
    private readonly TaskCompletionSource _signal = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<(int EventId, string Message)> Messages { get; } = new();

    /// <summary>Completes when the first message with the chosen event id is logged.</summary>
    public Task Signalled => _signal.Task;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        Messages.Enqueue((eventId.Id, formatter(state, exception)));
        if (eventId.Id == signalEventId)
        {
            _signal.TrySetResult();
        }
    }
}
