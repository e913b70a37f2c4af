using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using QiPipeline.SampleData.Tests.Support;

namespace QiPipeline.SampleData.Tests;

/// <summary>One generation with the default options (3000 patients), shared by the tests that only read it.</summary>
public sealed class DemoFixture : IAsyncLifetime, IDisposable
{
    public static readonly DateOnly End = new(2025, 12, 31);

    /// <summary>The sources in configuration order.</summary>
    public static readonly IReadOnlyList<string> SourceNames = ["north", "south", "east"];

    private readonly TempFolder _folder = new();
    private readonly ConcurrentDictionary<string, Dictionary<string, Table>> _sources = new();

    public static GeneratorOptions Options => new() { End = End };

    public string Root => _folder.Path;

    internal GenerationReport Report { get; private set; } = null!;

    /// <summary>The loader's run date: a record after it is a future date.</summary>
    public static DateOnly RunDate => End.AddDays(30);

    public Dictionary<string, Table> Source(string name) => _sources.GetOrAdd(name, n => Support.Source.Read(Root, n));

    /// <summary>A pilot's go-live as qi.json gives it.</summary>
    public DateOnly GoLive(string clinic)
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "qi.json")));
        var entry = config.RootElement.GetProperty("clinics").EnumerateArray().Single(c => c.GetProperty("id").GetString() == clinic);
        return DateOnly.Parse(entry.GetProperty("goLive").GetString()!, CultureInfo.InvariantCulture);
    }

    public async Task InitializeAsync() =>
        Report = await ClinicGenerator.GenerateWithReportAsync(Root, Options, CancellationToken.None);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _folder.Dispose();
}
