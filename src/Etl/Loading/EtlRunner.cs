using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using QiPipeline.Etl.Sources;
using QiPipeline.Warehouse;
using QiPipeline.Warehouse.Dialects;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Loading;

/// <summary>
/// One ETL run: every source, entity by entity, into the warehouse. A source that cannot be
/// reached, or an entity that fails, is recorded and logged, and the run goes on with the rest.
/// </summary>
internal sealed class EtlRunner(
    WarehouseConnection warehouse,
    IReadOnlyList<ConfiguredSource> sources,
    IReadOnlySet<string>? clinics,
    TimeProvider time,
    ILogger logger,
    ILoadInterceptor? interceptor = null)
{
    public async Task<EtlRunResult> RunAsync(CancellationToken cancellationToken)
    {
        var startedAt = time.GetUtcNow();
        var run = new RunInfo(Guid.CreateVersion7(startedAt).ToString("N"), DateOnly.FromDateTime(time.GetLocalNow().DateTime));
        var log = new RunLogSql(warehouse.Dialect);
        await using var connection = await warehouse.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(log.InsertRun, new Dictionary<string, object?>
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

        var loader = new EntityLoader(warehouse.Dialect, time, interceptor);
        var results = new List<SourceResult>();
        try
        {
            foreach (var configured in sources)
            {
                results.Add(await LoadSourceAsync(connection, loader, configured, run, cancellationToken));
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped (SIGTERM, Ctrl+C): the entity being loaded has rolled back; say so in the run log
            // rather than leave the run 'running'. Not cancellable itself: it is one short statement.
            try
            {
                await FinishAsync(connection, log, run.RunId, RunStatuses.Cancelled, results, CancellationToken.None);
                Log.RunEnded(logger, run.RunId, RunStatuses.Cancelled);
            }
            catch (DbException)
            {
                // The connection went down with the stop: the next run marks this one abandoned.
            }

            throw;
        }

        var result = new EtlRunResult(run.RunId, results);
        await FinishAsync(connection, log, run.RunId, result.Status, results, cancellationToken);
        Log.RunEnded(logger, run.RunId, result.Status);
        return result;
    }

    private async Task FinishAsync(DbConnection connection, RunLogSql log, string runId, string status, List<SourceResult> results, CancellationToken cancellationToken) =>
        await connection.ExecuteAsync(new CommandDefinition(log.FinishRun, new Dictionary<string, object?>
        {
            ["run_id"] = runId,
            ["ended_at"] = time.GetUtcNow().UtcDateTime,
            ["status"] = status,
            ["sources_ok"] = results.Count(r => r.Succeeded),
            ["sources_failed"] = results.Count(r => !r.Succeeded),
        }, cancellationToken: cancellationToken));

    private async Task<SourceResult> LoadSourceAsync(
        DbConnection connection, EntityLoader loader, ConfiguredSource configured, RunInfo run, CancellationToken cancellationToken)
    {
        var source = configured.Source;
        var entities = CanonicalModel.Entities.Where(source.Provides).ToList();
        try
        {
            await source.CheckAsync(cancellationToken);
        }
        catch (SourceException e)
        {
            Log.SourceFailed(logger, source.Name, e.Message);
            var skipped = new List<EntityLoadResult>();
            foreach (var entity in entities)
            {
                var result = new EntityLoadResult(source.Name, entity.Name, EntityLoadResult.SkippedStatus, 0, 0, 0, 0, 0, 0, e.Message);
                await loader.RecordAsync(connection, null, run, result, configured.Mode, time.GetUtcNow().UtcDateTime, cancellationToken);
                skipped.Add(result);
            }

            return new SourceResult(source.Name, source.Type, skipped, e.Message);
        }

        var loaded = new List<EntityLoadResult>();
        foreach (var entity in entities)
        {
            var startedAt = time.GetUtcNow().UtcDateTime;
            try
            {
                var result = await loader.LoadAsync(connection, source, entity, configured.Mode, run, clinics, cancellationToken);
                Log.EntityLoaded(logger, source.Name, entity.Name, result.Read, result.Loaded, result.Unchanged, result.Rejected, result.Deleted, result.Seconds);
                loaded.Add(result);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                var reason = e is SourceException ? e.Message : $"{e.GetType().Name}: {e.Message}";
                Log.EntityFailed(logger, source.Name, entity.Name, reason);
                var failed = new EntityLoadResult(source.Name, entity.Name, EntityLoadResult.FailedStatus, 0, 0, 0, 0, 0, 0, reason);
                await loader.RecordAsync(connection, null, run, failed, configured.Mode, startedAt, cancellationToken);
                loaded.Add(failed);
            }
        }

        return new SourceResult(source.Name, source.Type, loaded, null);
    }
}
