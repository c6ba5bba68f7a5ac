using Fazhi.Features.Plans.Supervision;
using Fazhi.Kernel.Modules;

namespace Fazhi.Features.Plans;

/// <summary>The demo county's plan for the year: read by the plan reader from its text as an import would, with
/// monthly reports of most lead units, one task stalled short of its passed target, two tasks never reported on,
/// one name (县委编办) not in the county's tree, left for a person to resolve, and the 督办单 all this raises —
/// one of them already answered.</summary>
public static class PlanDemo
{
    public static async Task<string?> AddAsync(DemoWorld world)
    {
        var year = world.Today.Year;
        var plans = world.Services.GetRequiredService<PlanService>();
        var preview = await plans.PreviewAsync(Text(year), world.County.Id);
        var plan = await plans.CreateAsync(preview, new Dictionary<string, int>());
        var progress = world.Services.GetRequiredService<ProgressService>();
        var months = Enumerable.Range(1, world.Today.Month - 1).Select(m => new DateOnly(year, m, 1)).ToList();
        foreach (var task in plan.Tasks.Where(t => t.Ordinal % 3 != 0))
            foreach (var lead in task.Assignments.Where(a => a.Role == Reading.UnitRole.Lead && a.UnitId is not null))
                for (var i = 0; i < months.Count; i++)
                {
                    var percent = Math.Min(task.Ordinal == Stalled ? 60 : 100,
                        (i + 1) * (100 / Math.Max(1, months.Count)) + task.Ordinal);
                    await progress.StageAsync(lead.Id, new ReportProgressRequest(months[i].ToString("yyyy-MM"),
                        Worded(task.Number, percent), percent), null);
                }
        await world.Db.SaveChangesAsync();
        var supervision = world.Services.GetRequiredService<SupervisionService>();
        var (issued, _) = await supervision.SuperviseAsync(plan.Id);
        if ((await supervision.ListAsync(openOnly: true)).FirstOrDefault(n => n.Reason == SupervisionReason.TaskOverdue)
            is { } first)
            await supervision.ReplyAsync(first.Id, new NoticeStepRequest(first.Version,
                "已召开专题会议研究，明确分管领导和完成时限，本月底前报送整改情况。"));
        return $"1份实施方案（{plan.Tasks.Count}项任务，{issued}份督办单）";
    }

    /// <summary>The task whose lead stops at 60%: 规范性文件清理, due by the end of September.</summary>
    const int Stalled = 4;

    static string Worded(string number, int percent) => percent >= 100
        ? $"任务{number}已完成，相关制度文件已印发，佐证材料已归档。"
        : $"任务{number}按计划推进：已制定工作方案、明确责任人，正在组织实施。";

    /// <summary>A plan in the layout of the county plans it imitates: numbered items, each followed by its units.
    /// </summary>
    static string Text(int year) => $"""
        清河县人民政府
        清政发〔{year - 1}〕31号
        清河县{year}年法治政府建设工作实施方案
        为深入推进依法行政，加快建设法治政府，结合我县实际，制定本方案。
        一、健全政府机构职能体系
        (一)全面实行政府权责清单制度。{year}年6月底前，完成县级部门权责清单动态调整并向社会公布。
        牵头单位:县委编办、县司法局
        参加单位:县政府各部门
        (二)持续优化法治化营商环境。{year}年底前，全面清理涉及不平等对待企业的规范性文件和政策措施。
        牵头单位:县发改委、县市场监管局
        参加单位:县司法局、县商务局、各乡(镇)人民政府
        二、健全依法行政制度体系
        (三)严格落实重大行政决策程序。每年3月底前，编制并公布年度重大行政决策事项目录。
        牵头单位:县政府办公室
        参加单位:县司法局、县政府其他有关部门
        (四)加强行政规范性文件监督管理。{year}年9月底前，完成规范性文件清理，结果向社会公布。
        牵头单位:县司法局
        参加单位:县政府各部门、各乡(镇)人民政府
        三、严格规范公正文明执法
        (五)全面落实行政执法三项制度。{year}年底前，行政执法案卷评查覆盖全部执法部门。
        牵头单位:县司法局
        参加单位:县公安局、县市场监督管理局、县综合行政执法局、县自然资源局
        (六)推进“双随机、一公开”监管全覆盖。每季度公示抽查结果。
        牵头单位:县市场监督管理局
        参加单位:县政府其他有关部门
        四、健全矛盾纠纷化解体系
        (七)发挥行政复议化解行政争议主渠道作用。{year}年底前，行政复议案件审结率达到95%以上。
        牵头单位:县司法局
        参加单位:县政府其他有关部门
        (八)加强和规范行政应诉工作。{year}年底前，行政机关负责人出庭应诉率达到100%。
        牵头单位:县司法局、县人民法院
        参加单位:县政府各部门、各乡(镇)人民政府
        清河县人民政府
        {year - 1}年12月28日
        """;
}
