using System.Data.Common;
using DuckDB.NET.Data;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace QiPipeline.Application.Configuration;

/// <summary>
/// Checks a connection string with its own provider's builder, key by key, so a misspelled keyword or an
/// unreadable value is one line naming the keyword, before anything connects. Values are never quoted:
/// they may be passwords.
/// </summary>
internal static class ConnectionStrings
{
    /// <summary>DuckDB.NET's own keywords; every other keyword is a DuckDB setting.</summary>
    private static readonly string[] DuckDbKeywords = ["Data Source", "DataSource"];

    private static readonly Lazy<HashSet<string>> DuckDbSettings = new(ReadDuckDbSettings);

    /// <summary>What is wrong with <paramref name="connectionString"/> for <paramref name="provider"/>, or null.</summary>
    public static string? Problem(string provider, string connectionString)
    {
        DbConnectionStringBuilder generic;
        try
        {
            generic = new DbConnectionStringBuilder { ConnectionString = connectionString };
        }
        catch (ArgumentException)
        {
            return "is not a valid connection string (key=value;...)";
        }

        if (provider == "duckdb")
        {
            var unknown = generic.Keys.Cast<string>().FirstOrDefault(k =>
                !DuckDbKeywords.Contains(k, StringComparer.OrdinalIgnoreCase) && !DuckDbSettings.Value.Contains(k));
            return unknown is null ? null : $"'{unknown}' is not a DuckDB connection-string keyword or setting";
        }

        DbConnectionStringBuilder? builder = provider switch
        {
            "postgres" => new NpgsqlConnectionStringBuilder(),
            "sqlserver" => new SqlConnectionStringBuilder(),
            "sqlite" => new SqliteConnectionStringBuilder(),
            _ => null,
        };
        return builder is null ? null : KeyByKey(builder, generic, provider);
    }

    private static string? KeyByKey(DbConnectionStringBuilder builder, DbConnectionStringBuilder generic, string provider)
    {
        foreach (string key in generic.Keys)
        {
            if (!builder.ContainsKey(key))
            {
                return $"'{key}' is not a {provider} connection-string keyword";
            }

            try
            {
                builder[key] = generic[key];
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException or InvalidOperationException)
            {
                return $"the value of '{key}' is not valid for {provider}";
            }
        }

        return null;
    }

    private static HashSet<string> ReadDuckDbSettings()
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM duckdb_settings()";
        using var reader = command.ExecuteReader();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
