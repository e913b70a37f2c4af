using System.Diagnostics;
using System.Globalization;
using Npgsql;
using QiPipeline.TestSupport;

namespace QiPipeline.Warehouse.Tests.Support;

/// <summary>A test cluster outlives a killed test process only until the next cluster starts.</summary>
public sealed class AbandonedClustersTests
{
    [Fact]
    public void Sweep_deletes_only_the_folders_whose_owner_has_exited()
    {
        using var root = new TempDirectory();
        var dead = Folder(root.Path, "dead", DeadProcessId());
        var alive = Folder(root.Path, "alive", Environment.ProcessId);
        var unowned = Folder(root.Path, "unowned", owner: null);
        var stopped = new List<string>();

        var swept = AbandonedClusters.Sweep(root.Path, stopped.Add);

        Assert.Equal([dead], swept);
        Assert.False(Directory.Exists(dead));
        Assert.True(Directory.Exists(alive));
        Assert.True(Directory.Exists(unowned));
        Assert.Empty(stopped); // no postmaster.pid: nothing was running to stop
    }

    [SkippableFact]
    public async Task A_running_cluster_whose_test_process_died_is_stopped_and_deleted()
    {
        Skip.If(Environment.GetEnvironmentVariable("QI_TEST_POSTGRES") is { Length: > 0 }, "QI_TEST_POSTGRES names an external server, which has no cluster folder");
        var server = PostgresServer.Start();
        var folder = server.Folder!;
        await File.WriteAllTextAsync(Path.Combine(folder, AbandonedClusters.OwnerFile), DeadProcessId().ToString(CultureInfo.InvariantCulture));

        PostgresServer.SweepAbandoned();

        // Gone and stopped, by this sweep or by that of another test process starting a cluster at the same
        // moment (test projects run in parallel, and each start sweeps): which one swept it is not the point.
        Assert.False(Directory.Exists(folder));
        await using var connection = new NpgsqlConnection(server.AdminConnectionString);
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => connection.OpenAsync());
        await server.DisposeAsync(); // the folder is gone: nothing left to stop or delete
    }

    private static string Folder(string root, string name, int? owner)
    {
        var folder = Path.Combine(root, AbandonedClusters.FolderPrefix + name);
        Directory.CreateDirectory(folder);
        if (owner is { } id)
        {
            File.WriteAllText(Path.Combine(folder, AbandonedClusters.OwnerFile), id.ToString(CultureInfo.InvariantCulture));
        }

        return folder;
    }

    /// <summary>The id of a process that has already exited.</summary>
    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }
}
