using System.Globalization;
using Microsoft.Data.Sqlite;

namespace QiPipeline.EtlBenchmark.MonthAfter;

/// <summary>
/// The south clinic's database as it stood at the cut: a copy of the generated database without the rows
/// changed after it. Its <c>modified_at</c> is ISO text, 'YYYY-MM-DD HH:MM:SS' (the generator's SouthClock),
/// so text comparison orders it; a row changed after the cut is dropped even if it was created before
/// (the month after's read then inserts it instead of updating it, which ends in the same warehouse row).
/// A patient is the exception: the generator stamps a patient who died with the death, so dropping one who
/// died near or after the cut would make every earlier record of theirs an <c>unknown_patient</c> reject
/// that the month after never reads again (the generator also stamps a new patient up to two days after
/// registering, so one registered on the cut's last days has records before their own row). A patient
/// changed after the cut who has any record changed by it is kept as they stood (alive, if the death came after the cut) and stamped at the cut, so the month
/// after reads the change.
/// </summary>
internal static class SouthCut
{
    private const string ModifiedAt = "modified_at";

    /// <returns>Rows deleted from the copy.</returns>
    public static async Task<long> WriteAsync(string database, string copy, DateOnly cut)
    {
        File.Copy(database, copy, overwrite: true);

        // No pooling: the file must be closed when this returns, before qi opens it.
        await using var connection = new SqliteConnection($"Data Source={copy};Pooling=False");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT m.name FROM sqlite_master AS m WHERE m.type = 'table' "
                + $"AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) AS c WHERE c.name = '{ModifiedAt}') ORDER BY m.name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        if (tables.Count == 0)
        {
            throw new InvalidOperationException($"{database}: no table has {ModifiedAt}");
        }

        long deleted = 0;
        await using var transaction = connection.BeginTransaction();
        await using (var alive = connection.CreateCommand())
        {
            // Each table's patients with a row by the cut, as one set (the tables have no index on mrn).
            var seen = string.Join(" UNION ", tables.Where(t => t != "person").Select(t => $"SELECT mrn FROM \"{t}\" WHERE {ModifiedAt} <= $last"));
            alive.Transaction = transaction;
            alive.CommandText = "UPDATE person SET deceased_on = CASE WHEN deceased_on > $day THEN NULL ELSE deceased_on END, modified_at = $last "
                + $"WHERE modified_at > $last AND mrn IN ({seen})";
            alive.Parameters.AddWithValue("$last", Last(cut));
            alive.Parameters.AddWithValue("$day", cut.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await alive.ExecuteNonQueryAsync();
        }

        foreach (var table in tables)
        {
            await using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = $"DELETE FROM \"{table}\" WHERE {ModifiedAt} > $last";
            delete.Parameters.AddWithValue("$last", Last(cut));
            deleted += await delete.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return deleted;
    }

    /// <summary>The last modified_at of the cut's day.</summary>
    private static string Last(DateOnly cut) => cut.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " 23:59:59";
}
