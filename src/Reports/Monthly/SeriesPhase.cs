namespace QiPipeline.Reports.Monthly;

/// <summary>Where a point of a pilot clinic's series falls against its go-live.</summary>
internal enum SeriesPhase
{
    /// <summary>A clinic without a go-live: one phase.</summary>
    None,

    /// <summary>Before go-live: the first part of the chart.</summary>
    Before,

    /// <summary>The ramp-up months from go-live: shown, but judged against neither part's limits.</summary>
    Ramp,

    /// <summary>After the ramp: the second part of the chart, with its own limits.</summary>
    After,
}
