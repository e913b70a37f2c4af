using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.Extensions.Logging;
using QiPipeline.Etl.Resilience;
using QiPipeline.Etl.Sources;
using QiPipeline.Warehouse;
using QiPipeline.Warehouse.Dialects;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Loading;

/// <summary>
/// One ETL run: every source, entity by entity, into the warehouse. A source that cannot be
/// reached, or an entity that fails, is recorded and logged, and the run goes on with the rest.
/// Transient failures are retried per the source's policy (the connection check, and each whole
/// entity load, whose transaction rolls back first); a source past its time limit is cancelled.
/// Delays and time limits run on <c>timers</c> (the clock <c>time</c> when not given), so tests
/// can fix the run date and still let time pass for waits.
/// </summary>
internal sealed class EtlRunner(
    WarehouseConnection warehouse,
    IReadOnlyList<ConfiguredSource> sources,
    IReadOnlySet<string>? clinics,
    TimeProvider time,
    ILogger logger,
    ILoadInterceptor? interceptor = null,
    TimeProvider? timers = null,
    ILoadProgress? progress = null)
{
    public async Task<EtlRunResult> RunAsync(CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var run = new RunInfo(Guid.CreateVersion7(startedAt).ToString("N"), DateOnly.FromDateTime(time.GetLocalNow().DateTime));
        var log = new RunLogSql(warehouse.Dialect);
        await using var session = new WarehouseSession(warehouse);
        await (await session.OpenAsync(cancellationToken)).ExecuteAsync(new CommandDefinition(log.InsertRun, new Dictionary<string, object?>
        {
            ["run_id"] = run.RunId,
            ["started_at"] = startedAt.UtcDateTime,
            ["ended_at"] = null,
            ["run_date"] = run.RunDate,
            ["status"] = RunStatuses.Running,
            ["sources_ok"] = null,
            ["sources_failed"] = null,
        }, cancellationToken: cancellationToken));
        Log.RunStarted(logger, run.RunId, sources.Count, run.RunDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        var loader = new EntityLoader(warehouse.Dialect, time, interceptor, progress);
        var results = new List<SourceResult>();
        try
        {
            foreach (var configured in sources)
            {
                results.Add(await LoadSourceAsync(session, loader, configured, run, cancellationToken));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped (SIGTERM, Ctrl+C): the entity being loaded has rolled back; say so in the run log
            // rather than leave the run 'running'. Not cancellable itself: it is one short statement.
            try
            {
                await FinishAsync(session, log, run.RunId, RunStatuses.Cancelled, results, CancellationToken.None);
                Log.RunEnded(logger, run.RunId, RunStatuses.Cancelled);
            }
            catch (Exception e) when (e is DbException or InvalidOperationException)
            {
                // The connection went down with the stop (a closed connection throws InvalidOperationException): the next run marks this one abandoned.
            }

            throw;
        }

        var result = new EtlRunResult(run.RunId, results);
        await FinishAsync(session, log, run.RunId, result.Status, results, cancellationToken);
        Log.RunEnded(logger, run.RunId, result.Status);
        return result;
    }

    private async Task FinishAsync(WarehouseSession session, RunLogSql log, string runId, string status, List<SourceResult> results, CancellationToken cancellationToken) =>
        await (await session.OpenAsync(cancellationToken)).ExecuteAsync(new CommandDefinition(log.FinishRun, new Dictionary<string, object?>
        {
            ["run_id"] = runId,
            ["ended_at"] = time.GetUtcNow().UtcDateTime,
            ["status"] = status,
            ["sources_ok"] = results.Count(r => r.Succeeded),
            ["sources_failed"] = results.Count(r => !r.Succeeded),
        }, cancellationToken: cancellationToken));

    private async Task<SourceResult> LoadSourceAsync(
        WarehouseSession session, EntityLoader loader, ConfiguredSource configured, RunInfo run, CancellationToken cancellationToken)
    {
        var source = configured.Source;
        var policy = configured.EffectivePolicy;
        var entities = CanonicalModel.Entities.Where(source.Provides).ToList();
        var waits = timers ?? time;
        using var limit = policy.Timeout is { } timeout ? new CancellationTokenSource(timeout, waits) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, limit.Token);
        var retry = new SourceRetry(source.Name, policy, waits, logger);
        bool TimedOut() => limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested;

        var results = new List<EntityLoadResult>();
        try
        {
            await retry.ExecuteAsync(null, source.CheckAsync, linked.Token);
        }
        catch (Exception) when (TimedOut())
        {
            return await TimedOutAsync(session, loader, configured, run, results, entities, null, cancellationToken);
        }
        catch (SourceException e)
        {
            Log.SourceFailed(logger, source.Name, e.Message);
            await SkipAsync(session, loader, configured, run, results, entities, e.Message, cancellationToken);
            return new SourceResult(source.Name, source.Type, results, e.Message);
        }

        for (var i = 0; i < entities.Count; i++)
        {
            var entity = entities[i];
            var startedAt = time.GetUtcNow().UtcDateTime;
            try
            {
                var result = await retry.ExecuteAsync(
                    entity.Name, async token => await loader.LoadAsync(await session.OpenAsync(token), source, entity, configured.Mode, configured.EffectiveRules, run, clinics, token), linked.Token);
                progress?.EntityEnded(source.Name, entity.Name, result.Read); // first: it ends an in-place progress line before the log's
                Log.EntityLoaded(logger, source.Name, entity.Name, result.Read, result.Loaded, result.Unchanged, result.Rejected, result.Deleted, result.Seconds);
                if (result.Error is { } tooMany)
                {
                    Log.TooManyRejects(logger, source.Name, entity.Name, tooMany);
                }

                results.Add(result);
            }
            catch (Exception) when (TimedOut())
            {
                return await TimedOutAsync(session, loader, configured, run, results, entities.Skip(i).ToList(), startedAt, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var reason = e is SourceException ? e.Message : SafeError.Describe(e);
                if (retry.Attempts > 1)
                {
                    reason += $" (after {retry.Attempts} attempts)";
                }

                Log.EntityFailed(logger, source.Name, entity.Name, reason);
                progress?.EntityEnded(source.Name, entity.Name, 0);
                var failed = new EntityLoadResult(source.Name, entity.Name, EntityLoadResult.FailedStatus, 0, 0, 0, 0, 0, 0, reason);
                await loader.RecordAsync(await session.OpenAsync(cancellationToken), null, run, failed, configured.Mode, startedAt, cancellationToken);
                results.Add(failed);
            }
        }

        return new SourceResult(source.Name, source.Type, results, null);
    }

    /// <summary>
    /// A source past its time limit: the entity being loaded (its transaction already rolled
    /// back) is recorded as failed, those not begun as skipped, all with the same reason.
    /// </summary>
    private async Task<SourceResult> TimedOutAsync(
        WarehouseSession session,
        EntityLoader loader,
        ConfiguredSource configured,
        RunInfo run,
        List<EntityLoadResult> results,
        List<EntityDefinition> remaining,
        DateTime? currentStartedAt,
        CancellationToken cancellationToken)
    {
        var source = configured.Source;
        var seconds = configured.EffectivePolicy.Timeout!.Value.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        var reason = $"timed out after {seconds} s";
        Log.SourceTimedOut(logger, source.Name, seconds);
        var notBegun = remaining;
        if (currentStartedAt is { } startedAt && remaining.Count > 0)
        {
            var failed = new EntityLoadResult(source.Name, remaining[0].Name, EntityLoadResult.FailedStatus, 0, 0, 0, 0, 0, 0, reason);
            progress?.EntityEnded(source.Name, remaining[0].Name, 0);
            await loader.RecordAsync(await session.OpenAsync(cancellationToken), null, run, failed, configured.Mode, startedAt, cancellationToken);
            results.Add(failed);
            notBegun = remaining.Skip(1).ToList();
        }

        await SkipAsync(session, loader, configured, run, results, notBegun, reason, cancellationToken);
        return new SourceResult(source.Name, source.Type, results, reason);
    }

    private async Task SkipAsync(
        WarehouseSession session,
        EntityLoader loader,
        ConfiguredSource configured,
        RunInfo run,
        List<EntityLoadResult> results,
        IEnumerable<EntityDefinition> entities,
        string reason,
        CancellationToken cancellationToken)
    {
        foreach (var entity in entities)
        {
            var result = new EntityLoadResult(configured.Source.Name, entity.Name, EntityLoadResult.SkippedStatus, 0, 0, 0, 0, 0, 0, reason);
            await loader.RecordAsync(await session.OpenAsync(cancellationToken), null, run, result, configured.Mode, time.GetUtcNow().UtcDateTime, cancellationToken);
            results.Add(result);
        }
    }
}
