namespace QiPipeline.Etl.Loading;

/// <summary>How a source's transient failures are retried and how long the whole source may take.</summary>
/// <param name="Retries">Retries after the first attempt (0: none).</param>
/// <param name="FirstDelay">The first retry's delay; later ones grow exponentially, with jitter.</param>
/// <param name="Timeout">The whole source's time limit, or null for none.</param>
internal sealed record SourcePolicy(int Retries, TimeSpan FirstDelay, TimeSpan? Timeout)
{
    /// <summary>Retries of a source without the key.</summary>
    public const int DefaultRetries = 3;

    /// <summary>First delay, in seconds, of a source without the key.</summary>
    public const double DefaultRetryDelaySeconds = 2;

    /// <summary>Time limit, in seconds, of a source without the key: an hour, far above a normal monthly load.</summary>
    public const double DefaultTimeoutSeconds = 3600;

    /// <summary>The policy of a source whose configuration names none of the keys.</summary>
    public static readonly SourcePolicy Default = From(null, null, null);

    /// <summary>The policy from the configured values (validated: none negative), defaults for the absent ones.</summary>
    public static SourcePolicy From(int? retries, double? retryDelaySeconds, double? timeoutSeconds)
    {
        var timeout = timeoutSeconds ?? DefaultTimeoutSeconds;
        return new SourcePolicy(
            retries ?? DefaultRetries,
            TimeSpan.FromSeconds(retryDelaySeconds ?? DefaultRetryDelaySeconds),
            timeout > 0 ? TimeSpan.FromSeconds(timeout) : null);
    }
}
