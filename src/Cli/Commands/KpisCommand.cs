using System.CommandLine;
using System.Globalization;
using QiPipeline.Application;
using QiPipeline.Application.Configuration;
using QiPipeline.Cli.CommandLine;
using QiPipeline.Cli.Progress;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Cli.Commands;

/// <summary>
/// <c>qi kpis --config F [--as-of D] [--from YYYY-MM] [--to YYYY-MM] [--out kpis.csv] [--patients patients.csv]</c>:
/// compute every measure from the warehouse, store the results, write the contract files.
/// </summary>
internal static class KpisCommand
{
    public static Command Declare(CliContext context)
    {
        var config = CommonOptions.Config();
        var asOf = CommonOptions.AsOf();
        var from = CommonOptions.Month("--from", "The first month reported; default: 23 months before --to.");
        var to = CommonOptions.Month("--to", "The last month reported; default: the as-of date's month.");
        var output = new Option<string>("--out", "-o")
        {
            Description = "Where the measure results go (CSV: measure_id,clinic_id,period,numerator,denominator,rate,status).",
            HelpName = "FILE",
            DefaultValueFactory = _ => "kpis.csv",
        };
        var patients = new Option<string?>("--patients")
        {
            Description = "Also write the units behind the numbers (patient ids: keep it inside the care team).",
            HelpName = "FILE",
        };
        var command = new Command("kpis", "Compute every measure from the warehouse, store the results and write them as CSV.")
        {
            config, asOf, from, to, output, patients,
        };
        command.SetAction((parsed, cancellationToken) => PipelineHost.RunHoldingAsync(
            parsed.GetRequiredValue(config),
            context,
            (pipeline, token) => RunAsync(
                pipeline, new KpisRequest(parsed.GetValue(asOf), parsed.GetValue(from), parsed.GetValue(to), parsed.GetRequiredValue(output), parsed.GetValue(patients)), context, token),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(Pipeline pipeline, KpisRequest request, CliContext context, CancellationToken cancellationToken)
    {
        var asOf = await AsOfDates.ResolveAsync(pipeline, request.AsOf, context, cancellationToken);
        var to = request.To ?? Month.Of(asOf);
        var from = request.From ?? to.Plus(-23);
        if (from > to)
        {
            throw new ConfigurationException($"--from {from} is after --to {to}");
        }

        var result = await pipeline.MeasureAsync(
            new MeasureRequest(asOf, from, to, request.Output, request.Patients, Progress: MeasureProgress.For(context)), cancellationToken);
        await context.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"as of {asOf:yyyy-MM-dd}, {from}..{to}: {result.Patients:N0} patients, {result.Units:N0} units; wrote {request.Output}{(request.Patients is null ? "" : " and " + request.Patients)}"));
        return ExitCodes.Success;
    }
}
