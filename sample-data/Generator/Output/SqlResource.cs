using System.Text;

namespace QiPipeline.SampleData;

/// <summary>The embedded .sql files of Output/Sql.</summary>
internal static class SqlResource
{
    private const string Prefix = "QiPipeline.SampleData.Sql.";

    public static IEnumerable<string> Names =>
        typeof(SqlResource).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..]);

    public static string Read(string fileName)
    {
        using var stream = typeof(SqlResource).Assembly.GetManifestResourceStream(Prefix + fileName)
            ?? throw new InvalidOperationException($"The SQL resource '{fileName}' is not embedded in {typeof(SqlResource).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The statement on one line, without comments, for a JSON configuration value.</summary>
    public static string OneLine(string sql)
    {
        var text = new StringBuilder();
        foreach (var line in sql.Split('\n'))
        {
            var comment = line.IndexOf("--", StringComparison.Ordinal);
            var code = (comment >= 0 ? line[..comment] : line).Trim();
            if (code.Length > 0)
            {
                text.Append(text.Length > 0 ? " " : "").Append(string.Join(' ', code.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
            }
        }

        return text.ToString();
    }
}
