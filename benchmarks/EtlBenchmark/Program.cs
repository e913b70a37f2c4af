using System.Diagnostics;
using System.Globalization;
using QiPipeline.EtlBenchmark;
using QiPipeline.EtlBenchmark.CsvReaders;
using QiPipeline.EtlBenchmark.FhirReaders;
using QiPipeline.EtlBenchmark.MonthAfter;

// dotnet run -c Release --project benchmarks/EtlBenchmark -- [--patients 10000,100000] [--engines duckdb,postgres] [--rounds 3] [--out DIR]
// dotnet run -c Release --project benchmarks/EtlBenchmark -- --measures [--patients 100000,1000000]   (the measure run)
// dotnet build -c Release src/Cli && dotnet run -c Release --project benchmarks/EtlBenchmark -- --pipeline [--patients 100000,1000000]   (qi run)
// dotnet build -c Release src/Cli && dotnet run -c Release --project benchmarks/EtlBenchmark -- --month-after [--patients 100000]   (qi run the month after, incremental, against from scratch)
// dotnet run -c Release --project benchmarks/EtlBenchmark -- --case duckdb:100000:profile   (where the measure run's time goes)
// dotnet run -c Release --project benchmarks/EtlBenchmark -- --csv-readers [--patients 100000]   (the extract reader: hand-written, Sep, CsvHelper)
// dotnet run -c Release --project benchmarks/EtlBenchmark -- --copy-writers   (the DuckDB COPY file writer: hand-written, CsvHelper)
// dotnet run -c Release --project benchmarks/EtlBenchmark -- --fhir-readers [--patients 3000,100000]   (the fhir source's reader: System.Text.Json, Firely)
// Each measurement runs in a child process of its own, so the peak memory it reports is its own.
var options = BenchmarkOptions.Parse(args);
if (options.Case is { } single)
{
    if (single.Kind == "fhir-read")
    {
        Console.WriteLine(FhirReadCase.Time(single.Engine, Path.Combine(options.DataFolder(single.Patients), "east-fhir"), rounds: 1));
        return 0;
    }

    var folder = options.DataFolder(single.Patients);
    var measurement = single.Kind switch
    {
        "etl" => await EtlCase.RunEtlAsync(single.Engine, folder),
        "validate" => await EtlCase.RunReadAndValidateAsync(folder),
        "load" => await MeasureCase.LoadAsync(folder),
        "kpis" => await MeasureCase.RunAsync(folder),
        "profile" => await MeasureProfile.RunAsync(folder),
        _ => await EtlCase.RunNativeImportAsync(single.Engine, folder),
    };
    Console.WriteLine(measurement.ToCsv());
    return 0;
}

if (args.Contains("--fhir-readers"))
{
    foreach (var patients in options.Patients)
    {
        await DataSet.EnsureAsync(options.DataFolder(patients), patients);
        var export = Path.Combine(options.DataFolder(patients), "east-fhir");
        var files = FhirReadCase.Files(export).ToList();
        Console.WriteLine($"{patients:N0} generated patients: the east clinic's FHIR export, {files.Sum(f => new FileInfo(f.Path).Length) / (1024.0 * 1024.0):N0} MB in {files.Count} files");
        foreach (var reader in FhirReadCase.Readers.Skip(1))
        {
            foreach (var line in FhirReadCase.Check(export, FhirReadCase.Create(reader)))
            {
                Console.WriteLine("  " + line);
            }
        }

        // Rounds alternate between the readers, each in a process of its own, so a busy machine slows them alike.
        var runs = FhirReadCase.Readers.ToDictionary(r => r, _ => new List<string>());
        for (var round = 0; round < 3; round++)
        {
            foreach (var reader in FhirReadCase.Readers)
            {
                runs[reader].Add(await RunChildLineAsync(reader, patients, "fhir-read"));
            }
        }

        Console.WriteLine(FhirReadCase.MarkdownHeader);
        foreach (var reader in FhirReadCase.Readers)
        {
            Console.WriteLine(FhirReadCase.ToMarkdown(reader, FhirReadCase.Best(runs[reader])));
        }
    }

    return 0;
}

if (args.Contains("--copy-writers"))
{
    Console.WriteLine(CopyWriteCase.MarkdownHeader);
    foreach (var line in CopyWriteCase.Run(2_000_000, rounds: 8))
    {
        Console.WriteLine(line);
    }

    return 0;
}

