using System.IO.Compression;
using System.Text;
using QiPipeline.Etl.Configuration;
using QiPipeline.Etl.Sources.Fhir;
using QiPipeline.TestSupport;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Tests.Sources.Fhir;

/// <summary>A Bulk Data export folder written by a test, and what the fhir source reads from it, by column name.</summary>
internal sealed class FhirExport : IDisposable
{
    /// <summary>The key of a read record's malformed reason.</summary>
    public const string Problem = "_problem";

    private readonly TempDirectory _folder = new();

    public string Folder => _folder.Path;

    public FhirExport Write(string fileName, params string[] lines)
    {
        File.WriteAllText(_folder.File(fileName), string.Join("\n", lines) + "\n", new UTF8Encoding(false));
        return this;
    }

    public FhirExport WriteGzip(string fileName, params string[] lines)
    {
        using var file = File.Create(_folder.File(fileName));
        using var zip = new GZipStream(file, CompressionLevel.Fastest);
        zip.Write(Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"));
        return this;
    }

    /// <summary>The records of an entity as column-to-value maps (with updated_at, and _problem for a malformed line).</summary>
    public async Task<List<Dictionary<string, string?>>> ReadAsync(EntityDefinition entity, FhirSourceOptions? options = null, DateTime? watermark = null)
    {
        var source = new FhirSource("clinic", Folder, new FhirMaps(options));
        var records = new List<Dictionary<string, string?>>();
        await foreach (var record in source.ReadAsync(entity, watermark, CancellationToken.None))
        {
            var values = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < entity.Columns.Count; i++)
            {
                values[entity.Columns[i].Name] = record.Values[i];
            }

            values[CanonicalModel.UpdatedAt] = record.Values[^1];
            values[Problem] = record.Malformed;
            records.Add(values);
        }

        return records;
    }

    /// <summary>The one record an entity reads.</summary>
    public async Task<Dictionary<string, string?>> SingleAsync(EntityDefinition entity, FhirSourceOptions? options = null) =>
        Assert.Single(await ReadAsync(entity, options));

    public void Dispose() => _folder.Dispose();
}
