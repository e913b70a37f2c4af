using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using QiPipeline.Etl.Configuration;
using QiPipeline.Metrics.Measures;
using QiPipeline.Warehouse;
using QiPipeline.Warehouse.Dialects;

namespace QiPipeline.Application.Configuration;

/// <summary>
/// Reads the configuration file, lets environment variables override it (prefix <c>QI_</c>, sections joined
/// by <c>__</c>: <c>QI_WAREHOUSE__CONNECTIONSTRING</c>), and validates it once, before any work: every key
/// known and of its type (<see cref="StrictKeys"/>), then each section by its validator, then what spans
/// sections. Relative paths resolve against the file's folder. Every mistake is one line naming the file
/// and the key.
/// </summary>
internal static class ConfigurationLoader
{
    public const string EnvironmentPrefix = "QI_";

    public static LoadedConfiguration Load(string path, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var file = Path.GetFullPath(path);
        if (!File.Exists(file))
        {
            throw new ConfigurationException($"{path}: configuration file not found");
        }

        var (root, options) = Bind(path, file, environment);
        Validate(path, options, root);
        var folder = Path.GetDirectoryName(file) ?? Path.GetPathRoot(file) ?? file;
        var dialect = WarehouseDialects.Find(options.Warehouse.Provider) ?? throw new InvalidOperationException("validated above");
        var warehouse = ResolveWarehouse(dialect, options.Warehouse.ConnectionString, folder);
        var sources = options.Sources.Select(s => s with
        {
            Type = s.Type.ToLowerInvariant(),
            Path = s.Path is null ? null : Path.GetFullPath(Path.Combine(folder, s.Path)),
        }).ToList();
        var connectionStrings = sources.Select((s, i) => SourceConnectionString(path, s, i, folder, environment)).ToList();
        var edFile = options.Ed.ClassificationFile is { Length: > 0 } ed ? Path.GetFullPath(Path.Combine(folder, ed)) : null;
        if (edFile is not null && !File.Exists(edFile))
        {
            throw new ConfigurationException($"{path}: ed.classificationFile '{options.Ed.ClassificationFile}' does not exist");
        }

        return new LoadedConfiguration(
            file, options with { Sources = sources }, dialect, warehouse, connectionStrings, MeasuresSection.Read(root), edFile, edFile is null ? null : ReadEdClassification(path, edFile));
    }

    /// <summary>Reads the file and the environment; checks every key and type; binds.</summary>
    private static (IConfigurationRoot Root, QiOptions Options) Bind(string path, string file, IReadOnlyDictionary<string, string?>? environment)
    {
        IConfigurationRoot fileRoot;
        try
        {
            fileRoot = new ConfigurationBuilder().AddJsonFile(file, optional: false, reloadOnChange: false).Build();
        }
        catch (InvalidDataException e)
        {
            throw new ConfigurationException($"{path}: not valid JSON ({(e.InnerException is JsonException json ? json.Message : e.Message)})");
        }

        if (StrictKeys.FirstError(fileRoot) is { } fileError)
        {
            throw new ConfigurationException($"{path}: {fileError}");
        }

        // Other variables may share the prefix (QI_TEST_...): only those naming a section are checked and used.
        var overrides = new ConfigurationBuilder();
        if (environment is null)
        {
            overrides.AddEnvironmentVariables(EnvironmentPrefix);
        }
        else
        {
            overrides.AddInMemoryCollection(environment
                .Where(e => e.Key.StartsWith(EnvironmentPrefix, StringComparison.OrdinalIgnoreCase))
                .Select(e => KeyValuePair.Create(e.Key[EnvironmentPrefix.Length..].Replace("__", ":", StringComparison.Ordinal), e.Value)));
        }

        var environmentRoot = overrides.Build();
        var sections = environmentRoot.GetChildren().Where(c => StrictKeys.IsSection(c.Key)).ToList();
        if (StrictKeys.FirstError(sections) is { } environmentError)
        {
            throw new ConfigurationException($"{path}: in the {EnvironmentPrefix} environment variables: {environmentError}");
        }

        var root = new ConfigurationBuilder()
            .AddConfiguration(fileRoot)
            .AddInMemoryCollection(sections.SelectMany(s => s.AsEnumerable()).Where(kv => kv.Value is not null))
            .Build();
        try
        {
            return (root, root.Get<QiOptions>() ?? new QiOptions());
        }
        catch (InvalidOperationException e)
        {
            // Every type was checked above; this is a safety net that still gives one line.
            throw new ConfigurationException($"{path}: {e.Message.ReplaceLineEndings(" ")}");
        }
    }

