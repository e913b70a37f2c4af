using Dapper;
using QiPipeline.TestSupport;
using QiPipeline.Warehouse.Schema;

namespace QiPipeline.Warehouse.Tests.Schema;

/// <summary>Schema creation and migration, on every provider.</summary>
public abstract class SchemaMigratorTests<TProvider>(TProvider provider)
    where TProvider : WarehouseProvider
{
    [SkippableFact]
    public async Task Migrate_NewWarehouse_CreatesEveryTableAndRecordsTheVersion()
    {
        Skip.If(provider.SkipReason is not null, provider.SkipReason);
        await using var connection = provider.Dialect.CreateConnection(await provider.NewWarehouseAsync());
        await connection.OpenAsync();

        var version = await SchemaMigrator.MigrateAsync(connection, provider.Dialect, TimeProvider.System, CancellationToken.None);

        Assert.Equal(Migrations.Latest, version);
        foreach (var table in WarehouseTables.All())
        {
            Assert.Equal(0, await connection.ExecuteScalarAsync<long>($"SELECT CAST(COUNT(*) AS BIGINT) FROM {provider.Dialect.Quote(table.Name)} WHERE 1 = 0"));
        }

        Assert.Equal(Migrations.All.Count, await connection.ExecuteScalarAsync<long>("SELECT CAST(COUNT(*) AS BIGINT) FROM schema_version"));
    }

    [SkippableFact]
    public async Task Migrate_Twice_AppliesNothingTheSecondTime()
    {
        Skip.If(provider.SkipReason is not null, provider.SkipReason);
        await using var connection = provider.Dialect.CreateConnection(await provider.NewWarehouseAsync());
        await connection.OpenAsync();
        await SchemaMigrator.MigrateAsync(connection, provider.Dialect, TimeProvider.System, CancellationToken.None);

        var version = await SchemaMigrator.MigrateAsync(connection, provider.Dialect, TimeProvider.System, CancellationToken.None);

        Assert.Equal(Migrations.Latest, version);
        Assert.Equal(Migrations.All.Count, await connection.ExecuteScalarAsync<long>("SELECT CAST(COUNT(*) AS BIGINT) FROM schema_version"));
    }

    [SkippableFact]
    public async Task Migrate_WarehouseFromANewerProgram_IsRefusedWithAReadableMessage()
    {
        Skip.If(provider.SkipReason is not null, provider.SkipReason);
        await using var connection = provider.Dialect.CreateConnection(await provider.NewWarehouseAsync());
        await connection.OpenAsync();
        await SchemaMigrator.MigrateAsync(connection, provider.Dialect, TimeProvider.System, CancellationToken.None);
        await connection.ExecuteAsync(
            $"INSERT INTO schema_version (version, applied_at, description) VALUES ({Migrations.Latest + 1}, {provider.Dialect.Parameter("at")}, 'future')",
            new { at = DateTime.UtcNow });

        var error = await Assert.ThrowsAsync<WarehouseException>(() => SchemaMigrator.MigrateAsync(connection, provider.Dialect, TimeProvider.System, CancellationToken.None));

        Assert.Contains("newer than this program", error.Message, StringComparison.Ordinal);
    }
}

public sealed class DuckDbSchemaMigratorTests(DuckDbProvider provider) : SchemaMigratorTests<DuckDbProvider>(provider), IClassFixture<DuckDbProvider>;

public sealed class PostgresSchemaMigratorTests(PostgresProvider provider) : SchemaMigratorTests<PostgresProvider>(provider), IClassFixture<PostgresProvider>;

public sealed class SqlServerSchemaMigratorTests(SqlServerProvider provider) : SchemaMigratorTests<SqlServerProvider>(provider), IClassFixture<SqlServerProvider>;
