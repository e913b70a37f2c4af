using Microsoft.SqlServer.TransactSql.ScriptDom;
using QiPipeline.Metrics.Engine;
using QiPipeline.Warehouse.Dialects;

namespace QiPipeline.Metrics.Tests.Engine;

/// <summary>The timeline queries of the SQL Server provider parse as T-SQL (no server runs here).</summary>
public sealed class TimelineQueriesTests
{
    private static readonly SqlServerDialect SqlServer = new();

    public static TheoryData<string> SqlServerQueries() =>
    [
        TimelineQueries.Patients(SqlServer), TimelineQueries.Encounters(SqlServer), TimelineQueries.Screenings(SqlServer),
        TimelineQueries.Referrals(SqlServer), TimelineQueries.EdVisits(SqlServer), TimelineQueries.Fills(SqlServer),
        TimelineQueries.Diagnoses(SqlServer), TimelineQueries.Surveys(SqlServer),
    ];

    [Theory]
    [MemberData(nameof(SqlServerQueries))]
    public void Query_ParsedAsTSql2017_HasNoErrorsAndOrdersByBinaryCollation(string query)
    {
        using var reader = new StringReader(query);
        new TSql140Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);

        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => e.Message)) + "\n" + query);
        Assert.EndsWith("ORDER BY [source] COLLATE Latin1_General_BIN2, [patient_id] COLLATE Latin1_General_BIN2", query, StringComparison.Ordinal);
    }
}
