using System.CommandLine;
using QiPipeline.Cli.Commands;

namespace QiPipeline.Cli.CommandLine;

/// <summary>
/// The <c>qi</c> command line: every verb with its options and descriptions, from which System.CommandLine
/// gives help (<c>-h</c>, <c>--help</c> on qi and each verb), <c>--version</c>, <c>--opt=value</c> and tab completion.
/// </summary>
internal static class QiCommandLine
{
    public const string Description = """
        QiPipeline: load clinic data into a warehouse, compute the integrated behavioral health measures and write the PDSA workbooks.

        Exit codes: 0 success; 1 bad arguments or configuration (one line says which; also qi alone, after this help);
        2 some sources failed; 3 nothing could be done (or another run holds the warehouse lock);
        130 stopped by Ctrl+C; 143 stopped by SIGTERM.
        """;

    public static RootCommand Create(CliContext context) => new(Description)
    {
        DemoCommand.Declare(context),
        EtlCommand.Declare(context),
        KpisCommand.Declare(context),
        ReportCommand.Declare(context),
        RunCommand.Declare(context),
        SpcCommand.Declare(context),
        CompareCommand.Declare(context),
        ScheduleCommand.Declare(context),
    };
}
