using System.Data.Common;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using Microsoft.Data.SqlClient;
using Npgsql;

namespace QiPipeline.Warehouse;

/// <summary>
/// One line about a failure that holds no patient value and no connection-string value, for the
/// log, the run log (<c>etl_run_entity.error</c>), the load table, the Data quality sheet and the
/// command's last line. A database driver's message often quotes the value it choked on
/// (<c>invalid input syntax for type integer: "N-P000007"</c>) or a setting's value, so a driver
/// error is reduced to its type and code, plus the words before any value for a few message
/// shapes that name a column, a table or the expected type and nothing else.
/// </summary>
public static partial class SafeError
{
    /// <summary>Describes <paramref name="error"/> without any value it may quote.</summary>
    public static string Describe(Exception error) => error switch
    {
        PostgresException e => $"{e.GetType().Name} {e.SqlState}{Known(e.MessageText, e.SqlState)}",
        SqlException e => $"{e.GetType().Name} {e.Number}",
        DuckDBException e => $"{e.GetType().Name} ({e.ErrorType})",
        DbException e => $"{e.GetType().Name} {(e.SqlState is { Length: > 0 } state ? state : e.ErrorCode.ToString(System.Globalization.CultureInfo.InvariantCulture))}{Cause(e)}",
        SocketException e => $"{e.GetType().Name} ({e.SocketErrorCode})",
        TimeoutException e => e.GetType().Name,

        // A file system's own words (no space left, permission denied) and a path, never data.
        IOException or UnauthorizedAccessException => error.Message.ReplaceLineEndings(" "),
        _ => $"{error.GetType().Name}{Cause(error)}",
    };

    /// <summary>The first cause that says more than its wrapper (a refused connection inside a driver's error).</summary>
    private static string Cause(Exception error) =>
        error.InnerException is { } inner ? $" ({Describe(inner)})" : "";

    /// <summary>
    /// PostgreSQL's names of the conditions an operator meets while connecting a clinic (PostgreSQL
    /// documentation, appendix A), for the messages that quote a value or a setting (a user name).
    /// </summary>
    private static readonly Dictionary<string, string> PostgresConditions = new(StringComparer.Ordinal)
    {
        ["28000"] = "invalid_authorization_specification",
        ["28P01"] = "invalid_password",
        ["3D000"] = "invalid_catalog_name",
        ["42501"] = "insufficient_privilege",
        ["42601"] = "syntax_error",
        ["42703"] = "undefined_column",
        ["42P01"] = "undefined_table",
        ["42883"] = "undefined_function",
        ["22P02"] = "invalid_text_representation",
        ["22007"] = "invalid_datetime_format",
        ["22008"] = "datetime_field_overflow",
        ["22003"] = "numeric_value_out_of_range",
        ["25006"] = "read_only_sql_transaction",
        ["53100"] = "disk_full",
        ["53300"] = "too_many_connections",
        ["57014"] = "query_canceled",
        ["57P01"] = "admin_shutdown",
    };

    /// <summary>
    /// The value-free start of a PostgreSQL message whose shape is known (": invalid input syntax for
    /// type integer"), else the condition's name where it is one of the common ones.
    /// </summary>
    private static string Known(string message, string state) =>
        KnownPostgresMessage().Match(message) is { Success: true } match ? ": " + match.Groups["safe"].Value
        : PostgresConditions.TryGetValue(state, out var condition) ? $" ({condition})"
        : "";

    /// <summary>
    /// Shapes that name a type, a column or a table (taken from the query, not the data): those that
    /// go on to quote a value are kept up to the colon before it, the others only when they are the
    /// whole message.
    /// </summary>
    [GeneratedRegex(
        """^(?:(?<safe>invalid input syntax for type [a-z ]+|invalid input value for enum [a-z_.]+|date/time field value out of range):|(?<safe>value too long for type [a-z ]+\(\d+\)|numeric field overflow|[a-z]+ out of range|column "[^"]{1,63}" does not exist|relation "[^"]{1,63}" does not exist|permission denied for [a-z]+ [a-z_0-9.]{1,63}|cannot execute [A-Z ]+ in a read-only transaction|division by zero)$)""",
        RegexOptions.CultureInvariant)]
    private static partial Regex KnownPostgresMessage();
}
