using Microsoft.SqlServer.TransactSql.ScriptDom;
using QiPipeline.Warehouse.Dialects;
using QiPipeline.Warehouse.Locking;
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

        data.Add("run lock acquire", SqlServerRunLock.AcquireSql);
        data.Add("run lock holder", SqlServerRunLock.HolderSql);
        data.Add("run lock release", SqlServerRunLock.ReleaseSql);

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
    public void Migration3_AddsOtherDxToEdVisitsAsAnOptionalColumn()
    {
        var statement = Assert.Single(Migrations.All.Single(m => m.Version == 3).Statements(Dialect));

        Assert.Equal("ALTER TABLE [ed_visits] ADD [other_dx] NVARCHAR(1000)", statement);
    }

    [Fact]
    public void Migration4_AddsDxSystemToDiagnosesAndMarksEarlierRowsIcd10cm()
    {
        var statements = Migrations.All.Single(m => m.Version == 4).Statements(Dialect).ToList();

        Assert.Equal(
            [
                "ALTER TABLE [diagnoses] ADD [dx_system] NVARCHAR(20)",
                "UPDATE [diagnoses] SET [dx_system] = 'icd10cm' WHERE [dx_system] IS NULL",
            ],
            statements);
    }

    [Fact]
    public void UpdateFactFromStaging_UsesNullSafeComparisonWithoutIsDistinctFrom()
    {
        var update = Dialect.UpdateFactFromStaging(CanonicalModel.Encounters);

        Assert.DoesNotContain("IS DISTINCT FROM", update, StringComparison.Ordinal);
        Assert.Contains("[#stg_encounters]", update, StringComparison.Ordinal);
    }

    [Fact]
    public void RunLockAcquire_IsASessionOwnedExclusiveApplockThatDoesNotWait()
    {
        var parameters = ProcedureParameters(SqlServerRunLock.AcquireSql, "sp_getapplock");

        Assert.Equal("qi-pipeline-run", parameters["@Resource"]);
        Assert.Equal("Exclusive", parameters["@LockMode"]);
        Assert.Equal("Session", parameters["@LockOwner"]);
        Assert.Equal("0", parameters["@LockTimeout"]);
    }

    [Fact]
    public void RunLockRelease_ReleasesTheSameSessionOwnedResource()
    {
        var parameters = ProcedureParameters(SqlServerRunLock.ReleaseSql, "sp_releaseapplock");

        Assert.Equal("qi-pipeline-run", parameters["@Resource"]);
        Assert.Equal("Session", parameters["@LockOwner"]);
    }

    /// <summary>The named arguments of the one EXEC of <paramref name="procedure"/> in a batch, as literal text.</summary>
    private static Dictionary<string, string> ProcedureParameters(string batch, string procedure)
    {
        using var reader = new StringReader(batch);
        var script = new TSql140Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);
        Assert.Empty(errors);
        var calls = new ProcedureCalls();
        script.Accept(calls);
        var call = Assert.Single(calls.Found, c => c.ProcedureReference.ProcedureReference.Name.BaseIdentifier.Value == procedure);
        return call.Parameters.ToDictionary(p => p.Variable.Name, p => ((Literal)p.ParameterValue).Value, StringComparer.Ordinal);
    }

    private sealed class ProcedureCalls : TSqlFragmentVisitor
    {
        public List<ExecutableProcedureReference> Found { get; } = [];

        public override void Visit(ExecutableProcedureReference node) => Found.Add(node);
    }
}
