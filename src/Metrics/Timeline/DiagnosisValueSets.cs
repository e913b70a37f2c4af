using System.Globalization;
using CsvHelper;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Metrics.Timeline;

/// <summary>
/// The diagnosis value sets shipped with QiPipeline (Timeline/Data/diagnosis_value_sets.csv, embedded;
/// sources in NOTICE): one row per ICD-10-CM prefix (<c>match</c> <c>prefix</c>), ICD-10-CM carve-out
/// (<c>except</c>) or SNOMED CT concept (<c>concept</c>) of a value set, with its display and source.
/// </summary>
internal static class DiagnosisValueSets
{
    private const string Resource = "QiPipeline.Metrics.diagnosis_value_sets.csv";

    private static readonly Lazy<Dictionary<string, DiagnosisGroup>> Shipped = new(ReadShipped);

    /// <summary>The value set named <paramref name="key"/> (<c>depression</c>, <c>self_harm</c>, ...), shown as <paramref name="name"/>.</summary>
    public static DiagnosisGroup Get(string key, string name) =>
        Shipped.Value.TryGetValue(key, out var group)
            ? group with { Name = name }
            : throw new InvalidOperationException($"The diagnosis value set '{key}' is missing from {Resource}.");

    /// <summary>Reads a value-set table; a bad row is a <see cref="FormatException"/> naming its line.</summary>
    internal static Dictionary<string, DiagnosisGroup> Read(TextReader text)
    {
        var rows = new Dictionary<string, (List<string> Prefixes, List<string> Except, HashSet<string> Concepts)>(StringComparer.Ordinal);
        using var reader = CsvReader.Create(text, new CsvReaderOptions { Separator = ',', TrackLineNumbers = true }, false);
        while (reader.Read())
        {
            var line = reader.LineNumber.ToString(CultureInfo.InvariantCulture);
            var key = reader.GetString("value_set");
            var system = reader.GetString("system");
            var code = reader.GetString("code");
            var match = reader.GetString("match");
            if (!rows.TryGetValue(key, out var set))
            {
                set = ([], [], new HashSet<string>(StringComparer.Ordinal));
                rows.Add(key, set);
            }

            switch ((system, match))
            {
                case (DxSystems.Icd10Cm, "prefix"):
                    set.Prefixes.Add(Diagnosis.Normalize(code));
                    break;
                case (DxSystems.Icd10Cm, "except"):
                    set.Except.Add(Diagnosis.Normalize(code));
                    break;
                case (DxSystems.Snomed, "concept") when SnomedCtId.IsConceptId(code):
                    set.Concepts.Add(code);
                    break;
                default:
                    throw new FormatException($"Diagnosis value sets, line {line}: '{system}' '{match}' '{code}' is not an ICD-10-CM prefix or except, or a SNOMED CT concept id.");
            }
        }

        return rows.ToDictionary(
            r => r.Key,
            r => new DiagnosisGroup(r.Key, r.Value.Prefixes, r.Value.Except, r.Value.Concepts),
            StringComparer.Ordinal);
    }

    private static Dictionary<string, DiagnosisGroup> ReadShipped()
    {
        using var stream = typeof(DiagnosisValueSets).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Read(reader);
    }
}
