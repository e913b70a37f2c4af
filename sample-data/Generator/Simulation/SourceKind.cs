namespace QiPipeline.SampleData;

internal enum SourceKind
{
    /// <summary>A folder in the CSV extract contract.</summary>
    Csv,

    /// <summary>A SQLite database with its own EHR-like schema (see <see cref="SouthSchema"/>).</summary>
    Sqlite,
}
