using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using QiPipeline.Etl.Configuration;
using QiPipeline.Metrics.Measures;
using QiPipeline.Warehouse;
using QiPipeline.Warehouse.Dialects;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Cli.Configuration;

/// <summary>
/// Reads the configuration file, lets environment variables override it (prefix <c>QI_</c>,
/// sections joined by <c>__</c>: <c>QI_WAREHOUSE__CONNECTIONSTRING</c>), validates every key
/// and resolves relative paths against the file's folder. Every mistake is reported as one line
/// naming the file and the key.
/// </summary>
internal static partial class ConfigurationLoader
{
    public const string EnvironmentPrefix = "QI_";

    private const int MaxRetries = 100;
    private const double MaxRetryDelaySeconds = 3600;
    private const double MaxTimeoutSeconds = 7 * 24 * 3600;

    public static LoadedConfiguration Load(string path, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var file = Path.GetFullPath(path);
        if (!File.Exists(file))
        {
            throw new ConfigurationException($"{path}: configuration file not found");
        }

        var builder = new ConfigurationBuilder().AddJsonFile(file, optional: false, reloadOnChange: false);
        if (environment is null)
        {
            builder.AddEnvironmentVariables(EnvironmentPrefix);
        }
        else
        {
            builder.AddInMemoryCollection(environment
                .Where(e => e.Key.StartsWith(EnvironmentPrefix, StringComparison.OrdinalIgnoreCase))
                .Select(e => KeyValuePair.Create(e.Key[EnvironmentPrefix.Length..].Replace("__", ":", StringComparison.Ordinal), e.Value)));
        }

        QiOptions options;
        IConfigurationRoot root;
        try
        {
            root = builder.Build();
            ReportTargets.Validate(path, root);
            options = root.Get<QiOptions>() ?? new QiOptions();
        }
        catch (InvalidDataException e) when (e.InnerException is JsonException json)
        {
            throw new ConfigurationException($"{path}: not valid JSON ({json.Message})");
        }
        catch (InvalidDataException e)
        {
            throw new ConfigurationException($"{path}: not valid JSON ({e.Message})");
        }
        catch (InvalidOperationException e)
        {
            throw new ConfigurationException($"{path}: {BinderMessage(e)}");
        }

        var folder = Path.GetDirectoryName(file)!;
        var warehouse = ValidateWarehouse(path, options.Warehouse, folder);
        ValidateClinics(path, options.Clinics, root);
        ValidatePdsaCycles(path, root);
        ValidateReports(path, options.Reports, root);
        var sources = options.Sources.Select((s, i) => ValidateSource(path, s, i, folder, environment)).ToList();
        var duplicate = options.Sources.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ConfigurationException($"{path}: sources: the name '{duplicate.Key}' is used twice");
        }

        if (options.Sources.Count == 0)
        {
            throw new ConfigurationException($"{path}: sources: no source is configured");
        }

