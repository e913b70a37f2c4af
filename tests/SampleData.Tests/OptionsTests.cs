using QiPipeline.SampleData.Tests.Support;

namespace QiPipeline.SampleData.Tests;

public sealed class OptionsTests
{
    [Fact]
    public async Task GenerateAsync_NoEnd_ThrowsArgumentException()
    {
        using var folder = new TempFolder();

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            ClinicGenerator.GenerateAsync(folder.Path, new GeneratorOptions(), CancellationToken.None));

        Assert.Contains("End", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0.005)]
    [InlineData(36, -0.1)]
    [InlineData(36, 0.9)]
    public async Task GenerateAsync_OutOfRangeOptions_ThrowArgumentOutOfRange(int months, double badRate)
    {
        using var folder = new TempFolder();
        var options = new GeneratorOptions { End = new DateOnly(2025, 12, 31), Months = months, BadRate = badRate };

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => ClinicGenerator.GenerateAsync(folder.Path, options, CancellationToken.None));
    }

    [Fact]
    public async Task GenerateAsync_BadRateZero_WritesOnlyValidRecords()
    {
        using var folder = new TempFolder();
        var end = new DateOnly(2025, 12, 31);

        var demo = await ClinicGenerator.GenerateAsync(
            folder.Path, new GeneratorOptions { Patients = 600, End = end, BadRate = 0 }, CancellationToken.None);

        Assert.Equal(0, demo.BadRecords);
        foreach (var source in new[] { "north", "south", "east" })
        {
            Assert.Empty(Rejects.Find(Source.Read(folder.Path, source), end.AddDays(30)).Rows);
        }
    }
}
