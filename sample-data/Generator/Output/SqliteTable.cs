using Microsoft.Data.Sqlite;

namespace QiPipeline.SampleData;

/// <summary>
/// A prepared INSERT into one south table. Values are given in canonical column order, already
/// in the south's representation; the row's <see cref="BadValue"/>, if any, replaces its column
/// with the raw bad text (SQLite keeps text in an INTEGER column when it is not a number).
/// </summary>
internal sealed class SqliteTable : IDisposable
{
    private readonly SqliteCommand _insert;
    private readonly SqliteParameter[] _values;
    private readonly SqliteParameter _modifiedAt;
    private BadValue? _bad;
    private int _column;

    public SqliteTable(SqliteConnection connection, SqliteTransaction transaction, SouthTable table)
    {
        var columns = table.Columns.Append(SouthTable.ModifiedAt).ToList();
        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText =
            $"INSERT INTO {table.Name} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        _values = [.. table.Columns.Select((_, i) => _insert.Parameters.Add(new SqliteParameter("$p" + i, DBNull.Value)))];
        _modifiedAt = _insert.Parameters.Add(new SqliteParameter("$p" + table.Columns.Count, DBNull.Value));
        _insert.Prepare();
    }

    public void BeginRow(BadValue? bad)
    {
        _bad = bad;
        _column = 0;
    }

    public void Value(object? value)
    {
        var column = _column++;
        _values[column].Value = _bad is { } bad && bad.Column == column ? (object?)bad.Value ?? DBNull.Value : value ?? DBNull.Value;
    }

    public void EndRow(string modifiedAt)
    {
        _modifiedAt.Value = modifiedAt;
        _insert.ExecuteNonQuery();
    }

    public void Dispose() => _insert.Dispose();
}
