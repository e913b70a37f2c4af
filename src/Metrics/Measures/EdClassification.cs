using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Measures;

/// <summary>
/// The avoidable weight of an ED visit's primary diagnosis for <c>avoidable_ed_visits</c>: from the
/// NYU/Johnston weights table when one is configured (<see cref="FromCsv"/>: noner + epct + edcnpa
/// for that exact code, 0 when absent), else from the built-in prefix list of docs/measures.md
/// (<see cref="BuiltIn"/>: 1 when the code starts with a prefix, else 0). Codes compare without
/// the dot, case-insensitive.
/// </summary>
public sealed class EdClassification
{
    private static readonly string[] BuiltInPrefixes =
    [
        "A09", "B349", "H10", "H60", "H65", "H66", "J00", "J01", "J02", "J03", "J06", "J20", "J45",
        "L01", "L30", "M545", "M549", "N300", "N390", "R05", "R509", "R51", "Z760", "I10", "E119",
    ];

    private readonly Dictionary<string, double>? _weights;

    private EdClassification(Dictionary<string, double>? weights)
    {
        _weights = weights;
    }

    /// <summary>The built-in avoidable prefix list of docs/measures.md.</summary>
    public static EdClassification BuiltIn { get; } = new(weights: null);

    /// <summary>Whether the weights come from a NYU/Johnston table rather than the built-in list.</summary>
    public bool IsWeightsTable => _weights is not null;

    /// <summary>
    /// Reads a NYU/Johnston weights table: a header row with the columns <c>icd10, edcnnpa, edcnpa,
    /// epct, noner, injury, psych, alcohol, drug</c>, then one row per code.
    /// </summary>
    /// <exception cref="FormatException">A missing column, or a bad row (wrong field count, empty code,
    /// a weight that is not a number from 0 to 1, a repeated code); the message names the line.</exception>
    public static EdClassification FromCsv(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new(EdWeightsCsv.Read(reader));
    }

    /// <summary>The avoidable weight of a primary diagnosis (0 for none).</summary>
    public double AvoidableWeight(string? primaryDx)
    {
        if (string.IsNullOrWhiteSpace(primaryDx))
        {
            return 0;
        }

        var code = Diagnosis.Normalize(primaryDx.Trim());
        if (_weights is not null)
        {
            return _weights.GetValueOrDefault(code);
        }

        return BuiltInPrefixes.Any(p => code.StartsWith(p, StringComparison.Ordinal)) ? 1 : 0;
    }
}
