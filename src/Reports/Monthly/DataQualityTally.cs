namespace QiPipeline.Reports.Monthly;

/// <summary>Counts reject records per source, entity and reason, keeping the first few source keys of each.</summary>
/// <param name="examples">How many source keys to keep per reason.</param>
internal sealed class DataQualityTally(int examples)
{
    private readonly Dictionary<(string Source, string Entity, string Reason), (long Count, List<string> Keys)> _counts = [];

    /// <summary>Adds one reject record; <paramref name="reasons"/> is the stored ';'-separated list.</summary>
    public void Add(string source, string entity, string reasons, string? sourceKey)
    {
        foreach (var reason in reasons.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal))
        {
            var key = (source, entity, reason);
            var (count, keys) = _counts.TryGetValue(key, out var found) ? found : (0, new List<string>());
            if (!string.IsNullOrEmpty(sourceKey) && keys.Count < examples && !keys.Contains(sourceKey, StringComparer.Ordinal))
            {
                keys.Add(sourceKey);
            }

            _counts[key] = (count + 1, keys);
        }
    }

    /// <summary>By source and entity, then the most frequent reason first (ties by reason).</summary>
    public List<DataQualityRejects> Rows() =>
        _counts.OrderBy(kv => kv.Key.Source, StringComparer.Ordinal).ThenBy(kv => kv.Key.Entity, StringComparer.Ordinal)
            .ThenByDescending(kv => kv.Value.Count).ThenBy(kv => kv.Key.Reason, StringComparer.Ordinal)
            .Select(kv => new DataQualityRejects(kv.Key.Source, kv.Key.Entity, kv.Key.Reason, kv.Value.Count, kv.Value.Keys))
            .ToList();
}
