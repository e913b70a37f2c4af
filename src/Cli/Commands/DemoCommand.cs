using System.CommandLine;
using QiPipeline.Application;
using QiPipeline.Cli.CommandLine;
using QiPipeline.SampleData;

namespace QiPipeline.Cli.Commands;

/// <summary>
/// <c>qi demo [--out DIR] [--patients N] [--seed S]</c>: generate the synthetic clinics into
/// DIR/demo (unless already there), then <c>qi run</c> on them: DIR/warehouse.duckdb, and the
/// measures and workbook in DIR/reports.
/// </summary>
internal static class DemoCommand
{
    public static Command Declare(CliContext context)
    {
        var output = new Option<string>("--out", "-o")
        {
            Description = "The folder for the synthetic clinics (DIR/demo), the warehouse and the reports.",
            HelpName = "DIR",
            DefaultValueFactory = _ => "out",
        };
        var patients = new Option<int?>("--patients")
        {
            Description = "How many synthetic patients to generate (10 to 10000000; default 3000). Ignored when DIR/demo exists.",
            HelpName = "N",
            CustomParser = OptionParsers.WholeNumber(10, 10_000_000),
        };
        var seed = new Option<int?>("--seed")
        {
            Description = "The generator's random seed (the same seed gives the same clinics).",
            HelpName = "S",
            CustomParser = OptionParsers.WholeNumber(0, int.MaxValue),
        };
        var command = new Command("demo", "Generate three synthetic clinics (if absent) and run the monthly job on them.") { output, patients, seed };
        command.SetAction((parsed, cancellationToken) =>
            RunAsync(parsed.GetRequiredValue(output), parsed.GetValue(patients), parsed.GetValue(seed), context, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string outputFolder, int? patients, int? seed, CliContext context, CancellationToken cancellationToken)
    {
        var output = Path.GetFullPath(outputFolder);

        // The clinics' data ends with the last complete month, and the reports are as of its last day.
        var lastComplete = AsOfDate.LastCompleteMonthEnd(context.Time);
        var demo = Path.Combine(output, "demo");
        var configPath = Path.Combine(demo, "qi.json");
        if (File.Exists(configPath))
        {
            await context.Out.WriteLineAsync($"using the synthetic clinics in {demo} (delete the folder to generate anew)");
        }
        else
        {
            var options = new GeneratorOptions { End = lastComplete };
            options = options with { Patients = patients ?? options.Patients, Seed = seed ?? options.Seed };
            await context.Out.WriteLineAsync($"generating {options.Patients:N0} synthetic patients in {demo} ...");
            var generated = await ClinicGenerator.GenerateAsync(demo, options, cancellationToken);
            configPath = generated.ConfigPath;
        }

        return await PipelineHost.RunHoldingAsync(
            configPath, context, (pipeline, token) => RunCommand.RunPipelineAsync(pipeline, lastComplete, context, token), cancellationToken);
    }
}
