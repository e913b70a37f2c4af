namespace QiPipeline.EtlBenchmark;

/// <summary>One finished <c>qi run</c>: its exit code (0, or 2 when a source failed), its closing stage table, the end of its standard error, where its reports went.</summary>
internal sealed record PipelineRun(int ExitCode, IReadOnlyList<string> Table, string ErrorTail, string ReportsFolder)
{
    /// <summary>qi's exit code for a run where a source failed and the rest went on.</summary>
    public const int PartialExitCode = 2;
}
