using QiPipeline.Etl.Validation;

namespace QiPipeline.Etl.Tests.Validation;

/// <summary>
/// Dates as sources send them. Expected local dates follow from the value's offset and the zone's
/// published rules: New York is UTC-5 in winter and UTC-4 in summer, daylight time beginning on
/// the second Sunday of March at 07:00 UTC (2024-03-10) and ending on the first Sunday of
/// November at 06:00 UTC (2024-11-03); Tokyo is UTC+9 all year.
/// </summary>
public sealed class SourceDatesTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    [Theory]
    [InlineData("2021-08-23")]
    [InlineData("2021-08-23T03:26:50")]
    [InlineData("2021-08-23 03:26:50")]
    [InlineData("2021-08-23T03:26")]
    [InlineData("2021-08-23 23:59:59.999")]
    [InlineData("2021-08-23T23:59:59.123456789")]
    [InlineData("2021-08-23t00:00:00")]
    public void TryParse_NoOffset_IsAlreadyTheSourcesLocalDate(string raw)
    {
        Assert.True(SourceDates.TryParse(raw, NewYork, out var date));
        Assert.Equal(new DateOnly(2021, 8, 23), date);
    }

    [Theory]
    [InlineData("2021-08-23T03:26:50Z", "America/New_York", "2021-08-22")]
    [InlineData("2021-08-23T03:26:50Z", "UTC", "2021-08-23")]
    [InlineData("2021-08-23T03:26:50-05:00", "America/New_York", "2021-08-23")]
    [InlineData("2021-08-23T03:26:50.250-05:00", "America/New_York", "2021-08-23")]
    [InlineData("2021-08-22T23:30:00-07:00", "America/New_York", "2021-08-23")]
    [InlineData("2021-08-22T23:30:00-0700", "America/New_York", "2021-08-23")]
    [InlineData("2021-08-22T23:30:00-07", "America/New_York", "2021-08-23")]
    [InlineData("2021-08-22T16:00:00Z", "Asia/Tokyo", "2021-08-23")]
    [InlineData("2021-08-22T14:59:59.9999999Z", "Asia/Tokyo", "2021-08-22")]
    [InlineData("2021-08-23T00:30:00+01:00", "UTC", "2021-08-22")]
    [InlineData("2021-08-23 03:26:50z", "America/New_York", "2021-08-22")]
    public void TryParse_NearMidnightWithAnOffset_GivesTheDateInTheSourcesZone(string raw, string zone, string expected)
    {
        Assert.True(SourceDates.TryParse(raw, TimeZoneInfo.FindSystemTimeZoneById(zone), out var date));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("2024-03-10T04:30:00Z", "2024-03-09")] // still standard time (UTC-5): 23:30 the day before
    [InlineData("2024-03-11T04:30:00Z", "2024-03-11")] // daylight time (UTC-4): 00:30
    [InlineData("2024-03-10T06:59:00Z", "2024-03-10")] // 01:59 EST, the minute before the clocks jump
    [InlineData("2024-11-03T04:30:00Z", "2024-11-03")] // still daylight time (UTC-4): 00:30
    [InlineData("2024-11-04T04:30:00Z", "2024-11-03")] // standard time again (UTC-5): 23:30 the day before
    [InlineData("2024-11-03T05:30:00Z", "2024-11-03")] // 01:30 EDT, the first of the two 01:30s
    [InlineData("2024-11-03T06:30:00Z", "2024-11-03")] // 01:30 EST, the second
    public void TryParse_DaylightSavingDays_UseTheOffsetInForceAtTheInstant(string raw, string expected)
    {
        Assert.True(SourceDates.TryParse(raw, NewYork, out var date));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("2024-03-10 02:30:00")] // a local time the clocks skip: still that day's local time
    [InlineData("2024-11-03 01:30:00")] // a local time that happens twice
    public void TryParse_LocalTimeOnATransitionDay_KeepsItsDate(string raw)
    {
        Assert.True(SourceDates.TryParse(raw, NewYork, out var date));
        Assert.Equal(DateOnly.FromDateTime(DateTime.Parse(raw, System.Globalization.CultureInfo.InvariantCulture)), date);
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2024-02-30T10:00:00Z")]
    [InlineData("2025-02-29 08:00:00")]
    [InlineData("2021-08-23T24:00:00")]
    [InlineData("2021-08-23T10:60")]
    [InlineData("2021-08-23T10:00:61")]
    [InlineData("2021-08-23T10:00:00+15:00")]
    [InlineData("2021-08-23T10:00:00+05:60")]
    [InlineData("2021-08-23T")]
    [InlineData("2021-08-23T10")]
    [InlineData("2021-08-23 03:26:50 PM")]
    [InlineData("2021-08-23T03:26:50.Z")]
    [InlineData("08/23/2021")]
    [InlineData("20210823")]
    [InlineData("2021-8-23")]
    [InlineData("yesterday")]
    public void TryParse_NotARealIsoDateOrTimestamp_IsNotADate(string raw) =>
        Assert.False(SourceDates.TryParse(raw, NewYork, out _));
}
