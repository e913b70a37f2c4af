using System.Runtime.CompilerServices;
using System.Text;
using QiPipeline.Etl.Csv;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Sources;

/// <summary>
/// A folder holding the CSV extract of docs/contract.md: one file per entity, a missing file
/// meaning no records of that entity. Files are UTF-8 (a byte-order mark is allowed, and
/// UTF-16 with its mark is read too). A record holding bytes that are not UTF-8 (a Latin-1
/// export, binary garbage) becomes a malformed reject, and the rest of the file still loads.
/// </summary>
internal sealed class CsvSource(string name, string folder) : IClinicSource
{
    public string Name => name;

    public string Type => "csv";

    public bool ReadsAhead => false;

    public Task CheckAsync(CancellationToken cancellationToken) => SourceFolder.CheckExists(name, folder);

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
        using var utf16 = IsUtf16(stream) ? new StreamReader(stream, Encoding.Unicode, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16) : null;
        var csv = utf16 is null ? new CsvReader(stream) : new CsvReader(utf16);
        var header = csv.Read();
        if (header is null)
        {
            yield break; // an empty file: no records
        }

        var map = CsvHeader.Map(header, entity, display);
        double size = Math.Max(stream.Length, 1);
        while (csv.Read() is { } record)
        {
            cancellationToken.ThrowIfCancellationRequested();

            // The reader's buffer runs ahead of the record by at most 64 KB: close enough for a progress display.
            yield return map.ToRaw(record, Math.Min(stream.Position / size, 1));
        }
    }

    /// <summary>
    /// Whether the file starts with a UTF-16 byte-order mark (an export from Windows tools); such a
    /// file is decoded first, every other one read as UTF-8 bytes. The stream is left at its start.
    /// </summary>
    private static bool IsUtf16(FileStream stream)
    {
        Span<byte> mark = stackalloc byte[2];
        var read = stream.Read(mark);
        stream.Position = 0;
        return read == 2 && ((mark[0] == 0xFF && mark[1] == 0xFE) || (mark[0] == 0xFE && mark[1] == 0xFF));
    }
}
