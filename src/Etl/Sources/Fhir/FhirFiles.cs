using System.IO.Compression;

namespace QiPipeline.Etl.Sources.Fhir;

/// <summary>
/// The NDJSON files of one resource type in an export folder: named as Bulk Data servers write
/// them, the type first (<c>Observation.ndjson</c>, <c>Observation.2.ndjson</c>, <c>Observation_1.ndjson.gz</c>),
/// in ordinal name order. <c>Medication.ndjson</c> is not a MedicationRequest file: the type must be
/// followed by a character that is not a letter.
/// </summary>
internal static class FhirFiles
{
    public static IReadOnlyList<string> Of(string folder, string resourceType) =>
        [.. Directory.EnumerateFiles(folder)
            .Where(path => Matches(Path.GetFileName(path), resourceType))
            .Order(StringComparer.Ordinal)];

    public static bool Matches(string fileName, string resourceType) =>
        fileName.StartsWith(resourceType, StringComparison.Ordinal)
        && fileName.Length > resourceType.Length
        && !char.IsLetter(fileName[resourceType.Length])
        && (fileName.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".ndjson.gz", StringComparison.OrdinalIgnoreCase));

    /// <summary>The file's text, unzipped on the fly when it ends in .gz; <paramref name="file"/> gives the position read.</summary>
    public static StreamReader Open(string path, out FileStream file)
    {
        file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: false);
        Stream stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : file;
        return new StreamReader(stream, System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
    }
}
