namespace QiPipeline.SampleData;

/// <summary>
/// Writes three synthetic clinics and the configuration that reads them: <c>north/</c> (CSV
/// extract, pilot N1), <c>south.db</c> (SQLite with its own schema, pilot S1), <c>east-fhir/</c>
/// (FHIR R4 Bulk Data export, comparison clinic E1, also written as the CSV extract <c>east/</c>
/// that the configuration does not read, to compare the two shapes) and <c>qi.json</c>. Patients are generated and written one at
/// a time, so memory stays flat however many patients are asked for; the three sources are
/// written in parallel.
/// </summary>
public static class ClinicGenerator
{
    public const string ConfigFileName = "qi.json";

    /// <summary>Generates into <paramref name="outputDirectory"/> (created if needed; existing files are replaced).</summary>
    public static async Task<GeneratedDemo> GenerateAsync(string outputDirectory, GeneratorOptions options, CancellationToken cancellationToken)
    {
        var report = await GenerateWithReportAsync(outputDirectory, options, cancellationToken);
        return new GeneratedDemo(report.ConfigPath, report.SourcePaths, report.Records, report.BadRecords);
    }

    /// <summary>As <see cref="GenerateAsync"/>, with per-source row and bad-record counts.</summary>
    internal static async Task<GenerationReport> GenerateWithReportAsync(
        string outputDirectory, GeneratorOptions options, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDirectory);
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);

        var root = Path.GetFullPath(outputDirectory);
        Directory.CreateDirectory(root);
        var timeline = new Timeline(options.End, options.Months);
        var clinics = ClinicProfile.For(timeline);
        var patients = PatientsPerClinic(options.Patients, clinics);
        var paths = clinics.Select(c => SourcePath(root, c)).ToList();

        var sources = clinics.Select((clinic, i) => Task.Run(
            () => SourceGenerator.Generate(paths[i], new ClinicContext(clinic, timeline, options.Seed), patients[i], options, cancellationToken),
            cancellationToken));
        var stats = await Task.WhenAll(sources);

        var configPath = Path.Combine(root, ConfigFileName);
        await ConfigWriter.WriteAsync(configPath, clinics, cancellationToken);
        return new GenerationReport(configPath, paths, stats);
    }

    internal static string SourcePath(string root, ClinicProfile clinic) => clinic.Kind switch
    {
        SourceKind.Sqlite => Path.Combine(root, clinic.SourceName + ".db"),
        SourceKind.Fhir => Path.Combine(root, clinic.SourceName + FhirFolderSuffix),
        _ => Path.Combine(root, clinic.SourceName),
    };

    /// <summary>The FHIR clinic's export folder is its name with this suffix (east-fhir); its CSV copy has the plain name.</summary>
    public const string FhirFolderSuffix = "-fhir";

    /// <summary>Where the FHIR clinic's CSV copy goes: the folder a CSV clinic of that name would have.</summary>
    internal static string CsvCopyPath(string fhirPath) => fhirPath[..^FhirFolderSuffix.Length];

    private static int[] PatientsPerClinic(int total, IReadOnlyList<ClinicProfile> clinics)
    {
        var counts = clinics.Select(c => (int)Math.Round(total * c.Share)).ToArray();
        counts[^1] = Math.Max(0, total - counts[..^1].Sum());
        return counts;
    }

    private static void Validate(GeneratorOptions options)
    {
        if (options.End == default)
        {
            throw new ArgumentException("GeneratorOptions.End is required (the last day of data).", nameof(options));
        }

        if (options.Patients < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Patients, "GeneratorOptions.Patients must not be negative.");
        }

        if (options.Months is < 1 or > 600)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Months, "GeneratorOptions.Months must be between 1 and 600.");
        }

        if (options.BadRate is < 0 or > 0.5 || double.IsNaN(options.BadRate))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.BadRate, "GeneratorOptions.BadRate must be between 0 and 0.5.");
        }
    }
}
