using QiPipeline.Etl.Validation;

namespace QiPipeline.Etl.Tests.Validation;

/// <summary>Whole numbers as exports write them (issue: scores stored as 3.0 were rejected).</summary>
public sealed class WholeNumbersTests
{
    [Theory]
    [InlineData("3", 3)]
    [InlineData("3.0", 3)]
    [InlineData("3.00", 3)]
    [InlineData("-2.0", -2)]
    [InlineData("+7", 7)]
    [InlineData("0.0", 0)]
    public void TryParse_WholeValue_IsTheNumber(string raw, int expected)
    {
        Assert.True(WholeNumbers.TryParse(raw, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("3.5")]
    [InlineData("3.01")]
    [InlineData("3.")]
    [InlineData(".0")]
    [InlineData("1e3")]
    [InlineData("1,000")]
    [InlineData("ten")]
    [InlineData("99999999999")]
    [InlineData("99999999999.0")]
    public void TryParse_FractionOrNotANumber_IsNotWhole(string raw) =>
        Assert.False(WholeNumbers.TryParse(raw, out _));
}
