using System.Data.Common;
using Dapper;
using QiPipeline.TestSupport;
using QiPipeline.Warehouse.Dialects;
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
    public async Task Migrate_NewWarehouse_EveryTableHasTheColumnsOfItsDefinition()
    {
        Skip.If(provider.SkipReason is not null, provider.SkipReason);
        await using var connection = provider.Dialect.CreateConnection(await provider.NewWarehouseAsync());
        await connection.OpenAsync();

        await SchemaMigrator.MigrateAsync(connection, provider.Dialect, TimeProvider.System, CancellationToken.None);

        foreach (var table in WarehouseTables.All())
        {
            var columns = (await ColumnsAsync(connection, table.Name)).Select(c => c.Name).Order(StringComparer.Ordinal);
            Assert.Equal(table.Columns.Select(c => c.Name).Order(StringComparer.Ordinal), columns);
        }
    }

    [SkippableFact]
    public async Task Migrate_WarehouseAtVersion2_AddsOtherDxKeepsTheVisitsAndEndsLikeANewWarehouse()
    {
        Skip.If(provider.SkipReason is not null, provider.SkipReason);
        await using var old = provider.Dialect.CreateConnection(await provider.NewWarehouseAsync());
        await old.OpenAsync();
        await MigrateByHandToAsync(old, 2);
        Assert.DoesNotContain("other_dx", (await ColumnsAsync(old, "ed_visits")).Select(c => c.Name));
        await old.ExecuteAsync(
            $"INSERT INTO ed_visits (source, ed_visit_id, patient_id, visit_date, primary_dx, admitted, loaded_run_id) VALUES ('n', 'V1', 'P1', {provider.Dialect.Parameter("day")}, 'J06.9', {provider.Dialect.Parameter("no")}, 'r1')",
            new { day = new DateTime(2025, 1, 15), no = false });

        var version = await SchemaMigrator.MigrateAsync(old, provider.Dialect, TimeProvider.System, CancellationToken.None);

        Assert.Equal(Migrations.Latest, version);
        Assert.Equal(Enumerable.Range(1, Migrations.Latest).Select(v => (long)v), await old.QueryAsync<long>("SELECT CAST(version AS BIGINT) FROM schema_version ORDER BY version"));
        Assert.Equal(1, await old.ExecuteScalarAsync<long>("SELECT CAST(COUNT(*) AS BIGINT) FROM ed_visits WHERE ed_visit_id = 'V1' AND primary_dx = 'J06.9' AND other_dx IS NULL"));
        await using var fresh = provider.Dialect.CreateConnection(await provider.NewWarehouseAsync());
        await fresh.OpenAsync();
        await SchemaMigrator.MigrateAsync(fresh, provider.Dialect, TimeProvider.System, CancellationToken.None);
        foreach (var table in WarehouseTables.All())
        {
            Assert.Equal(await ColumnsAsync(fresh, table.Name), await ColumnsAsync(old, table.Name));
        }
    }

    [SkippableFact]
    public async Task Migrate_WarehouseAtVersion3_AddsDxSystemMarksEveryEarlierDiagnosisIcd10cmAndEndsLikeANewWarehouse()
    {
        Skip.If(provider.SkipReason is not null, provider.SkipReason);
        await using var old = provider.Dialect.CreateConnection(await provider.NewWarehouseAsync());
        await old.OpenAsync();
        await MigrateByHandToAsync(old, 3);
        Assert.DoesNotContain("dx_system", (await ColumnsAsync(old, "diagnoses")).Select(c => c.Name));
        await old.ExecuteAsync(
            $"INSERT INTO diagnoses (source, diagnosis_id, patient_id, dx_code, dx_date, loaded_run_id) VALUES ('n', {provider.Dialect.Parameter("id")}, 'P1', 'F32.1', {provider.Dialect.Parameter("day")}, 'r1')",
            new[] { new { id = "D1", day = new DateTime(2025, 1, 15) }, new { id = "D2", day = new DateTime(2025, 2, 15) } });

        var version = await SchemaMigrator.MigrateAsync(old, provider.Dialect, TimeProvider.System, CancellationToken.None);

        Assert.Equal(4, version);
        Assert.Equal(2, await old.ExecuteScalarAsync<long>("SELECT CAST(COUNT(*) AS BIGINT) FROM diagnoses WHERE dx_code = 'F32.1' AND dx_system = 'icd10cm'"));
        Assert.Equal(0, await old.ExecuteScalarAsync<long>("SELECT CAST(COUNT(*) AS BIGINT) FROM diagnoses WHERE dx_system IS NULL"));
        await using var fresh = provider.Dialect.CreateConnection(await provider.NewWarehouseAsync());
        await fresh.OpenAsync();
        await SchemaMigrator.MigrateAsync(fresh, provider.Dialect, TimeProvider.System, CancellationToken.None);
        Assert.Equal(await ColumnsAsync(fresh, "diagnoses"), await ColumnsAsync(old, "diagnoses"));
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

    /// <summary>The table's columns in order, with the type the engine reports for each.</summary>
    private async Task<List<(string Name, string Type)>> ColumnsAsync(DbConnection connection, string table)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {provider.Dialect.Quote(table)} WHERE 1 = 0";
        await using var reader = await command.ExecuteReaderAsync();
        return [.. Enumerable.Range(0, reader.FieldCount).Select(i => (reader.GetName(i), reader.GetDataTypeName(i)))];
    }

    /// <summary>Applies the steps up to <paramref name="version"/> as a program of that version would have.</summary>
    private async Task MigrateByHandToAsync(DbConnection connection, int version)
    {
        var sql = new RunLogSql(provider.Dialect);
        await connection.ExecuteAsync(sql.CreateSchemaVersion);
        foreach (var migration in Migrations.All.Where(m => m.Version <= version))
        {
            foreach (var statement in migration.Statements(provider.Dialect))
            {
                await connection.ExecuteAsync(statement);
            }

            await connection.ExecuteAsync(sql.InsertSchemaVersion, new { version = migration.Version, applied_at = DateTime.UtcNow, description = migration.Description });
        }
    }
}

public sealed class DuckDbSchemaMigratorTests(DuckDbProvider provider) : SchemaMigratorTests<DuckDbProvider>(provider), IClassFixture<DuckDbProvider>;

public sealed class PostgresSchemaMigratorTests(PostgresProvider provider) : SchemaMigratorTests<PostgresProvider>(provider), IClassFixture<PostgresProvider>;

public sealed class SqlServerSchemaMigratorTests(SqlServerProvider provider) : SchemaMigratorTests<SqlServerProvider>(provider), IClassFixture<SqlServerProvider>;
