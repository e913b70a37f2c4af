using QiPipeline.Cli.Configuration;
using QiPipeline.SampleData;

namespace QiPipeline.Cli.Commands;

/// <summary>
/// <c>qi demo [--out DIR] [--patients N] [--seed S]</c>: generate the synthetic clinics into
/// DIR/demo (unless already there), then <c>qi run</c> on them: DIR/warehouse.duckdb, and the
/// measures and workbook in DIR/reports.
/// </summary>
internal static class DemoCommand
{
    public static async Task<int> RunAsync(Arguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var output = Path.GetFullPath(arguments.Optional("out") ?? "out");
        var patients = arguments.OptionalInt("patients", 10, 10_000_000);
        var seed = arguments.OptionalInt("seed", 0, int.MaxValue);
        arguments.EnsureAllUsed("demo");

        // The clinics' data ends with the last complete month, and the reports are as of its last day.
        var today = DateOnly.FromDateTime(context.Time.GetLocalNow().DateTime);
        var lastComplete = new DateOnly(today.Year, today.Month, 1).AddDays(-1);
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

        var config = ConfigurationLoader.Load(configPath, context.Environment);
        int code;
        await using (await RunLocks.HoldAsync(config, context, cancellationToken))
        {
            code = await RunCommand.RunPipelineAsync(configPath, lastComplete, context, cancellationToken);
        }

        var warehouse = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = config.WarehouseConnectionString }["Data Source"];
        await context.Out.WriteLineAsync($"warehouse: {warehouse}");
        return code;
    }
}
