using System.Globalization;

namespace QiPipeline.Warehouse.Locking;

/// <summary>Who holds the run lock, for the message a refused run prints: never a patient value or a secret.</summary>
/// <param name="ProcessId">The holder's process id.</param>
/// <param name="Host">The holder's machine name.</param>
/// <param name="Since">When the holder took the lock (UTC).</param>
public sealed record RunLockOwner(int ProcessId, string Host, DateTimeOffset Since)
{
    /// <summary>This process, now.</summary>
    public static RunLockOwner Current(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new(Environment.ProcessId, Environment.MachineName, time.GetUtcNow());
    }

    /// <summary>The one-line form stored beside or in the warehouse: <c>pid host since</c>.</summary>
    public string Format() =>
        string.Create(CultureInfo.InvariantCulture, $"{ProcessId} {Host} {Since.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}");

    /// <summary>Reads <see cref="Format"/>'s form back, or null for anything else (a half-written file).</summary>
    public static RunLockOwner? Parse(string? text)
    {
        var parts = text?.Trim().Split(' ');
        return parts is { Length: 3 }
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            && DateTimeOffset.TryParseExact(parts[2], "yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since)
                ? new RunLockOwner(pid, parts[1], since)
                : null;
    }
}
