using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using Dapper;
using QiPipeline.Etl.Sources;
using QiPipeline.Etl.Validation;
using QiPipeline.Warehouse;
using QiPipeline.Warehouse.Dialects;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Loading;

/// <summary>
/// Loads one entity of one source in one transaction: stage every record (validated row by
/// row), mark the set-based rejects in SQL, copy rejects, delete (snapshot), update and insert
/// by natural key, advance the watermark, record the counts, commit. Too many rejects still
/// commit (the good records load and the rejects stay in <c>etl_reject</c> to be looked at) but
/// give the status <c>too_many_rejects</c> and keep the watermark. A failure anywhere rolls
/// all of it back, so a re-run starts from the same warehouse.
/// </summary>
internal sealed class EntityLoader(WarehouseDialect dialect, TimeProvider time, ILoadInterceptor? interceptor = null, ILoadProgress? progress = null)
{
    /// <summary>Progress is reported every this many records: often enough for a display, rare enough to cost nothing.</summary>
    private const int ProgressEvery = 4096;

    private readonly RunLogSql _log = new(dialect);

    public async Task<EntityLoadResult> LoadAsync(
        DbConnection connection,
        IClinicSource source,
        EntityDefinition entity,
        LoadMode mode,
        SourceRules rules,
        RunInfo run,
        IReadOnlySet<string>? clinics,
        CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var startedAt = time.GetUtcNow().UtcDateTime;
        var sql = new EntityLoadSql(dialect, entity);
        var parameters = new Dictionary<string, object?>
        {
            ["source"] = source.Name,
            ["entity"] = entity.Name,
            ["run_id"] = run.RunId,
        };

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        Task<int> Execute(string statement) =>
            connection.ExecuteAsync(new CommandDefinition(statement, Bind(statement, parameters), transaction, commandTimeout: 0, cancellationToken: cancellationToken));

        DateTime? watermark = mode == LoadMode.Incremental
            ? await connection.ExecuteScalarAsync<DateTime?>(new CommandDefinition(_log.ReadWatermark, Bind(_log.ReadWatermark, parameters), transaction, cancellationToken: cancellationToken))
            : null;

        progress?.EntityStarted(source.Name, entity.Name);
        await Execute(sql.CreateStaging);
        var validator = new RecordValidator(entity, new ValidationContext(run.RunDate, clinics, mode == LoadMode.Incremental, rules.TimeZone));
        var read = await StageAsync(connection, transaction, source, entity, validator, watermark, cancellationToken);

        await Execute(sql.MarkSetRejects);
        long rejected = await Execute(sql.InsertRejects);
        string? tooManyRejects = null;
        if (RejectShare.Exceeded(read, rejected, rules.MaxRejectShare))
        {
            var reasonLists = await connection.QueryAsync<(string, long)>(new CommandDefinition(sql.CountRejectReasons, transaction: transaction, cancellationToken: cancellationToken));
            tooManyRejects = RejectShare.Describe(read, rejected, rules.MaxRejectShare, reasonLists);
        }

        if (interceptor is not null)
        {
            await interceptor.BeforeMergeAsync(source.Name, entity.Name, cancellationToken);
        }

        long deleted = 0, updated = 0, inserted;
        if (await connection.ExecuteScalarAsync<int>(new CommandDefinition(sql.HasFacts, Bind(sql.HasFacts, parameters), transaction, cancellationToken: cancellationToken)) == 1)
        {
            deleted = mode == LoadMode.Snapshot ? await Execute(sql.DeleteMissing) : 0;
            updated = await Execute(sql.UpdateFacts);
            inserted = await Execute(sql.InsertFacts);
        }
        else
        {
            inserted = await Execute(sql.InsertEveryFact);
        }

        // Too many rejects is most often a mapping mistake: the watermark stays, so once the
        // mapping is fixed the next incremental read sees the rejected records again.
        if (mode == LoadMode.Incremental && tooManyRejects is null)
        {
            var newest = await connection.ExecuteScalarAsync<DateTime?>(new CommandDefinition(sql.MaxUpdatedAt, transaction: transaction, cancellationToken: cancellationToken));
            if (newest is { } mark && (watermark is null || mark > watermark))
            {
                parameters["watermark"] = mark;
                await Execute(_log.DeleteWatermark);
                await Execute(_log.InsertWatermark);
            }
        }

        await Execute(sql.DropStaging);
        var result = new EntityLoadResult(
            source.Name,
            entity.Name,
            tooManyRejects is null ? EntityLoadResult.LoadedStatus : EntityLoadResult.TooManyRejectsStatus,
            read,
            inserted + updated,
            read - rejected - inserted - updated,
            rejected,
            deleted,
            clock.Elapsed.TotalSeconds,
            tooManyRejects);
        await RecordAsync(connection, transaction, run, result, mode, startedAt, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>Writes a row of <c>etl_run_entity</c> (in the load's transaction, or alone for a failure).</summary>
    public async Task RecordAsync(
        DbConnection connection,
        DbTransaction? transaction,
        RunInfo run,
        EntityLoadResult result,
        LoadMode mode,
        DateTime startedAt,
        CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(new CommandDefinition(
            _log.InsertRunEntity,
            new Dictionary<string, object?>
            {
                ["run_id"] = run.RunId,
                ["source"] = result.Source,
                ["entity"] = result.Entity,
                ["mode"] = mode == LoadMode.Snapshot ? "snapshot" : "incremental",
                ["status"] = result.Status,
                ["rows_read"] = result.Read,
                ["rows_loaded"] = result.Loaded,
                ["rows_unchanged"] = result.Unchanged,
                ["rows_rejected"] = result.Rejected,
                ["rows_deleted"] = result.Deleted,
                ["started_at"] = startedAt,
                ["ended_at"] = time.GetUtcNow().UtcDateTime,
                ["error"] = result.Error,
            },
            transaction,
            cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Reads, validates and writes through the engine's bulk path, the writing on a thread of its own
    /// and, for a source that reads ahead (<see cref="IClinicSource.ReadsAhead"/>), the reading too:
    /// the machine this runs on has at least two cores.
    /// A bounded channel keeps memory flat whatever the size of the read.
    /// </summary>
    private async Task<long> StageAsync(
        DbConnection connection,
        DbTransaction transaction,
        IClinicSource source,
        EntityDefinition entity,
        RecordValidator validator,
        DateTime? watermark,
        CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = new BulkChannel();
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    var records = source.ReadAsync(entity, watermark, stop.Token);
                    await foreach (var row in Validated(source.ReadsAhead ? ReadAhead.Of(records, stop.Token) : records, source.Name, entity.Name, validator, watermark, stop.Token))
                    {
                        await channel.WriteAsync(row, stop.Token);
                    }

                    await channel.CompleteAsync(stop.Token);
                }
                catch (Exception e)
                {
                    channel.Fail(e);
                }
            },
            CancellationToken.None);
        try
        {
            return await dialect.BulkInsertStagingAsync(connection, transaction, entity, channel.ReadAllAsync(cancellationToken), cancellationToken);
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }
        finally
        {
            await producer;
        }
    }

    /// <summary>Validates records as they stream in, skipping those not after the watermark.</summary>
    private async IAsyncEnumerable<object?[]> Validated(
        IAsyncEnumerable<RawRecord> records,
        string sourceName,
        string entityName,
        RecordValidator validator,
        DateTime? watermark,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        long count = 0;
        await foreach (var record in records.WithCancellation(cancellationToken))
        {
            if (progress is not null && ++count % ProgressEvery == 0)
            {
                progress.RowsRead(sourceName, entityName, count, record.Fraction);
            }

            if (watermark is { } mark
                && record.Values[validator.UpdatedAtIndex] is { } raw
                && RecordValidator.TryParseTimestamp(raw, out var updatedAt)
                && updatedAt <= mark)
            {
                continue;
            }

            yield return validator.ValidateForStaging(record);
        }
    }

    /// <summary>
    /// Passes only the parameters a statement uses: some engines refuse parameters that a
    /// statement does not mention.
    /// </summary>
    private DynamicParameters Bind(string statement, IReadOnlyDictionary<string, object?> values)
    {
        var bound = new DynamicParameters();
        foreach (var (name, value) in values)
        {
            if (statement.Contains(dialect.Parameter(name), StringComparison.Ordinal))
            {
                bound.Add(name, value);
            }
        }

        return bound;
    }
}
