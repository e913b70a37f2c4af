using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace QiPipeline.TestSupport;

/// <summary>
/// A private PostgreSQL cluster for the tests: <c>initdb</c> in a temp folder, <c>pg_ctl start</c>
/// on a free loopback port, stopped and deleted on dispose (or, when its test process is killed, by
/// the next test run: <see cref="AbandonedClusters"/>). PostgreSQL refuses to run as root,
/// so as root the cluster belongs to the <c>postgres</c> user. Set <c>QI_TEST_POSTGRES</c> to a
/// connection string to use an existing server instead.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private readonly string? _folder;
    private readonly string? _pgCtl;
    private readonly string[] _asUser;
    private readonly string? _startOptions;
    private int _databases;

    private PostgresServer(string adminConnectionString, string? folder, string? pgCtl, string[] asUser, string? startOptions = null)
    {
        AdminConnectionString = adminConnectionString;
        _folder = folder;
        _pgCtl = pgCtl;
        _asUser = asUser;
        _startOptions = startOptions;
    }

    /// <summary>The cluster's folder (data, socket, log, owner), or null for an external server.</summary>
    public string? Folder => _folder;

    /// <summary>A connection string to the server's maintenance database.</summary>
    public string AdminConnectionString { get; }

    /// <summary>Starts a cluster (or uses QI_TEST_POSTGRES).</summary>
    public static PostgresServer Start()
    {
        if (Environment.GetEnvironmentVariable("QI_TEST_POSTGRES") is { Length: > 0 } existing)
        {
            return new PostgresServer(existing, null, null, []);
        }

        var bin = FindBin();
        var asUser = AsUser();
        SweepAbandoned();
        var folder = Path.Combine(Path.GetTempPath(), $"{AbandonedClusters.FolderPrefix}{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        AbandonedClusters.Claim(folder);
        if (asUser.Length > 0)
        {
            ProcessRunner.Run("chown", "postgres", folder);
        }

        var data = Path.Combine(folder, "data");
        var port = FreePort();
        RunAs(asUser, Path.Combine(bin, "initdb"), "-D", data, "-A", "trust", "-U", "qi", "-E", "UTF8", "--no-sync", "--locale=C");
        var options = $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        var server = new PostgresServer(
            $"Host=127.0.0.1;Port={port};Username=qi;Database=postgres;Pooling=false;Timeout=30", folder, Path.Combine(bin, "pg_ctl"), asUser, options);
        server.StartAgain();
        return server;
    }

    /// <summary>Stops and deletes the clusters of test processes that were killed (see <see cref="AbandonedClusters"/>).</summary>
    public static IReadOnlyList<string> SweepAbandoned()
    {
        var pgCtl = Path.Combine(FindBin(), "pg_ctl");
        var asUser = AsUser();
        return AbandonedClusters.Sweep(Path.GetTempPath(), data => RunAs(asUser, pgCtl, "-D", data, "-m", "immediate", "-w", "stop"));
    }

    /// <summary>Stops the server at once, as a crash or an outage would; what was committed stays.</summary>
    public void Stop()
    {
        var pgCtl = _pgCtl ?? throw new InvalidOperationException("An external server cannot be stopped.");

        // The test cluster runs with synchronous_commit=off for speed, so an immediate stop loses the commits the
        // WAL writer has not written yet, which a production server (synchronous_commit on) keeps. On a loaded CI
        // machine that was the outage test's own setup (its table was gone after the restart): flush first.
        using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            connection.Open();
            using var checkpoint = new NpgsqlCommand("CHECKPOINT", connection);
            checkpoint.ExecuteNonQuery();
        }

        RunAs(_asUser, pgCtl, "-D", Path.Combine(_folder!, "data"), "-m", "immediate", "-w", "stop");
    }

    /// <summary>Starts the (stopped) server again on the same port and data.</summary>
    public void StartAgain()
    {
        RunAs(_asUser, _pgCtl ?? throw new InvalidOperationException("An external server cannot be started."),
            "-D", Path.Combine(_folder!, "data"), "-l", Path.Combine(_folder!, "server.log"), "-w", "-t", "60", "-o", _startOptions!, "start");
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "qi")
    {
        var name = $"{prefix}_{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid().ToString("N")[..6]}";
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = false }.ConnectionString;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        if (_folder is not null && _pgCtl is not null && Directory.Exists(_folder))
        {
            try
            {
                if (File.Exists(Path.Combine(_folder, "data", "postmaster.pid")))
                {
                    Stop();
                }
            }
            finally
            {
                Directory.Delete(_folder, recursive: true);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>PostgreSQL refuses to run as root: as root, its programs run as the postgres user.</summary>
    private static string[] AsUser() => Environment.UserName == "root" ? ["runuser", "-u", "postgres", "--"] : [];

    private static void RunAs(string[] asUser, string file, params string[] arguments)
    {
        if (asUser.Length == 0)
        {
            ProcessRunner.Run(file, arguments);
        }
        else
        {
            ProcessRunner.Run(asUser[0], [.. asUser[1..], file, .. arguments]);
        }
    }

    /// <summary>
    /// A free port picked at random below the ephemeral range, rather than port 0: the kernel may hand a
    /// just-freed ephemeral port to the next asker, and a server stopped by an outage test must find its
    /// port free when it starts again.
    /// </summary>
    private static int FreePort()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = Random.Shared.Next(20_000, 32_000);
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException) when (attempt < 100)
            {
                // Taken: try another.
            }
        }
    }

    private static string FindBin()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .FirstOrDefault(p => File.Exists(Path.Combine(p, "initdb")) && File.Exists(Path.Combine(p, "pg_ctl")));
        if (onPath is not null)
        {
            return onPath;
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin")).FirstOrDefault(Directory.Exists)
            : null;
        return installed ?? throw new InvalidOperationException(
            "PostgreSQL binaries (initdb, pg_ctl) not found: install PostgreSQL 15 (apt-get install postgresql) or set QI_TEST_POSTGRES.");
    }
}
