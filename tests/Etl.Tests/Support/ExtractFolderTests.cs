using QiPipeline.TestSupport;

namespace QiPipeline.Etl.Tests.Support;

/// <summary>A test class that writes a CSV extract for the source <c>north</c> into a folder of its own, removed afterwards.</summary>
public abstract class ExtractFolderTests : IDisposable
{
    private readonly TempDirectory _folder = new("qi-extract");

    /// <summary>The extract folder of the source <c>north</c>.</summary>
    protected string North => Path.Combine(_folder.Path, "north");

    public void Dispose()
    {
        _folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
