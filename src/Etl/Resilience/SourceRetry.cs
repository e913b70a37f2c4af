using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;
using Npgsql;
using Polly;
using Polly.Retry;
using QiPipeline.Etl.Loading;

namespace QiPipeline.Etl.Resilience;

/// <summary>
/// Runs a unit of one source that is safe to repeat (the connection check, a whole entity load
/// whose transaction rolls back on failure) and repeats it after a transient failure, with
/// exponentially growing, jittered delays on the given TimeProvider. Each retry is logged with
/// the source, entity, attempt, delay and error type, never the message (it may quote values).
/// </summary>
internal sealed class SourceRetry(string source, SourcePolicy policy, TimeProvider timers, ILogger logger)
{
    /// <summary>A single delay never exceeds this, however many retries are configured.</summary>
    private static readonly TimeSpan LongestDelay = TimeSpan.FromMinutes(10);

    /// <summary>The attempts the last call made (1 when it did not retry).</summary>
    public int Attempts { get; private set; }

    /// <summary>Runs <paramref name="unit"/>, retrying it on a transient failure.</summary>
    /// <param name="entity">The entity the unit loads, or null for the connection check.</param>
    /// <param name="unit">The unit; it must leave nothing behind when it fails.</param>
    /// <param name="cancellationToken">Cancels the unit and any wait between attempts.</param>
    public async Task<T> ExecuteAsync<T>(string? entity, Func<CancellationToken, Task<T>> unit, CancellationToken cancellationToken)
    {
        Attempts = 1;
        var pipeline = Build(entity ?? "(connection)");
        return await pipeline.ExecuteAsync(async token => await unit(token), cancellationToken);
    }

    /// <summary>Runs <paramref name="unit"/>, retrying it on a transient failure.</summary>
    public Task ExecuteAsync(string? entity, Func<CancellationToken, Task> unit, CancellationToken cancellationToken) =>
        ExecuteAsync(entity, async token =>
        {
            await unit(token);
            return true;
        }, cancellationToken);

    /// <summary>The error's kind for the log: the driver exception's type and code, no message.</summary>
    public static string Describe(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException postgres:
                    return $"{nameof(PostgresException)} {postgres.SqlState}";
                case Microsoft.Data.SqlClient.SqlException sql:
                    return $"SqlException {sql.Number}";
                case Microsoft.Data.Sqlite.SqliteException sqlite:
                    return $"SqliteException {sqlite.SqliteErrorCode}";
                case SocketException socket:
                    return $"{nameof(SocketException)} {socket.SocketErrorCode}";
                case DbException or TimeoutException when e.InnerException is null or not (DbException or SocketException or TimeoutException):
                    return e.GetType().Name;
                default:
                    break;
            }
        }

        return error.GetType().Name;
    }

    private ResiliencePipeline Build(string entity)
    {
        if (policy.Retries == 0)
        {
            return ResiliencePipeline.Empty;
        }

        return new ResiliencePipelineBuilder { TimeProvider = timers }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(
                    args.Outcome.Exception is { } e && !args.Context.CancellationToken.IsCancellationRequested && TransientErrors.IsTransient(e)),
                MaxRetryAttempts = policy.Retries,
                Delay = policy.FirstDelay,
                MaxDelay = policy.FirstDelay > LongestDelay ? policy.FirstDelay : LongestDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                OnRetry = args =>
                {
                    Attempts = args.AttemptNumber + 2;
                    Log.Retrying(logger, source, entity, args.AttemptNumber + 1, policy.Retries, args.RetryDelay.TotalSeconds, Describe(args.Outcome.Exception!));
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }
}
