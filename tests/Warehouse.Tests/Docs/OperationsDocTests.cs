using System.Text.RegularExpressions;
using Microsoft.SqlServer.TransactSql.ScriptDom;
using QiPipeline.Warehouse.Locking;

namespace QiPipeline.Warehouse.Tests.Docs;

/// <summary>
/// docs/operations.md's SQL Server Agent job is T-SQL an administrator pastes as is: it must parse, and
/// what it says about the lock must match the lock the code takes.
/// </summary>
public sealed partial class OperationsDocTests
{
    [Fact]
    public void SqlAgentJob_ParsesAsTSqlAndNamesTheLockResourceTheCodeTakes()
    {
        var text = File.ReadAllText(FindDoc());
        var sql = Assert.Single(SqlBlock().Matches(text)).Groups[1].Value;

        using var reader = new StringReader(sql);
        new TSql140Parser(initialQuotedIdentifiers: true).Parse(reader, out var errors);

        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => $"{e.Message} at line {e.Line}")));
        Assert.Contains("@subsystem = N'CmdExec'", sql, StringComparison.Ordinal);
        Assert.Contains($"resource `{SqlServerRunLock.Resource}`", text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"```sql\n(USE msdb;.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();

    private static string FindDoc()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "docs", "operations.md");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("docs/operations.md not found above the test folder");
    }
}
