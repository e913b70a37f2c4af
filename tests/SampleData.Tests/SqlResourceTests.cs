namespace QiPipeline.SampleData.Tests;

public sealed class SqlResourceTests
{
    [Fact]
    public void SqlFiles_InTheGeneratorFolder_AreAllEmbedded()
    {
        var folder = Path.Combine(RepositoryRoot(), "sample-data", "Generator", "Output", "Sql");

        var files = Directory.GetFiles(folder, "*.sql").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(files, SqlResource.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void OneLine_CommentsAndIndentation_AreRemoved()
    {
        var sql = "SELECT a, -- the id\n       b\nFROM t -- table\n";

        Assert.Equal("SELECT a, b FROM t", SqlResource.OneLine(sql));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Directory.Packages.props")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found above " + AppContext.BaseDirectory);
    }
}