if (options.CsvReaders)
{
    foreach (var patients in options.Patients)
    {
        await DataSet.EnsureAsync(options.DataFolder(patients), patients);
        var files = DataSet.CsvFolders(options.DataFolder(patients)).SelectMany(f => Directory.GetFiles(f, "*.csv")).Order(StringComparer.Ordinal).ToList();
        Console.WriteLine($"{patients:N0} generated patients, {files.Sum(f => new FileInfo(f).Length) / (1024.0 * 1024.0):N0} MB of CSV in {files.Count} files");
        Console.WriteLine(CsvReadCase.MarkdownHeader);
        foreach (var reader in CsvReadCase.Readers)
        {
            Console.WriteLine(CsvReadCase.Run(reader, files, rounds: 3));
        }
    }

    return 0;
}

if (options.Pipeline)
{
    foreach (var patients in options.Patients)
    {
        await DataSet.EnsureAsync(options.DataFolder(patients), patients);
        var clock = Stopwatch.StartNew();
        var table = await PipelineCase.RunAsync(PipelineCase.DefaultQi, options.DataFolder(patients), Path.Combine(options.Output, $"pipeline-{patients}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{patients:N0} generated patients: qi run {clock.Elapsed.TotalSeconds:F1} s"));
        foreach (var line in table)
        {
            Console.WriteLine("  " + line);
        }
    }

    return 0;
}

if (options.MonthAfter)
{
    var exitCode = 0;
    foreach (var patients in options.Patients)
    {
        await DataSet.EnsureAsync(options.DataFolder(patients), patients);
        Console.WriteLine($"{patients:N0} generated patients: qi run the month after");
        exitCode = Math.Max(exitCode, await MonthAfterCase.RunAsync(PipelineCase.DefaultQi, options.DataFolder(patients), Path.Combine(options.Output, $"month-after-{patients}")));
    }

    return exitCode;
}

if (options.Measures)
{
    Console.WriteLine("| patients | measure run s | CPU s | patients/s | peak MB |");
    Console.WriteLine("|---:|---:|---:|---:|---:|");
    foreach (var patients in options.Patients)
    {
        await DataSet.EnsureAsync(options.DataFolder(patients), patients);
        if (!File.Exists(MeasureCase.WarehouseFile(options.DataFolder(patients))))
        {
            await RunChildAsync("duckdb", patients, "load");
        }

        var run = await RunChildAsync("duckdb", patients, "kpis");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {patients:N0} | {run.Seconds:F1} | {run.CpuSeconds:F1} | {run.Rows / run.Seconds:N0} | {run.PeakMb:N0} |"));
    }

    return 0;
}

var results = new List<CaseResult>();
foreach (var patients in options.Patients)
{
    var generation = await DataSet.EnsureAsync(options.DataFolder(patients), patients);
    Console.Error.WriteLine($"{patients:N0} patients: data {generation}");
    foreach (var engine in options.Engines)
    {
        var etl = new List<Measurement>();
        var native = new List<Measurement>();
        for (var round = 0; round < options.Rounds; round++)
        {
            etl.Add(await RunChildAsync(engine, patients, "etl"));
            native.Add(await RunChildAsync(engine, patients, "native"));
        }

        var result = new CaseResult(engine, patients, etl, native);
        results.Add(result);
        Console.Error.WriteLine(result.ToMarkdown());
    }
}

Console.WriteLine(CaseResult.MarkdownHeader);
foreach (var result in results)
{
    Console.WriteLine(result.ToMarkdown());
}

Console.WriteLine();
Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
return 0;

async Task<Measurement> RunChildAsync(string engine, int patients, string kind) =>
    Measurement.FromCsv(await RunChildLineAsync(engine, patients, kind));

async Task<string> RunChildLineAsync(string engine, int patients, string kind)
{
    var self = Environment.ProcessPath!;
    var info = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
    if (Path.GetFileNameWithoutExtension(self) == "dotnet")
    {
        info.ArgumentList.Add(typeof(EtlCase).Assembly.Location);
    }

    foreach (var argument in new[] { "--case", $"{engine}:{patients}:{kind}", "--out", options.Output })
    {
        info.ArgumentList.Add(argument);
    }

    using var child = Process.Start(info)!;
    var output = await child.StandardOutput.ReadToEndAsync();
    await child.WaitForExitAsync();
    return child.ExitCode == 0
        ? output.Trim().Split('\n')[^1]
        : throw new InvalidOperationException($"{engine} {patients} {kind} exited {child.ExitCode}");
}
