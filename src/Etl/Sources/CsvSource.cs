using System.Runtime.CompilerServices;
using System.Text;
using QiPipeline.Etl.Csv;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Sources;

/// <summary>
/// A folder holding the CSV extract of ARCHITECTURE.md: one file per entity, a missing file
/// meaning no records of that entity. Files are UTF-8 (a byte-order mark is allowed, and
/// UTF-16 with its mark is read too); anything else is refused with the file and line.
/// </summary>
internal sealed class CsvSource(string name, string folder) : IClinicSource
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string Name => name;

    public string Type => "csv";

    public Task CheckAsync(CancellationToken cancellationToken) =>
        Directory.Exists(folder)
            ? Task.CompletedTask
            : throw new SourceException($"source '{name}': folder '{folder}' does not exist");

    public bool Provides(EntityDefinition entity) => true;

    public async IAsyncEnumerable<RawRecord> ReadAsync(
        EntityDefinition entity,
        DateTime? watermark,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, entity.Name + ".csv");
        if (!File.Exists(path))
        {
            yield break;
        }

        var display = $"{name}/{entity.Name}.csv";
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: false);
        using var text = new StreamReader(stream, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var csv = new CsvReader(text);
        var header = ReadOrFail(csv, display, 1);
        if (header is null)
        {
            yield break; // an empty file: no records
        }

        var map = CsvHeader.Map(header, entity, display);
        var lastLine = header.Line;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = ReadOrFail(csv, display, lastLine);
            if (record is null)
            {
                yield break;
            }

            lastLine = record.Line;
            yield return map.ToRaw(record);
        }
    }

    private static CsvRecord? ReadOrFail(CsvReader csv, string display, long lastGoodLine)
    {
        try
        {
            return csv.Read();
        }
        catch (DecoderFallbackException e)
        {
            throw new SourceException($"{display}: not valid UTF-8 after line {lastGoodLine} (save the extract as UTF-8)", e);
        }
    }
}
