using Fazhi.Kernel.Modules;
using Fazhi.Kernel.Units;

namespace Fazhi.Features.Assessment;

/// <summary>The county's indicator system for its departments (6/14/16, 100 points; half the leaves scored from the
/// records), last year's assessment of every department run through — self-assessment in January, review in
/// February, two objections (one accepted), final scores in March — and this year's version copied from it.</summary>
public static class AssessmentDemo
{
    sealed record Leaf(string Text, decimal Points, ScoringMethod Method = ScoringMethod.Review,
        string? Figure = null, decimal? Value = null);

    static readonly (string Text, (string Text, Leaf[] Leaves)[] Parts)[] Tree =
    [
        ("组织领导", [
            ("党政主要负责人履行推进法治建设第一责任人职责", [new("制定并落实第一责任人职责清单，专题研究法治建设", 5)]),
            ("年终述法", [new("主要负责人年终述法", 5, ScoringMethod.Figure, "lawreports.coverage_rate", 100)]),
            ("督察整改", [new("法治督察反馈问题按期整改销号", 5, ScoringMethod.Figure, "rectification.on_time_rate", 100)]),
        ]),
        ("依法全面履行政府职能", [
            ("权责清单", [new("权责清单事项按规定事前公示", 8, ScoringMethod.Figure, "enforcement.powers.published_rate",
                100)]),
            ("深化“放管服”改革", [new("政务服务事项依法办理，无变相审批", 7)]),
        ]),
        ("重大行政决策", [("决策程序", [new("重大行政决策履行公众参与、专家论证、风险评估、合法性审查、集体讨论决定程序", 10)])]),
        ("严格规范公正文明执法", [
            ("行政执法“三项制度”", [
                new("行政执法决定按时公示", 5, ScoringMethod.Figure, "enforcement.cases.publicity_on_time_rate", 100),
                new("重大执法决定法制审核", 5, ScoringMethod.Figure, "enforcement.cases.legal_review_rate", 100),
            ]),
            ("案卷评查", [new("行政执法案卷评查合格", 8, ScoringMethod.Figure, "enforcement.file_reviews.passing_rate", 90)]),
            ("执法队伍", [new("执法人员持证上岗，完成年度法律知识培训", 6)]),
            ("“双随机、一公开”", [new("年度抽查计划按期完成", 6, ScoringMethod.Figure,
                "enforcement.inspections.completed_rate", 100)]),
        ]),
        ("行政复议和行政应诉", [
            ("出庭应诉", [new("行政机关负责人出庭应诉", 8, ScoringMethod.Figure, "litigation.appearance_rate", 100)]),
            ("败诉案件", [new("行政诉讼败诉，每件扣2分", 8, ScoringMethod.Deduction, "litigation.cases_lost", 2)]),
            ("支持复议", [new("按期答复行政复议、履行复议决定", 4)]),
        ]),
        ("法治宣传和能力建设", [("学法用法", [new("领导干部学法和年度法治培训", 5), new("落实“谁执法谁普法”普法责任制", 5)])]),
    ];

    /// <summary>What a reviewer finds wanting, one for each leaf scored on evidence, in the tree's order.</summary>
    static readonly (string Note, decimal Points)[] Deductions =
    [
        ("未按期更新第一责任人职责清单，扣1分", 1), ("个别事项办理超出承诺时限，扣1分", 1),
        ("重大行政决策未开展风险评估，扣2分", 2), ("个别执法人员未完成年度培训，扣1分", 1),
        ("未按期答复行政复议1件，扣1.5分", 1.5m), ("领导干部年度学法不足规定次数，扣0.5分", 0.5m),
        ("普法责任清单未公开，扣1分", 1),
    ];

    public static async Task<string?> AddAsync(DemoWorld world)
    {
        var year = world.Today.Year - 1;
        world.Db.ChangeTracker.Clear();
        var indicators = world.Services.GetRequiredService<IndicatorService>();
        var system = await indicators.CreateAsync(new CreateSystemRequest(world.County.Id, year,
            "县直部门法治政府建设考核指标", "县直部门", null));
        foreach (var (text, parts) in Tree)
        {
            var top = await indicators.AddAsync(system.Id, Branch(null, text));
            foreach (var (partText, leaves) in parts)
            {
                var part = await indicators.AddAsync(system.Id, Branch(top.Id, partText));
                foreach (var l in leaves)
                    await indicators.AddAsync(system.Id, new IndicatorRequest(part.Id, l.Text, l.Points, l.Method,
                        l.Figure, l.Method == ScoringMethod.Figure ? l.Value : null,
                        l.Method == ScoringMethod.Deduction ? l.Value : null, null));
            }
        }
        var departments = world.Units.Values.Where(u => u.Kind == UnitKind.Department).OrderBy(u => u.Id).ToList();
        var finals = await AssessmentCycle.RunAsync(world, system.Id, year, departments, Deductions);
        await indicators.CreateAsync(new CreateSystemRequest(world.County.Id, year + 1, "县直部门法治政府建设考核指标",
            "县直部门", system.Id));
        return $"{year}年度考核指标{new IndicatorTree((await indicators.FindAsync(system.Id))!.Indicators).Shape}项，" +
            $"{departments.Count}个部门考核（已确定{finals}个）";
    }

    static IndicatorRequest Branch(int? parent, string text) => new(parent, text, 1, ScoringMethod.Review, null, null,
        null, null);
}
