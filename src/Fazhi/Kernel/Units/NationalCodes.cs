namespace Fazhi.Kernel.Units;

/// <summary>Check rules of the national codes a unit carries.</summary>
public static class NationalCodes
{
    const string CreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static readonly int[] CreditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>统一社会信用代码, GB 32100-2015: 18 characters, the last a mod-31 check character.</summary>
    public static string? CreditCodeError(string code)
    {
        if (code.Length != 18) return $"统一社会信用代码应为18位，实为{code.Length}位";
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var v = CreditAlphabet.IndexOf(code[i]);
            if (v < 0) return $"统一社会信用代码第{i + 1}位“{code[i]}”不是有效字符";
            sum += v * CreditWeights[i];
        }
        var expected = CreditAlphabet[(31 - sum % 31) % 31];
        if (CreditAlphabet.IndexOf(code[17]) < 0)
            return $"统一社会信用代码第18位“{code[17]}”不是有效字符";
        return code[17] == expected ? null
            : $"统一社会信用代码校验位错误：应为“{expected}”，实为“{code[17]}”";
    }

    /// <summary>Completes a 17-character body with its GB 32100 check character.</summary>
    public static string WithCreditCheck(string body17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += CreditAlphabet.IndexOf(body17[i]) * CreditWeights[i];
        return body17 + CreditAlphabet[(31 - sum % 31) % 31];
    }

    /// <summary>行政区划代码, GB/T 2260: six digits, a known province prefix, city and county parts
    /// consistent.</summary>
    public static string? DivisionCodeError(string code)
    {
        if (code.Length != 6 || !code.All(char.IsAsciiDigit)) return "行政区划代码应为6位数字";
        var province = int.Parse(code[..2]);
        if (province < 11 || province > 82 || !ProvincePrefixes.Contains(province))
            return $"行政区划代码前两位“{code[..2]}”不是有效的省级代码";
        if (code[2..4] == "00" && code[4..] != "00")
            return "行政区划代码地级部分为00时县级部分也应为00";
        return null;
    }

    static readonly HashSet<int> ProvincePrefixes =
        [
            11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54,
            61, 62, 63, 64, 65, 71, 81, 82,
        ];

    /// <summary>居民身份证号, GB 11643-1999: 17 digits and a mod-11 check character.</summary>
    public static string? IdCardError(string id)
    {
        if (id.Length != 18) return "身份证号应为18位";
        for (var i = 0; i < 17; i++)
            if (!char.IsAsciiDigit(id[i])) return $"身份证号第{i + 1}位应为数字";
        var expected = IdCheck(id);
        return char.ToUpperInvariant(id[17]) == expected ? null
            : $"身份证号校验位错误：应为“{expected}”";
    }

    /// <summary>Completes a 17-digit body with its GB 11643 check character.</summary>
    public static string WithIdCheck(string body17) => body17 + IdCheck(body17);

    static char IdCheck(string id)
    {
        int[] w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++) sum += (id[i] - '0') * w[i];
        return "10X98765432"[sum % 11];
    }
}