    /// <summary>Each section by its validator (first failure wins), then what spans sections.</summary>
    private static void Validate(string path, QiOptions options, IConfiguration root)
    {
        Check(path, new WarehouseOptionsValidator().Validate(null, options.Warehouse));
        var sources = new SourceOptionsValidator();
        for (var i = 0; i < options.Sources.Count; i++)
        {
            Check(path, sources.Validate($"sources[{i}]", options.Sources[i]));
        }

        var clinics = new ClinicOptionsValidator();
        for (var i = 0; i < options.Clinics.Count; i++)
        {
            Check(path, clinics.Validate($"clinics[{i}]", options.Clinics[i]));
        }

        var cycles = new PdsaCycleOptionsValidator();
        for (var i = 0; i < options.PdsaCycles.Count; i++)
        {
            Check(path, cycles.Validate($"pdsaCycles[{i}]", options.PdsaCycles[i]));
        }

        Check(path, new ReportsOptionsValidator().Validate(null, options.Reports));
        MeasuresSection.Validate(path, root);
        Unique(path, "sources", "name", options.Sources.Select(s => s.Name));
        Unique(path, "clinics", "id", options.Clinics.Select(c => c.Id));
        CycleClinics(path, options);
        FhirClinics(path, options);
        if (options.Sources.Count == 0)
        {
            throw new ConfigurationException($"{path}: sources: no source is configured");
        }
    }

    /// <summary>A PDSA cycle's clinics must be configured clinics: a misspelt id would leave the cycle off its clinic's charts.</summary>
    private static void CycleClinics(string path, QiOptions options)
    {
        var clinics = options.Clinics.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < options.PdsaCycles.Count; i++)
        {
            var ids = options.PdsaCycles[i].ClinicIds;
            for (var j = 0; j < ids.Count; j++)
            {
                if (!clinics.Contains(ids[j]))
                {
                    throw new ConfigurationException(
                        $"{path}: pdsaCycles[{i}].clinicIds[{j}] '{ids[j]}' is not a clinic id of the clinics section ({(clinics.Count == 0 ? "none is configured" : "use " + string.Join(", ", options.Clinics.Select(c => c.Id)))})");
                }
            }
        }
    }

    /// <summary>A fhir source's organization map and clinicId must name configured clinics: a misspelt one would reject every record as unknown_clinic.</summary>
    private static void FhirClinics(string path, QiOptions options)
    {
        var clinics = options.Clinics.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < options.Sources.Count; i++)
        {
            if (options.Sources[i].Fhir is not { } fhir)
            {
                continue;
            }

            var key = $"sources[{i}] ('{options.Sources[i].Name}').fhir";
            var named = fhir.Organizations.Select(o => ($"{key}.organizations.{o.Key}", o.Value))
                .Concat(fhir.ClinicId is { } id ? [($"{key}.clinicId", id)] : []);
            foreach (var (at, clinic) in named)
            {
                if (!clinics.Contains(clinic))
                {
                    throw new ConfigurationException(
                        $"{path}: {at} '{clinic}' is not a clinic id of the clinics section ({(clinics.Count == 0 ? "none is configured" : "use " + string.Join(", ", options.Clinics.Select(c => c.Id)))})");
                }
            }
        }
    }

    private static void Check(string path, ValidateOptionsResult result)
    {
        if (result.Failed)
        {
            throw new ConfigurationException($"{path}: {result.Failures?.FirstOrDefault() ?? result.FailureMessage}");
        }
    }

    private static void Unique(string path, string section, string key, IEnumerable<string> values)
    {
        if (values.GroupBy(v => v, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } duplicate)
        {
            throw new ConfigurationException($"{path}: {section}: the {key} '{duplicate.Key}' is used twice");
        }
    }

    /// <summary>A DuckDB file resolves against the configuration's folder, which is created if absent.</summary>
    private static string ResolveWarehouse(WarehouseDialect dialect, string connectionString, string folder)
    {
        if (dialect is not DuckDbDialect)
        {
            return connectionString;
        }

        var resolved = DataSourcePaths.Resolve(connectionString, folder);
        var file = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = resolved }["Data Source"] as string;
        if (file is not null && Path.GetDirectoryName(file) is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
        }

        return resolved;
    }

    private static string SourceConnectionString(string path, SourceOptions source, int index, string folder, IReadOnlyDictionary<string, string?>? environment)
    {
        if (!SourceTypes.Databases.Contains(source.Type))
        {
            return string.Empty;
        }

        var key = $"sources[{index}] ('{source.Name}')";
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

        if (ConnectionStrings.Problem(source.Type, connectionString) is { } problem)
        {
            throw new ConfigurationException($"{path}: {key}.{(source.ConnectionStringEnv is { Length: > 0 } v ? $"connectionStringEnv ({v})" : "connectionString")} {problem}");
        }

        return source.Type == SourceTypes.Sqlite ? DataSourcePaths.Resolve(connectionString, folder) : connectionString;
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
}
