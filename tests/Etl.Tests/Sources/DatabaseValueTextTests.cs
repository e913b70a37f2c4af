using QiPipeline.Etl.Sources;

namespace QiPipeline.Etl.Tests.Sources;

/// <summary>Database values as text: timestamps keep their time and, where known, their offset, so the validator can date them in the source's zone.</summary>
public sealed class DatabaseValueTextTests
{
    [Fact]
    public void ToText_UtcDateTime_EndsWithZ() =>
        Assert.Equal("2021-08-23T03:26:50Z", DatabaseSource.ToText(new DateTime(2021, 8, 23, 3, 26, 50, DateTimeKind.Utc)));

    [Fact]
    public void ToText_DateTimeWithoutKindFromAZonedColumn_IsUtc() =>
        Assert.Equal("2021-08-23T03:26:50Z", DatabaseSource.ToText(new DateTime(2021, 8, 23, 3, 26, 50, DateTimeKind.Unspecified), zoned: true));

    [Fact]
    public void ToText_LocalDateTime_HasNoOffset() =>
        Assert.Equal("2021-08-23T03:26:50.5", DatabaseSource.ToText(new DateTime(2021, 8, 23, 3, 26, 50, 500, DateTimeKind.Unspecified)));

    [Fact]
    public void ToText_DateReadAsMidnight_IsTheDate() =>
        Assert.Equal("2021-08-23", DatabaseSource.ToText(new DateTime(2021, 8, 23)));

    [Fact]
    public void ToText_DateTimeOffset_KeepsItsOffset() =>
        Assert.Equal("2021-08-23T03:26:50-05:00", DatabaseSource.ToText(new DateTimeOffset(2021, 8, 23, 3, 26, 50, TimeSpan.FromHours(-5))));

    [Fact]
    public void ToText_WholeDecimal_IsAcceptedAsAWholeNumberLater() =>
        Assert.True(QiPipeline.Etl.Validation.WholeNumbers.TryParse(DatabaseSource.ToText(3.0m)!, out var value) && value == 3);
}
