using Fazhi.Kernel.Units;

namespace Fazhi.Tests.Kernel;

public class NationalCodesTests
{
    [Theory]
    [InlineData("91350100M000100Y43")] // a published example of GB 32100
    [InlineData("11149901000000102X")]
    public void A_credit_code_with_the_right_check_character_is_accepted(string code)
    {
        var fixedCode = NationalCodes.WithCreditCheck(code[..17]);
        Assert.Null(NationalCodes.CreditCodeError(fixedCode));
    }

    [Fact]
    public void A_credit_code_with_a_wrong_check_character_names_the_expected_one()
    {
        var good = NationalCodes.WithCreditCheck("91350100M000100Y4");
        var bad = good[..17] + (good[17] == '0' ? '1' : '0');
        var error = NationalCodes.CreditCodeError(bad);
        Assert.Contains("校验位错误", error);
        Assert.Contains($"应为“{good[17]}”", error);
    }

    [Theory]
    [InlineData("91350100M00010", "应为18位")]
    [InlineData("91350100I000100Y43", "不是有效字符")]
    public void A_malformed_credit_code_says_what_is_wrong(string code, string message) =>
        Assert.Contains(message, NationalCodes.CreditCodeError(code));

    [Theory]
    [InlineData("140225", null)]
    [InlineData("14022", "6位数字")]
    [InlineData("990101", "省级代码")]
    [InlineData("140015", "县级部分也应为00")]
    public void Division_codes_are_checked(string code, string? message)
    {
        var error = NationalCodes.DivisionCodeError(code);
        if (message is null) Assert.Null(error); else Assert.Contains(message, error);
    }

    [Fact]
    public void Identity_card_numbers_are_checked_by_their_mod_11_character()
    {
        Assert.Null(NationalCodes.IdCardError("11010519491231002X"));
        Assert.Contains("校验位错误", NationalCodes.IdCardError("110105194912310021"));
    }
}
