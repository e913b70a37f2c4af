using System.Diagnostics;
using System.Text;
using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary>
/// The built <c>qi</c> run as a child process, as a scheduler or a shell starts it: its output captured
/// while it runs, so a test can act at a moment of the run (send SIGTERM, start a second run).
/// </summary>
internal sealed class QiProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _error = new();

    private QiProcess(Process process)
    {
        _process = process;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public string Out
    {
        get
        {
            lock (_out)
            {
                return _out.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    /// <summary>Starts <c>qi ARGS</c> on a DuckDB warehouse file given through the environment, as operators give secrets.</summary>
    public static QiProcess Start(string warehouseFile, params string[] args) =>
        Start([], new Dictionary<string, string> { ["QI_WAREHOUSE__CONNECTIONSTRING"] = $"Data Source={warehouseFile}" }, args);

    /// <summary>
    /// Starts <c>qi ARGS</c> with <paramref name="environment"/>, through <paramref name="wrapper"/> (a program and
    /// its arguments that end by running the rest of the command line, e.g. <c>sh -c '... exec "$@"'</c>) when given.
    /// </summary>
    public static QiProcess Start(IReadOnlyList<string> wrapper, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo(wrapper.Count > 0 ? wrapper[0] : "dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in wrapper.Skip(1).Concat(wrapper.Count > 0 ? ["dotnet"] : []))
        {
            info.ArgumentList.Add(argument);
        }

        info.ArgumentList.Add(typeof(QiApp).Assembly.Location);
        foreach (var argument in args)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        var qi = new QiProcess(Process.Start(info)!);
        qi._process.OutputDataReceived += (_, e) => Append(qi._out, e.Data);
        qi._process.ErrorDataReceived += (_, e) => Append(qi._error, e.Data);
        qi._process.BeginOutputReadLine();
        qi._process.BeginErrorReadLine();
        return qi;
    }

    /// <summary>Waits until standard error (the log) contains <paramref name="text"/>; fails if the process ends first.</summary>
    public async Task WaitForLogAsync(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!Error.Contains(text, StringComparison.Ordinal))
        {
            Assert.False(_process.HasExited, $"qi exited {(_process.HasExited ? _process.ExitCode : 0)} before logging '{text}': {Error}");
            Assert.True(clock.Elapsed < timeout, $"qi did not log '{text}' within {timeout}: {Error}");
            await Task.Delay(20);
        }
    }

    /// <summary>Waits for the exit; returns the exit code, or fails after <paramref name="timeout"/>.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"qi did not exit within {timeout}: {Error}");
        }

        // The asynchronous readers finish with the streams; WaitForExit without a timeout waits for them.
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>Sends SIGTERM, as <c>kill PID</c>, <c>systemctl stop</c> or a container stop do.</summary>
    public void Terminate() => ProcessRunner.Run("kill", "-TERM", Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Kills the process at once (SIGKILL): no handler runs, nothing is cleaned up.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (target)
        {
            target.AppendLine(line);
        }
    }
}