        var measures = root.GetSection("measures").GetChildren().ToDictionary(
            m => m.Key,
            m => (IReadOnlyDictionary<string, string?>)m.AsEnumerable(makePathsRelative: true).Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value),
            StringComparer.Ordinal);
        var edFile = root["ed:classificationFile"] is { Length: > 0 } ed ? Path.GetFullPath(Path.Combine(folder, ed)) : null;
        if (edFile is not null && !File.Exists(edFile))
        {
            throw new ConfigurationException($"{path}: ed.classificationFile '{root["ed:classificationFile"]}' does not exist");
        }

        return new LoadedConfiguration(file, options, warehouse, sources, measures, edFile, edFile is null ? null : ReadEdClassification(path, edFile));
    }

    /// <summary>Reads <c>ed.classificationFile</c> once, before any work: a bad table is one line naming the file and its line.</summary>
    private static EdClassification ReadEdClassification(string path, string file)
    {
        try
        {
            using var reader = new StreamReader(file);
            return EdClassification.FromCsv(reader);
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            throw new ConfigurationException($"{path}: ed.classificationFile {file}: {e.Message}");
        }
    }

    private static string ValidateWarehouse(string path, WarehouseOptions warehouse, string folder)
    {
        var dialect = WarehouseDialects.Find(warehouse.Provider)
            ?? throw new ConfigurationException($"{path}: warehouse.provider '{warehouse.Provider}' is not one of {WarehouseDialects.Names}");
        warehouse.Provider = dialect.Name;
        if (string.IsNullOrWhiteSpace(warehouse.ConnectionString))
        {
            throw new ConfigurationException($"{path}: warehouse.connectionString is empty");
        }

        var connectionString = CheckConnectionString(path, "warehouse.connectionString", warehouse.ConnectionString);
        if (dialect is DuckDbDialect)
        {
            connectionString = DataSourcePaths.Resolve(connectionString, folder);
            var file = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }["Data Source"] as string;
            if (file is not null && Path.GetDirectoryName(file) is { Length: > 0 } directory)
            {
                Directory.CreateDirectory(directory);
            }
        }

        return connectionString;
    }

    private static void ValidateClinics(string path, List<ClinicOptions> clinics, IConfiguration root)
    {
        // The binder drops a clinic whose date it cannot read, so dates are checked on the raw values.
        var raw = root.GetSection("clinics").GetChildren().ToList();
        for (var i = 0; i < raw.Count; i++)
        {
            var goLive = raw[i]["goLive"];
            if (!string.IsNullOrEmpty(goLive) && !DateOnly.TryParseExact(goLive, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                throw new ConfigurationException($"{path}: clinics[{i}].goLive '{goLive}' is not a date YYYY-MM-DD");
            }

            if (string.IsNullOrWhiteSpace(raw[i]["id"]))
            {
                throw new ConfigurationException($"{path}: clinics[{i}].id is empty");
            }
        }

        var duplicate = clinics.GroupBy(c => c.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ConfigurationException($"{path}: clinics: the id '{duplicate.Key}' is used twice");
        }
    }

    private static void ValidatePdsaCycles(string path, IConfiguration root)
    {
        // As for clinics, the binder would drop a cycle whose date it cannot read.
        var raw = root.GetSection("pdsaCycles").GetChildren().ToList();
        for (var i = 0; i < raw.Count; i++)
        {
            DateOnly? start = null;
            foreach (var key in new[] { "start", "end" })
            {
                var text = raw[i][key];
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    throw new ConfigurationException($"{path}: pdsaCycles[{i}].{key} '{text}' is not a date YYYY-MM-DD");
                }

                if (start is { } s && date < s)
                {
                    throw new ConfigurationException($"{path}: pdsaCycles[{i}].end {text} is before its start {s:yyyy-MM-dd}");
                }

                start ??= date;
            }

            if (string.IsNullOrWhiteSpace(raw[i]["id"]) || string.IsNullOrWhiteSpace(raw[i]["measureId"]))
            {
                throw new ConfigurationException($"{path}: pdsaCycles[{i}] needs an id and a measureId");
            }
        }
    }

    private static void ValidateReports(string path, ReportsOptions reports, IConfiguration root)
    {
        // As for clinics, the binder would silently drop a rate it cannot read, so rates are read from the raw values.
        reports.CocmRates.Clear();
        foreach (var entry in root.GetSection("reports:cocmRates").GetChildren())
        {
            var key = "reports.cocmRates." + entry.Key;
            if (!CocmBilling.Codes.Contains(entry.Key, StringComparer.Ordinal))
            {
                throw new ConfigurationException($"{path}: {key} is not a CoCM code (use {string.Join(", ", CocmBilling.Codes)})");
            }

            if (!decimal.TryParse(entry.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var rate))
            {
                throw new ConfigurationException($"{path}: {key} '{entry.Value}' is not a number");
            }

            if (rate < 0)
            {
                throw new ConfigurationException(string.Create(CultureInfo.InvariantCulture, $"{path}: {key} is {rate}; a rate cannot be negative"));
            }

            reports.CocmRates[entry.Key] = rate;
        }
    }

    private static string ValidateSource(string path, SourceOptions source, int index, string folder, IReadOnlyDictionary<string, string?>? environment)
    {
        var key = $"sources[{index}]";
        if (string.IsNullOrWhiteSpace(source.Name) || !SourceName().IsMatch(source.Name))
        {
            throw new ConfigurationException($"{path}: {key}.name '{source.Name}' must be 1-50 letters, digits, '-' or '_'");
        }

        key = $"sources[{index}] ('{source.Name}')";
        source.Type = source.Type?.ToLowerInvariant();
        if (source.Type is null || !SourceTypes.All.Contains(source.Type))
        {
            throw new ConfigurationException($"{path}: {key}.type '{source.Type}' is not one of {string.Join(", ", SourceTypes.All)}");
        }

        if (source.Mode is not null && source.Mode is not ("snapshot" or "incremental"))
        {
            throw new ConfigurationException($"{path}: {key}.mode '{source.Mode}' is not snapshot or incremental");
        }

        ValidatePolicy(path, key, source);
        if (SourceOptionsValidator.Validate(source) is { } problem)
        {
            throw new ConfigurationException($"{path}: {key}.{problem}");
        }

        if (source.Type == SourceTypes.Csv)
        {
            if (string.IsNullOrWhiteSpace(source.Path))
            {
                throw new ConfigurationException($"{path}: {key}.path is required for a csv source");
            }

            source.Path = Path.GetFullPath(Path.Combine(folder, source.Path));
            return "";
        }

        foreach (var entity in source.Queries.Keys)
        {
            if (CanonicalModel.Find(entity) is null)
            {
                throw new ConfigurationException(
                    $"{path}: {key}.queries.{entity} is not an entity (use {string.Join(", ", CanonicalModel.Entities.Select(e => e.Name))})");
            }
        }

        if (source.Queries.Count == 0)
        {
            throw new ConfigurationException($"{path}: {key}.queries is empty: give one SELECT per entity");
        }

        if (source.Type == SourceTypes.Files)
        {
            source.Path = Path.GetFullPath(Path.Combine(folder, source.Path!));
            return "";
        }

        var connectionString = source.ConnectionString;
        if (source.ConnectionStringEnv is { Length: > 0 } variable)
        {
            connectionString = environment is null ? Environment.GetEnvironmentVariable(variable) : environment.GetValueOrDefault(variable);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new ConfigurationException($"{path}: {key}.connectionStringEnv names {variable}, which is not set");
            }
        }

        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ConfigurationException($"{path}: {key}.connectionString is required for a {source.Type} source");
        }

        connectionString = CheckConnectionString(path, key + ".connectionString", connectionString);
        return source.Type == SourceTypes.Sqlite ? DataSourcePaths.Resolve(connectionString, folder) : connectionString;
    }

    /// <summary>Retries and delays must be usable numbers: a negative one is a typo, never a wish.</summary>
    private static void ValidatePolicy(string path, string key, SourceOptions source)
    {
        if (source.Retries is < 0 or > MaxRetries)
        {
            throw new ConfigurationException($"{path}: {key}.retries {source.Retries} must be 0-{MaxRetries}");
        }

        CheckSeconds(path, key + ".retryDelaySeconds", source.RetryDelaySeconds, MaxRetryDelaySeconds);
        CheckSeconds(path, key + ".timeoutSeconds", source.TimeoutSeconds, MaxTimeoutSeconds);
    }

    private static void CheckSeconds(string path, string key, double? seconds, double max)
    {
        if (seconds is { } value && (double.IsNaN(value) || value < 0 || value > max))
        {
            throw new ConfigurationException(string.Create(CultureInfo.InvariantCulture, $"{path}: {key} {value} must be 0-{max} seconds"));
        }
    }

    /// <summary>Refuses a malformed connection string without echoing it (it may hold a password).</summary>
    private static string CheckConnectionString(string path, string key, string connectionString)
    {
        try
        {
            _ = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
            return connectionString;
        }
        catch (ArgumentException)
        {
            throw new ConfigurationException($"{path}: {key} is not a valid connection string (key=value;...)");
        }
    }

    private static string BinderMessage(InvalidOperationException e)
    {
        var match = BinderKey().Match(e.Message);
        return match.Success
            ? $"{match.Groups[1].Value.Replace(':', '.')}: the value cannot be read as {match.Groups[2].Value.Split('.')[^1].TrimEnd(']', '\'')}"
            : e.Message;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,50}$")]
    private static partial Regex SourceName();

    [GeneratedRegex("at '([^']+)' to type '([^']+)'")]
    private static partial Regex BinderKey();
}
