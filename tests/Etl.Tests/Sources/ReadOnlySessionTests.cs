using Microsoft.Data.SqlClient;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using Npgsql;
using QiPipeline.Etl.Configuration;
using QiPipeline.Etl.Sources;

namespace QiPipeline.Etl.Tests.Sources;

/// <summary>
/// What makes a clinic database read only for every provider. No SQL Server runs here, so its
/// statements are parsed with Microsoft's T-SQL parser (SQL Server 2017 grammar) and their effect is
/// read from the parse tree; PostgreSQL and SQLite are run for real in <see cref="DatabaseSourceTests"/>.
/// </summary>
public sealed class ReadOnlySessionTests
{
    [Fact]
    public void SqlServer_ReadRunsInATransactionThatIsRolledBack_AndAbortsOnAnyError()
    {
        var begin = Parse(string.Join("\n", ReadOnlySession.SqlServer.Begin));
        var end = Parse(ReadOnlySession.SqlServer.End!);

        Assert.Contains(begin, s => s is PredicateSetStatement { Options: SetOptions.XactAbort, IsOn: true });
        Assert.Contains(begin, s => s is BeginTransactionStatement);
        var rollback = Assert.IsType<IfStatement>(Assert.Single(end));
        Assert.IsType<RollbackTransactionStatement>(rollback.ThenStatement);
        Assert.DoesNotContain(begin.Concat(end), s => s is CommitTransactionStatement);
    }

    [Fact]
    public void SqlServer_ConnectionAsksForReadOnlyIntent()
    {
        var builder = new SqlConnectionStringBuilder(SourceFactory.ReadOnlySqlServer("Server=clinic;Database=ehr;User ID=reader;Password=x;ApplicationIntent=ReadWrite"));

        Assert.Equal(ApplicationIntent.ReadOnly, builder.ApplicationIntent);
        Assert.Equal("ehr", builder.InitialCatalog);
    }

    [Fact]
    public void Postgres_SessionDefaultsToReadOnlyTransactions_KeepingTheOptionsGiven()
    {
        var builder = new NpgsqlConnectionStringBuilder(SourceFactory.ReadOnlyPostgres("Host=clinic;Database=ehr;Options=-c search_path=ehr"));

        Assert.Equal("-c search_path=ehr -c default_transaction_read_only=on", builder.Options);
        Assert.Equal(["BEGIN TRANSACTION READ ONLY"], ReadOnlySession.Postgres.Begin);
        Assert.Equal("ROLLBACK", ReadOnlySession.Postgres.End);
    }

    private static List<TSqlStatement> Parse(string sql)
    {
        var parser = new TSql140Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var script = (TSqlScript)parser.Parse(reader, out var errors);
        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => e.Message)));
        return [.. script.Batches.SelectMany(b => b.Statements)];
    }
}
