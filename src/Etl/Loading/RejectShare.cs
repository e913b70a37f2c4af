using System.Globalization;

namespace QiPipeline.Etl.Loading;

/// <summary>
/// Nothing silent: an entity that read records and loaded none, or rejected more than its
/// source's <c>maxRejectShare</c> of them, makes its source fail, and the summary says why
/// with the commonest reasons (counts only, never values).
/// </summary>
internal static class RejectShare
{
    /// <summary>How many reasons the summary names, commonest first.</summary>
    private const int TopReasons = 5;

    /// <summary>Whether the rejects of a read are too many.</summary>
    public static bool Exceeded(long read, long rejected, double maxShare) =>
        read > 0 && (rejected >= read || rejected > maxShare * read);

    /// <summary>
    /// One line: how many were rejected and the commonest reasons with their counts. A record with
    /// several reasons counts under each.
    /// </summary>
    /// <param name="read">Records read.</param>
    /// <param name="rejected">Records rejected.</param>
    /// <param name="maxShare">The source's limit.</param>
    /// <param name="reasonLists">Counts per reason list as stored (<c>bad_date;future_date</c>).</param>
    public static string Describe(long read, long rejected, double maxShare, IEnumerable<(string Reasons, long Count)> reasonLists)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (reasons, count) in reasonLists)
        {
            foreach (var reason in reasons.Split(';', StringSplitOptions.RemoveEmptyEntries))
            {
                counts[reason] = counts.GetValueOrDefault(reason) + count;
            }
        }

        var top = string.Join(", ", counts
            .OrderByDescending(c => c.Value)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(TopReasons)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Key} {c.Value:N0}")));
        var what = rejected >= read
            ? string.Create(CultureInfo.InvariantCulture, $"all {read:N0} records read were rejected")
            : string.Create(CultureInfo.InvariantCulture, $"{rejected:N0} of {read:N0} records read were rejected, more than maxRejectShare {maxShare:0.###}");
        return $"{what} ({top}); see etl_reject";
    }
}
