namespace QiPipeline.Metrics.Output;

/// <summary>RFC 4180 quoting for the fields of the output files.</summary>
internal static class Csv
{
    public static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Bool(bool value) => value ? "true" : "false";
}
