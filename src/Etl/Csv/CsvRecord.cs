namespace QiPipeline.Etl.Csv;

/// <summary>One record of a CSV file: its fields and the line it starts on (1-based).</summary>
/// <param name="Line">The physical line the record starts on.</param>
/// <param name="Fields">The unquoted fields.</param>
/// <param name="Unterminated">True when the file ended inside a quoted field (a truncated last line).</param>
internal sealed record CsvRecord(long Line, string[] Fields, bool Unterminated);
