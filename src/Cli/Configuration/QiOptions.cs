using QiPipeline.Etl.Configuration;
using QiPipeline.Warehouse;

namespace QiPipeline.Cli.Configuration;

/// <summary>
/// The configuration file (ARCHITECTURE.md). Sections that later stages read (pdsaCycles,
/// measures, ed, reports) are bound by those stages.
/// </summary>
internal sealed class QiOptions
{
    public WarehouseOptions Warehouse { get; set; } = new();

    public List<SourceOptions> Sources { get; set; } = [];

    public List<ClinicOptions> Clinics { get; set; } = [];

    public List<PdsaCycleOptions> PdsaCycles { get; set; } = [];

    public ReportsOptions Reports { get; set; } = new();
}
