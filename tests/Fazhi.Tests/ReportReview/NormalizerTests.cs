using System.Text;
using Fazhi.ReportReview;
using Fazhi.ReportReview.Input;

namespace Fazhi.Tests.ReportReview;

public class NormalizerTests
{
    [Fact]
    public void Traditional_text_becomes_Simplified_beyond_the_report_vocabulary() =>
        Assert.Equal("坚决拥护，克服艰巨困难，打破垄断，恳谈会召开12次。",
            Normalizer.Normalize("堅決擁護，克服艱巨困難，打破壟斷，懇談會召開１２次。")
                .Replace(',', '，'));

    [Fact]
    public void Simplified_text_is_left_as_written() =>
        Assert.Equal("成效显著，著作权保护，干部培训。",
            Normalizer.Normalize("成效显著，著作权保护，干部培训。"));

    [Theory]
    [InlineData("慰藉")]
    [InlineData("现场一片狼藉，事后给予当事人慰藉。")]
    [InlineData("申请人於某不服行政处罚决定。")]
    public void Simplified_words_with_characters_of_the_built_in_map_are_left_as_written(string text)
    {
        Assert.Equal("国", IcuTraditional.ToSimplified("國")); // ICU is there: the next call takes its path
        Assert.Equal(text, Normalizer.Normalize(text));
        Assert.Equal(text, Normalizer.Normalize(text, toSimplified: _ => null)); // as where ICU is missing
    }

    [Fact]
    public void Traditional_text_goes_through_the_built_in_map_where_ICU_is_missing()
    {
        const string traditional = "全區辦理行政復議案件３０３９件，於法有據。";
        Assert.Equal("全区办理行政复议案件3039件，于法有据。",
            Normalizer.Normalize(traditional, toSimplified: _ => null));
    }

    [Fact]
    public void Pinyin_after_Traditional_characters_goes_before_conversion() =>
        Assert.Equal("全区办理行政复议案件3039件",
            Normalizer.Normalize("全區(qū)辦理行政復(fù)議案件3039件"));

    [Fact]
    public void A_Traditional_news_text_yields_its_figures_with_keys()
    {
        var r = Review.OfText("t",
            "全市各級各類調解組織受理調解矛盾糾紛36.39萬件，調解成功率達98%。");
        Assert.Equal(["mediation.cases", "mediation.success_rate"], r.Figures.Select(f => f.Key));
        Assert.Equal(363_900m, r.Figures[0].Value);
    }

    [Theory]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=big5\">")]
    [InlineData("<title>臺北市政府</title><meta charset=\"BIG5\">")]
    public void A_Big5_page_is_decoded_by_its_declared_charset(string head)
    {
        // A UTF-8 page read first must leave charset names resolving as they should.
        Review.OfFile("first.html", Encoding.UTF8.GetBytes("<p>全年办理12件</p>"));
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var page = $"<html><head>{head}</head><body>" +
                   "<p>全市調解矛盾糾紛36.39萬件，調解成功率達98%。</p></body></html>";
        var r = Review.OfFile("page.html", Encoding.GetEncoding("big5").GetBytes(page));
        Assert.Equal(["36.39万件", "98%"], r.Figures.Select(f => f.Quote));
    }
}
