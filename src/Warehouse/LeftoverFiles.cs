using System.Diagnostics;
using System.Globalization;

namespace QiPipeline.Warehouse;

/// <summary>
/// Temporary files of runs that were killed (SIGKILL, a power cut) before they could delete them:
/// each name carries its process id after a marker (<c>.qi-copy-PID-GUID.csv</c>,
/// <c>.NAME.qi-tmp-PID-GUID</c>), and a file whose process is gone is deleted by the next run. A live
/// run's files are left alone; a reused pid only keeps a leftover until a later run.
/// </summary>
public static class LeftoverFiles
{
    /// <summary>Deletes the files in <paramref name="folder"/> matching <paramref name="pattern"/> whose pid, after <paramref name="marker"/>, is not running.</summary>
    public static void RemoveDead(string folder, string pattern, string marker)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.EnumerateFiles(folder, pattern))
        {
            var name = Path.GetFileName(file);
            var at = name.LastIndexOf(marker, StringComparison.Ordinal);
            var pid = at < 0 ? "" : name[(at + marker.Length)..].Split('-')[0];
            if (int.TryParse(pid, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && !IsRunning(id))
            {
                TryDelete(file);
            }
        }
    }

    /// <summary>Deletes a file if it can; a file already gone or not ours is no error.</summary>
    public static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Another user's file, or gone already: not ours to insist on.
        }
    }

    /// <summary>Whether a process with <paramref name="pid"/> is running.</summary>
    public static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }
}
