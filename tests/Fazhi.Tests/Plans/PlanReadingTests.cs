using Fazhi.Features.Plans.Reading;
using Fazhi.Kernel.Units;

namespace Fazhi.Tests.Plans;

/// <summary>The edges of reading a plan that the labelled plans may not show: dates that are not targets, dates
/// that recur, names written in the several ways plans write them.</summary>
public class PlanReadingTests
{
    static readonly DateOnly Issued = new(2023, 9, 23);

    [Theory]
    [InlineData("2024年底前，完成清理。", "2024-12-31", null)]
    [InlineData("到2025年,审批事项压减50%以上。", "2025-12-31", null)]
    [InlineData("2024年2月底前报送。", "2024-02-29", null)]
    [InlineData("2024年6月15日前印发。", "2024-06-15", null)]
    [InlineData("2024年上半年完成。", "2024-06-30", null)]
    [InlineData("2024年三季度完成。", "2024-09-30", null)]
    [InlineData("每年4月底前公布目录。", "2024-04-30", Recurrence.Yearly)]
    [InlineData("每年12月31日前报告。", "2023-12-31", Recurrence.Yearly)]
    [InlineData("每季度通报一次。", "2023-09-30", Recurrence.Quarterly)]
    [InlineData("每月报送进展。", "2023-10-31", Recurrence.Monthly)]
    public void A_dated_goal_is_a_target(string text, string due, Recurrence? recurs)
    {
        var target = Assert.Single(TargetReader.Read(text, Issued));
        Assert.Equal(DateOnly.Parse(due), target.Due);
        Assert.Equal(recurs, target.Recurs);
    }

    [Theory]
    [InlineData("自2024年起，每年开展评查。")]
    [InlineData("贯彻《法治政府建设实施纲要(2021-2025年)》要求。")]
    [InlineData("按照《2024年工作要点》部署。")]
    [InlineData("2022年已完成试点，继续推进。")]
    [InlineData("每年至少召开一次会议。")]
    [InlineData("2023年度考核结果。")]
    public void A_year_that_sets_no_date_is_not_a_target(string text) =>
        Assert.Empty(TargetReader.Read(text, Issued));

    [Fact]
    public void A_table_cell_keeps_its_date_though_the_plan_came_later() =>
        Assert.Equal(new DateOnly(2023, 3, 31), Assert.Single(TargetReader.Read("2023年3月", Issued, cell: true)).Due);

    [Fact]
    public void Units_in_a_bracket_at_the_end_of_a_task_are_its_units()
    {
        var plan = PlanParser.Parse("1.完善制度。（牵头单位：县司法局；配合单位：县财政局、县审计局）\n" +
                                    "2.加强监督。（责任单位：县纪委监委、各乡镇按职责分工负责）", Issued);
        Assert.Equal(2, plan.Tasks.Count);
        Assert.Equal(["县司法局"], plan.Tasks[0].Lead);
        Assert.Equal(["县财政局", "县审计局"], plan.Tasks[0].Participants);
        Assert.Equal(["县纪委监委", "各乡镇"], plan.Tasks[1].Lead);
        Assert.True(plan.Tasks[1].ByDuty);
    }

    [Fact]
    public void The_signature_after_the_last_units_is_not_a_unit()
    {
        var plan = PlanParser.Parse("(一)规范执法。\n牵头单位:县司法局\n参加单位:各乡(镇)人民政府\n清河县人民政府\n2025年12月28日");
        Assert.Equal(["各乡(镇)人民政府"], Assert.Single(plan.Tasks).Participants);
        Assert.Equal(new DateOnly(2025, 12, 28), plan.Issued);
    }

    [Fact]
    public void A_text_without_units_has_no_tasks() =>
        Assert.Empty(PlanParser.Parse("一、总体要求\n(一)指导思想。坚持依法行政。\n(二)工作目标。到2025年基本建成。").Tasks);

    static readonly Unit County = new() { Id = 1, Name = "清河县人民政府", Kind = UnitKind.Government, Path = "/1/" };

    static UnitMatcher Matcher() => new(County,
    [
        County,
        Unit(2, "清河县司法局"), Unit(3, "清河县发展和改革局"), Unit(4, "清河县市场监督管理局"),
        Unit(5, "清河县人民政府办公室"), Unit(6, "清河县人民法院", UnitKind.Court),
        Unit(7, "清河县城关镇人民政府", UnitKind.Township), Unit(8, "清河县东河镇人民政府", UnitKind.Township),
        Unit(9, "清河县水利局"),
    ]);

    static Unit Unit(int id, string name, UnitKind kind = UnitKind.Department) =>
        new() { Id = id, Name = name, Kind = kind, ParentId = 1, Path = $"/1/{id}/" };

    [Theory]
    [InlineData("县司法局", 2)]
    [InlineData("司法局", 2)]
    [InlineData("县人民政府司法局", 2)]
    [InlineData("清河县司法局", 2)]
    [InlineData("县发改委", 3)]
    [InlineData("县市场监管局", 4)]
    [InlineData("县市场监督管理局", 4)]
    [InlineData("县政府办公室", 5)]
    [InlineData("县政府办", 5)]
    [InlineData("县法院", 6)]
    [InlineData("城关镇", 7)]
    [InlineData("县人民政府", 1)]
    public void A_name_written_the_usual_ways_finds_its_unit(string name, int unitId)
    {
        var match = Matcher().Match(name);
        Assert.Equal(NameMatchKind.Matched, match.Kind);
        Assert.Equal(unitId, Assert.Single(match.Units).Id);
    }

    [Fact]
    public void Groups_descriptions_and_strangers_are_told_apart()
    {
        var matcher = Matcher();
        Assert.Equal([7, 8], matcher.Match("各乡(镇)人民政府").Units.Select(u => u.Id));
        Assert.Equal(NameMatchKind.General, matcher.Match("县政府其他有关部门").Kind);
        Assert.Equal(NameMatchKind.Unmatched, matcher.Match("县委编办").Kind);
        var unsure = matcher.Match("县水务局"); // 水利局 or not: a person decides
        Assert.Equal(NameMatchKind.Unsure, unsure.Kind);
        Assert.Equal(9, unsure.Units[0].Id);
    }
}
