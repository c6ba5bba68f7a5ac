using MiniExcelLibs;
using Fazhi.Features.Plans.Reading;

namespace Fazhi.Features.Plans;

/// <summary>A plan's task list as an Excel 台账: one row per task with its plan, units, targets and the lead
/// units' latest progress. Its columns are a task table the plan reader takes back in.</summary>
public static class PlanExport
{
    public static Task WriteAsync(ImplementationPlan plan, IReadOnlyList<ProgressReport> reports, Stream output)
    {
        var rows = plan.Tasks.OrderBy(t => t.Ordinal).Select(t =>
        {
            var view = new TaskView(plan, t, [.. reports.Where(r => r.TaskId == t.Id)], new HashSet<int>());
            return new Dictionary<string, object?>
            {
                ["方案"] = plan.Title, ["序号"] = t.Number, ["任务"] = t.Text,
                ["牵头单位"] = Names(t, UnitRole.Lead), ["参加单位"] = Names(t, UnitRole.Participant),
                ["时间节点"] = string.Join("；", t.Milestones.OrderBy(m => m.DueOn)
                    .Select(m => $"{m.DueOn:yyyy年M月d日}{PlanLabels.Recurs(m.Recurs)}")),
                ["最新进度"] = view.Percent is { } p ? $"{p}%" : "未报送",
            };
        }).ToList();
        return output.SaveAsAsync(rows, sheetName: "任务台账", excelType: ExcelType.XLSX);
    }

    /// <summary>A role's units by name: a group (各乡(镇)人民政府) once as written, a resolved or matched name by its
    /// unit's name, a pending one as written.</summary>
    static string Names(PlanTask task, UnitRole role) => string.Join("、", task.Assignments.Where(a => a.Role == role)
        .GroupBy(a => a.NameAsWritten)
        .Select(g => g.Count() > 1 ? g.Key : g.First().Unit?.Name ?? g.Key).Distinct());
}
