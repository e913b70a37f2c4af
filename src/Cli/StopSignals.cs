using System.Runtime.InteropServices;

namespace QiPipeline.Cli;

/// <summary>
/// Turns SIGTERM (a service manager's stop, <c>kill</c>) and SIGINT (Ctrl+C) into cancellation, so a verb
/// stops at its next await: the open transaction rolls back, the run is recorded as cancelled, and the
/// process exits with <see cref="ExitCode"/> instead of being killed mid-write by the runtime.
/// </summary>
internal sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _received;

    public StopSignals()
    {
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle), PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle)];
    }

    /// <summary>Cancelled at the first signal.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>
    /// The exit code of a verb stopped by a signal, by the shells' convention 128 + the signal's number:
    /// <see cref="ExitCodes.Interrupted"/> after Ctrl+C, <see cref="ExitCodes.Terminated"/> after SIGTERM.
    /// </summary>
    public int ExitCode => _received == (int)PosixSignal.SIGINT ? ExitCodes.Interrupted : ExitCodes.Terminated;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _stop.Dispose();
    }

    private void Handle(PosixSignalContext context)
    {
        // Without this the runtime ends the process when the handler returns, mid-transaction.
        context.Cancel = true;
        Interlocked.CompareExchange(ref _received, (int)context.Signal, 0);
        _stop.Cancel();
    }
}
