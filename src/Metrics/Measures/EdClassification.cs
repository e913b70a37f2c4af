using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// The NYU ED algorithm's ICD-10-CM weights table (Johnston et al. 2017): the categories of an ED
/// visit's primary diagnosis, looked up by the exact code (without the dot, case-insensitive). A code
/// that is not in the table leaves the visit <em>unclassified</em>, with avoidable weight 0. The table
/// shipped with QiPipeline (<see cref="Shipped"/>, from the Tuva Project's Apache-2.0 seed data; see
/// NOTICE) is the default; <c>ed.classificationFile</c> replaces it (<see cref="FromCsv"/>).
/// </summary>
public sealed class EdClassification
{
    private const string ShippedResource = "QiPipeline.Metrics.ed_johnston_icd10.csv";

    // Read once per process, on first use: 47,000 rows is about 1 MB of text.
    private static readonly Lazy<EdClassification> ShippedTable = new(ReadShipped);

    private readonly Dictionary<string, EdWeights> _weights;

    private EdClassification(Dictionary<string, EdWeights> weights)
    {
        _weights = weights;
    }

    /// <summary>The table shipped with QiPipeline, embedded in this assembly.</summary>
    public static EdClassification Shipped => ShippedTable.Value;

    /// <summary>The number of codes in the table.</summary>
    public int Count => _weights.Count;

    /// <summary>
    /// Reads a weights table: a header row with the columns <c>icd10, edcnnpa, edcnpa, epct, noner,
    /// injury, psych, alcohol, drug</c> (any order), then one row per code.
    /// </summary>
    /// <exception cref="FormatException">A missing column, or a bad row (wrong field count, empty code,
    /// a weight that is not a number from 0 to 1, a repeated code); the message names the line.</exception>
    public static EdClassification FromCsv(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new(EdWeightsCsv.Read(reader));
    }

    /// <summary>The categories of a primary diagnosis; false when the code is empty or not in the table (unclassified).</summary>
    public bool TryClassify(string? primaryDx, out EdWeights weights)
    {
        weights = default;
        return !string.IsNullOrWhiteSpace(primaryDx) && _weights.TryGetValue(Diagnosis.Normalize(primaryDx.Trim()), out weights);
    }

    /// <summary>The avoidable weight (<c>noner + epct + edcnpa</c>) of a primary diagnosis; 0 when unclassified.</summary>
    public double AvoidableWeight(string? primaryDx) => TryClassify(primaryDx, out var weights) ? weights.Avoidable : 0;

    private static EdClassification ReadShipped()
    {
        using var stream = typeof(EdClassification).Assembly.GetManifestResourceStream(ShippedResource)
            ?? throw new InvalidOperationException($"The embedded resource {ShippedResource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return FromCsv(reader);
    }
}
