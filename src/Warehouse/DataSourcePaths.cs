using System.Data.Common;

namespace QiPipeline.Warehouse;

/// <summary>Resolves the file of a file-based connection string against the configuration's folder.</summary>
public static class DataSourcePaths
{
    /// <summary>
    /// Rewrites a relative <c>Data Source</c> as an absolute path under <paramref name="baseDirectory"/>;
    /// other connection strings are returned unchanged.
    /// </summary>
    public static string Resolve(string connectionString, string baseDirectory)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        foreach (var key in new[] { "Data Source", "DataSource" })
        {
            if (builder.TryGetValue(key, out var value) && value is string path && path.Length > 0
                && !path.Equals(":memory:", StringComparison.OrdinalIgnoreCase) && !Path.IsPathRooted(path))
            {
                builder[key] = Path.GetFullPath(Path.Combine(baseDirectory, path));
                return builder.ConnectionString;
            }
        }

        return connectionString;
    }
}
