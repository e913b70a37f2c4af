using QiPipeline.Etl.Configuration;
using QiPipeline.Metrics.Measures;
using QiPipeline.Warehouse.Dialects;

namespace QiPipeline.Application.Configuration;

/// <summary>A validated configuration with its paths and connection strings resolved.</summary>
/// <param name="File">The configuration file's full path.</param>
/// <param name="Options">The bound, validated options (sources' types in lower case, csv paths resolved).</param>
/// <param name="Dialect">The warehouse's dialect.</param>
/// <param name="WarehouseConnectionString">The warehouse connection string, resolved (never printed).</param>
/// <param name="SourceConnectionStrings">Each source's resolved connection string (empty for csv), in order.</param>
/// <param name="MeasureSettings">The <c>measures</c> section: per id, its flattened keys and values.</param>
/// <param name="EdClassificationFile">The resolved <c>ed.classificationFile</c>, or null for the shipped NYU/Johnston table.</param>
/// <param name="EdClassificationTable">The table read from <paramref name="EdClassificationFile"/> (checked when the configuration was loaded), or null.</param>
internal sealed record LoadedConfiguration(
    string File,
    QiOptions Options,
    WarehouseDialect Dialect,
    string WarehouseConnectionString,
    IReadOnlyList<string> SourceConnectionStrings,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string?>> MeasureSettings,
    string? EdClassificationFile,
    EdClassification? EdClassificationTable)
{
    /// <summary>The ED classification of the run: the configured table, else the shipped one (read on first use).</summary>
    public EdClassification EdClassification => EdClassificationTable ?? EdClassification.Shipped;

    /// <summary>The configuration file's folder, which relative paths resolve against.</summary>
    public string Folder => Path.GetDirectoryName(File) ?? Path.GetPathRoot(File) ?? File;

    /// <summary>The configured clinic ids, or null when none are configured (then any clinic is accepted).</summary>
    public IReadOnlySet<string>? ClinicIds =>
        Options.Clinics.Count == 0 ? null : Options.Clinics.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>The sources with their connection strings.</summary>
    public IEnumerable<(SourceOptions Options, string ConnectionString)> Sources =>
        Options.Sources.Select((s, i) => (s, SourceConnectionStrings[i]));

    /// <summary>The warehouse as a user may see it named: the DuckDB file, else the provider (never a connection string).</summary>
    public string WarehouseDisplayName =>
        Dialect is DuckDbDialect
            ? new System.Data.Common.DbConnectionStringBuilder { ConnectionString = WarehouseConnectionString }["Data Source"] as string ?? Dialect.Name
            : $"{Dialect.Name} (warehouse.connectionString)";
}
