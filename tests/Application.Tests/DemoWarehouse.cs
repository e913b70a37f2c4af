using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using QiPipeline.Application.Configuration;
using QiPipeline.SampleData;
using QiPipeline.TestSupport;

namespace QiPipeline.Application.Tests;

/// <summary>
/// Three synthetic clinics (300 patients, data to <see cref="End"/>) loaded once through <see cref="Pipeline.LoadAsync"/>
/// into the DuckDB warehouse their generated configuration names; shared by a test class.
/// </summary>
public sealed class DemoWarehouse : IAsyncLifetime, IDisposable
{
    /// <summary>The last day of the synthetic data, and the as-of date of the tests.</summary>
    public static readonly DateOnly End = new(2025, 5, 31);

    private readonly TempDirectory _folder = new("qi-application");

    /// <summary>The generated configuration file.</summary>
    public string ConfigPath { get; private set; } = "";

    /// <summary>The folder everything is written under.</summary>
    public TempDirectory Folder => _folder;

    /// <summary>A pipeline of the configuration on a clock fixed after <see cref="End"/>.</summary>
    internal Pipeline Pipeline() =>
        new(ConfigurationLoader.Load(ConfigPath, new Dictionary<string, string?>()),
            new PipelineClocks(new FakeTimeProvider(new DateTimeOffset(2025, 6, 15, 12, 0, 0, TimeSpan.Zero)), TimeProvider.System),
            NullLoggerFactory.Instance);

    public async Task InitializeAsync()
    {
        var demo = await ClinicGenerator.GenerateAsync(_folder.File("demo"), new GeneratorOptions { Patients = 300, End = End }, CancellationToken.None);
        ConfigPath = demo.ConfigPath;
        var pipeline = Pipeline();
        await using var held = await pipeline.LockAsync(CancellationToken.None);
        var load = await pipeline.LoadAsync(new LoadRequest(), CancellationToken.None);
        Assert.Equal("succeeded", load.Run.Status);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => _folder.Dispose();
}
