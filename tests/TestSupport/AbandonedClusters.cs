using System.Diagnostics;
using System.Globalization;

namespace QiPipeline.TestSupport;

/// <summary>
/// Stops and deletes the test clusters whose test process is gone. A cluster is stopped when its test process
/// exits normally, but a test host that is killed (a timeout, a cancelled run) runs no exit handler, and its
/// server would keep running, holding memory and a port, until the machine restarts. Each cluster folder
/// therefore names its owner process; the next cluster to start sweeps the ones whose owner has died.
/// </summary>
public static class AbandonedClusters
{
    /// <summary>The folder name prefix of every test cluster, in the temp folder.</summary>
    public const string FolderPrefix = "qi-pg-";

    /// <summary>The file in a cluster folder holding the id of the test process that owns it.</summary>
    public const string OwnerFile = "owner.pid";

    /// <summary>Marks <paramref name="folder"/> as owned by this process.</summary>
    public static void Claim(string folder) =>
        File.WriteAllText(Path.Combine(folder, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));

    /// <summary>
    /// Stops (with <paramref name="stop"/>) and deletes every cluster folder under <paramref name="root"/> whose owner
    /// process has exited; a folder without an owner file, or whose owner lives, is left alone. Returns the folders swept.
    /// </summary>
    public static IReadOnlyList<string> Sweep(string root, Action<string> stop)
    {
        ArgumentNullException.ThrowIfNull(stop);
        var swept = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(root, FolderPrefix + "*"))
        {
            if (!Abandoned(folder))
            {
                continue;
            }

            try
            {
                if (File.Exists(Path.Combine(folder, "data", "postmaster.pid")))
                {
                    stop(Path.Combine(folder, "data"));
                }

                Directory.Delete(folder, recursive: true);
                swept.Add(folder);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or TimeoutException)
            {
                // Another test process may be sweeping the same folder; what it leaves, the next sweep finds.
            }
        }

        return swept;
    }

    private static bool Abandoned(string folder)
    {
        string text;
        try
        {
            text = File.ReadAllText(Path.Combine(folder, OwnerFile));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var owner) && !Alive(owner);
    }

    private static bool Alive(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
