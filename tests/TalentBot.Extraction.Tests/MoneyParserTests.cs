using TalentBot.Core;

namespace TalentBot.Extraction.Tests;

public sealed class MoneyParserTests
{
    [Theory]
    [InlineData("a $100 million package", 100_000_000, "USD", "$100 million")]
    [InlineData("worth $1.5 billion", 1_500_000_000, "USD", "$1.5 billion")]
    [InlineData("an offer of $1 millions", 1_000_000, "USD", "$1 millions")]
    [InlineData("a €2m bonus", 2_000_000, "EUR", "€2m")]
    [InlineData("paid $250,000 a year", 250_000, "USD", "$250,000")]
    [InlineData("estimée à 1 milliard de dollars", 1_000_000_000, "USD", "1 milliard de dollars")]
    [InlineData("une offre de 1,5 milliard d'euros", 1_500_000_000, "EUR", "1,5 milliard d'euros")]
    [InlineData("un salaire de 2 M€ par an", 2_000_000, "EUR", "2 M€")]
    [InlineData("un bonus de 250 000 € à la signature", 250_000, "EUR", "250 000 €")]
    [InlineData("un accordo da 14 miliardi di dollari", 14_000_000_000, "USD", "14 miliardi di dollari")]
    [InlineData("un pacchetto da 2,5 milioni di euro", 2_500_000, "EUR", "2,5 milioni di euro")]
    [InlineData("報酬は1億ドルに上る", 100_000_000, "USD", "1億ドル")]
    [InlineData("1000万ドルの契約", 10_000_000, "USD", "1000万ドル")]
    [InlineData("1億5000万ドルで合意", 150_000_000, "USD", "1億5000万ドル")]
    [InlineData("年俸は３億円", 300_000_000, "JPY", "３億円")]
    public void FindAll_AmountInText_ParsesValueCurrencyAndVerbatimText(string text, decimal amount, string currency, string verbatim)
    {
        var found = MoneyParser.FindAll(text).ShouldHaveSingleItem();

        found.Money.ShouldBe(new Money(amount, currency, verbatim));
        text.Substring(found.Start, found.Length).Trim().ShouldBe(verbatim);
    }

    [Theory]
    [InlineData("He joined in 2024 with 20 researchers.")]
    [InlineData("Il a rejoint Meta le 3 mai.")]
    [InlineData("20人以上が移籍した。")]
    public void FindAll_NumbersWithoutCurrency_FindsNothing(string text) =>
        MoneyParser.FindAll(text).ShouldBeEmpty();

    [Theory]
    [InlineData("1,500", 1500)]
    [InlineData("1.500", 1500)]
    [InlineData("3.5", 3.5)]
    [InlineData("1,5", 1.5)]
    [InlineData("1,234,567.89", 1234567.89)]
    [InlineData("1.234.567,89", 1234567.89)]
    public void TryParseNumber_EitherConvention_ReadsGroupingAndDecimals(string text, decimal expected)
    {
        MoneyParser.TryParseNumber(text, out var value).ShouldBeTrue();
        value.ShouldBe(expected);
    }
}
