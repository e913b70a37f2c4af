using Microsoft.SqlServer.TransactSql.ScriptDom;
using QiPipeline.Warehouse.Dialects;
using QiPipeline.Warehouse.Model;
using QiPipeline.Warehouse.Schema;

namespace QiPipeline.Warehouse.Tests.Dialects;

/// <summary>
/// No SQL Server can run here, so every statement the sqlserver provider sends is parsed with
/// Microsoft's own T-SQL parser (SQL Server 2017 grammar, the oldest version supported).
/// </summary>
public sealed class SqlServerStatementTests
{
    private static readonly SqlServerDialect Dialect = new();

    public static TheoryData<string, string> Statements()
    {
        var data = new TheoryData<string, string>();
        foreach (var migration in Migrations.All)
        {
            foreach (var (statement, i) in migration.Statements(Dialect).Select((s, i) => (s, i)))
            {
                data.Add($"migration {migration.Version} #{i}", statement);
            }
        }

        foreach (var entity in CanonicalModel.Entities)
        {
            foreach (var (statement, i) in new EntityLoadSql(Dialect, entity).All().Select((s, i) => (s, i)))
            {
                data.Add($"{entity.Name} #{i}", statement);
            }
        }

        foreach (var (statement, i) in new RunLogSql(Dialect).All().Select((s, i) => (s, i)))
        {
            data.Add($"run log #{i}", statement);
        }

        foreach (var (statement, i) in new KpiSql(Dialect).All().Select((s, i) => (s, i)))
        {
            data.Add($"kpi #{i}", statement);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void Statement_ParsedAsTSql2017_HasNoErrors(string name, string statement)
    {
        var parser = new TSql140Parser(initialQuotedIdentifiers: true);

        using var reader = new StringReader(statement);
        parser.Parse(reader, out var errors);

        Assert.True(errors.Count == 0, $"{name}: {string.Join("; ", errors.Select(e => $"{e.Message} at {e.Offset}"))}\n{statement}");
    }

    [Fact]
    public void UpdateFactFromStaging_UsesNullSafeComparisonWithoutIsDistinctFrom()
    {
        var update = Dialect.UpdateFactFromStaging(CanonicalModel.Encounters);

        Assert.DoesNotContain("IS DISTINCT FROM", update, StringComparison.Ordinal);
        Assert.Contains("[#stg_encounters]", update, StringComparison.Ordinal);
    }
}
