using QiPipeline.Etl.Configuration;
using QiPipeline.Warehouse;

namespace QiPipeline.Application.Configuration;

/// <summary>
/// The configuration file, bound strictly (<see cref="StrictKeys"/>) and validated once by
/// <see cref="ConfigurationLoader"/>. The <c>measures</c> section is checked against the measure catalog
/// and kept as the measures read it (<see cref="LoadedConfiguration.MeasureSettings"/>).
/// </summary>
internal sealed record QiOptions
{
    public WarehouseOptions Warehouse { get; init; } = new();

    public IReadOnlyList<SourceOptions> Sources { get; init; } = [];

    public IReadOnlyList<ClinicOptions> Clinics { get; init; } = [];

    public IReadOnlyList<PdsaCycleOptions> PdsaCycles { get; init; } = [];

    public ReportsOptions Reports { get; init; } = new();

    public EdOptions Ed { get; init; } = new();
}
