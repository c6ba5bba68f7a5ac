using Fazhi.Features.Normative;
using Fazhi.Kernel;

namespace Fazhi.Tests.Normative;

/// <summary>How the library reads text and how a 文号 is checked, without a store.</summary>
public class LibraryTextTests
{
    [Fact]
    public void Text_is_indexed_as_bigrams_within_runs_of_letters_and_digits()
    {
        var text = LibraryText.Normalise("规范性\n文件，第５条 A");
        Assert.Equal("规范性文件,第5条a", text);
        Assert.Equal("规范 范性 性文 文件 第5 5条 条a", LibraryText.Terms(text));
        Assert.Equal(["第5", "5条"], LibraryText.QueryTerms(LibraryText.Normalise("，第5条，")));
        Assert.Empty(LibraryText.QueryTerms("法，治"));
        // A phrase keeps a repeated bigram in its place.
        Assert.Equal(["第1", "1市", "市第", "第1", "1县"], LibraryText.QueryTerms("第1市第1县"));
    }

    [Fact]
    public void PostgreSQL_grams_are_the_bigrams_and_trigrams_of_each_run_and_a_short_query_is_one_exact_gram()
    {
        Assert.Equal(["规范", "范性", "规范性", "第5", "5条", "第5条"], LibraryText.Grams("规范性,第5条,规"));
        Assert.Equal("法治 exact", Expand("法治"));
        Assert.Equal("法治政 exact", Expand("法治政"));
        // A longer query needs all its trigrams and is confirmed against the text.
        Assert.Equal("政府法 府法治", Expand("政府法治"));
        Assert.Equal("法治 政府", Expand("法治,政府"));
        Assert.Equal("政府", Expand("法,政府"));

        static string Expand(string q) =>
            LibraryText.QueryGrams(q) is var (grams, exact) ? string.Join(' ', grams) + (exact ? " exact" : "") : "";
    }

    [Fact]
    public void A_snippet_highlights_the_first_match_in_the_original_text()
    {
        var snippet = LibraryText.Snippet("第一条 为规范\n犬只养殖，制定本办法。", LibraryText.Normalise("犬只"), around: 4);
        Assert.Equal(("…为规范", "犬只", "养殖，制…"), (snippet.Before, snippet.Match, snippet.After));
        Assert.Equal("范 性", LibraryText.Snippet("规范 性文", "范性", 10).Match);
    }

    [Theory]
    [InlineData("怀政发〔2023〕5号", "怀政发〔2023〕5号")]
    [InlineData("怀政发[2023]5号", "怀政发〔2023〕5号")]
    [InlineData(" 天发（2022）42号 ", "天发〔2022〕42号")]
    public void A_document_number_is_read_in_any_bracket_and_written_in_the_standard_form(string text, string form) =>
        Assert.Equal(form, DocumentNumber.Parse(text, "Number").ToString());

    [Theory]
    [InlineData("怀政发〔2023〕05号", "不编虚位")]
    [InlineData("怀政发2023年5号", "格式有误")]
    [InlineData("怀政发〔1900〕5号", "年份")]
    [InlineData("〔2023〕5号", "格式有误")]
    public void A_malformed_document_number_is_refused_saying_why(string text, string why) =>
        Assert.Contains(why, Assert.Throws<DomainException>(() => DocumentNumber.Parse(text, "Number")).Message);

    [Fact]
    public void A_document_cited_by_name_and_number_is_found_by_its_number() =>
        Assert.Equal("清政通〔2024〕2号", DocumentNumber.FindIn("清河县人民政府关于开展违法建设专项整治的通告（清政通[2024]2号）")
            ?.ToString());
}
