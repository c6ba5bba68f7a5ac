using Fazhi.Features.AnnualReport;
using Fazhi.Kernel;
using Fazhi.Kernel.Figures;

namespace Fazhi.Tests.AnnualReport;

/// <summary>A report's figures stay the records': staff move and reword around them, but a figure's value changed in
/// the text, an unknown figure or a broken marker is refused; printed, each figure is its value, and in HTML a link
/// to the records it counts.</summary>
public class ReportTemplateTests
{
    static readonly Dictionary<string, Figure> Figures = new()
    {
        ["litigation.cases_received"] = new("litigation.cases_received", "新收行政应诉案件", 69, "件", 69, null, "",
            "/figures/records?key=litigation.cases_received", null, null),
        ["litigation.appearance_rate"] = new("litigation.appearance_rate", "负责人出庭应诉率", 88.24m, "%", 30, 34,
            "", "/figures/records?key=litigation.appearance_rate", "/figures/records?key=n", "/figures/records?key=d"),
    };

    const string Template = "全年新收行政应诉案件{{litigation.cases_received}}，负责人出庭应诉" +
        "{{litigation.appearance_rate:n}}件，出庭应诉率{{litigation.appearance_rate}}。";

    [Fact]
    public void Printed_each_figure_is_its_value_and_in_html_a_link_to_its_records()
    {
        Assert.Equal("全年新收行政应诉案件69件，负责人出庭应诉30件，出庭应诉率88.24%。",
            ReportTemplate.Plain(Template, Figures));
        var html = ReportTemplate.Html(Template, Figures);
        Assert.Contains("<a class=\"figure\" data-key=\"litigation.cases_received\" " +
            "href=\"/figures/records?key=litigation.cases_received\" title=\"新收行政应诉案件\">69件</a>", html);
        Assert.Contains("href=\"/figures/records?key=n\"", html); // a numerator links to the cases it counts
    }

    [Fact]
    public void Words_around_the_figures_may_change_and_figures_may_move()
    {
        var editing = ReportTemplate.ForEditing(Template, Figures);
        Assert.Contains("{{litigation.cases_received=69件}}", editing);
        var edited = "出庭应诉率达到{{litigation.appearance_rate=88.24%}}。本年度共收到应诉案件" +
            "{{litigation.cases_received=69件}}。";
        Assert.Equal("出庭应诉率达到{{litigation.appearance_rate}}。本年度共收到应诉案件{{litigation.cases_received}}。",
            ReportTemplate.FromEditing(edited, Figures, 1000));
    }

    [Theory]
    [InlineData("新收{{litigation.cases_received=70件}}。", "“新收行政应诉案件”被改为“70件”，应为69件")]
    [InlineData("新收{{litigation.cases_lost=1件}}。", "没有统计指标“litigation.cases_lost”")]
    [InlineData("新收{{litigation.cases_received=69件}。", "标记“{{…}}”不完整")]
    [InlineData("出庭{{litigation.appearance_rate:n=31}}件。", "应为30")]
    public void A_changed_unknown_or_broken_figure_is_refused(string edited, string message)
    {
        var e = Assert.Throws<DomainException>(() => ReportTemplate.FromEditing(edited, Figures, 1000));
        Assert.Contains(message, e.Message);
    }
}
