using System.Globalization;

namespace QiPipeline.Etl.Configuration;

/// <summary>
/// Checks the source keys the loader itself interprets (<c>timeZone</c>, <c>maxRejectShare</c>, a
/// <c>files</c> source's <c>path</c>), so the configuration fails before any work with one line
/// that names the key.
/// </summary>
internal static class SourceOptionsValidator
{
    /// <summary>The mistake, as "key: what is wrong" under the source's key, or null when there is none.</summary>
    public static string? Validate(SourceOptions source)
    {
        if (source.TimeZone is { } zone && !IsTimeZone(zone))
        {
            return $"timeZone '{zone}' is not an IANA time zone id (such as America/New_York)";
        }

        if (source.MaxRejectShare is { } share && (double.IsNaN(share) || share < 0 || share > 1))
        {
            return string.Create(CultureInfo.InvariantCulture, $"maxRejectShare {share} must be 0-1 (a share of the records read)");
        }

        if (source.Type == SourceTypes.Files && string.IsNullOrWhiteSpace(source.Path))
        {
            return "path is required for a files source (the folder its queries read files from)";
        }

        return null;
    }

    private static bool IsTimeZone(string id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return false;
        }

        try
        {
            _ = TimeZoneInfo.FindSystemTimeZoneById(id);
            return true;
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return false;
        }
    }
}
