namespace QiPipeline.SampleData;

internal enum SourceKind
{
    /// <summary>A folder in the CSV extract contract.</summary>
    Csv,

    /// <summary>A SQLite database with its own EHR-like schema (see <see cref="SouthSchema"/>).</summary>
    Sqlite,

    /// <summary>A FHIR R4 Bulk Data export (see <see cref="FhirExtractWriter"/>), also written as a CSV extract beside it.</summary>
    Fhir,
}
