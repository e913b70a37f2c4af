using System.Buffers;
using System.IO.Compression;
using System.Text.Json;

namespace QiPipeline.SampleData;

/// <summary>One Bulk Data export file: a resource per line, gzipped when its name ends in .gz.</summary>
internal sealed class NdjsonFile : IDisposable
{
    private readonly Stream _stream;
    private readonly ArrayBufferWriter<byte> _buffer = new(4096);
    private readonly Utf8JsonWriter _json;

    public NdjsonFile(string path)
    {
        Stream file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        _stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionLevel.Fastest) : file;
        _json = new Utf8JsonWriter(_buffer);
    }

    /// <summary>Writes one resource as one line.</summary>
    public void Write(Action<Utf8JsonWriter> resource)
    {
        _buffer.ResetWrittenCount();
        _json.Reset(_buffer);
        _json.WriteStartObject();
        resource(_json);
        _json.WriteEndObject();
        _json.Flush();
        _stream.Write(_buffer.WrittenSpan);
        _stream.WriteByte((byte)'\n');
    }

    /// <summary>Writes a line as it is (a malformed one, on purpose).</summary>
    public void WriteRaw(string line)
    {
        _stream.Write(System.Text.Encoding.UTF8.GetBytes(line));
        _stream.WriteByte((byte)'\n');
    }

    public void Flush() => _stream.Flush();

    public void Dispose()
    {
        _json.Dispose();
        _stream.Dispose();
    }
}
