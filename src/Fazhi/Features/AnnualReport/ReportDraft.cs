using Fazhi.Kernel.Figures;

namespace Fazhi.Features.AnnualReport;

/// <summary>A report's first draft for a unit and year, in the seeds' register, written from the unit's figures: each
/// number a figure token, each sentence only where its figures have something to count. What the records show
/// wanting becomes the shortcomings, and the next year's work answers them.</summary>
public static class ReportDraft
{
    static string T(string key) => ReportTemplate.Of(key);

    public static Dictionary<ReportPart, string> Write(FigureScope scope, IReadOnlyDictionary<string, Figure> f)
    {
        bool Any(params string[] keys) =>
            keys.Any(k => f.TryGetValue(k, out var x) && (x.Denominator ?? x.Numerator) > 0);
        var measures = new List<string>
        {
            "（一）依法化解行政争议。" + ReportParagraph.Write(scope, [.. f.Values], linked: true),
        };
        if (Any("enforcement.cases.filed", "enforcement.officers_certified", "enforcement.powers.total"))
            measures.Add($"（{Ordinals[measures.Count]}）严格规范公正文明执法。" +
                $"全年立案（受理）行政执法案件{T("enforcement.cases.filed")}，" +
                $"作出行政处罚决定{T("enforcement.cases.penalty_decisions")}，" +
                $"依法不予处罚{T("enforcement.cases.not_penalised")}；" +
                $"重大执法决定法制审核率{T("enforcement.cases.legal_review_rate")}，" +
                $"行政执法决定按时公示率{T("enforcement.cases.publicity_on_time_rate")}。" +
                $"持证执法人员{T("enforcement.officers_certified")}，" +
                $"权责清单事项{T("enforcement.powers.total")}，事前公示率{T("enforcement.powers.published_rate")}。");
        var oversight = new List<string>();
        if (Any("enforcement.inspections.drawn"))
            oversight.Add($"开展“双随机、一公开”抽查，随机抽取检查对象{T("enforcement.inspections.drawn")}，" +
                $"抽查任务完成率{T("enforcement.inspections.completed_rate")}");
        if (Any("enforcement.file_reviews.scored"))
            oversight.Add($"评查行政执法案卷{T("enforcement.file_reviews.scored")}，" +
                $"合格率{T("enforcement.file_reviews.passing_rate")}");
        if (oversight.Count > 0) measures.Add($"（{Ordinals[measures.Count]}）加强执法监督。" +
            string.Join("；", oversight) + "。");
        if (Any("decisions.made"))
            measures.Add($"（{Ordinals[measures.Count]}）推进科学民主依法决策。严格执行《重大行政决策程序暂行条例》，" +
                $"作出重大行政决策{T("decisions.made")}，合法性审查率{T("decisions.legality_rate")}，" +
                $"其中经公众参与{T("decisions.participation")}、召开听证会{T("decisions.hearings")}、" +
                $"组织专家论证{T("decisions.expert")}、开展风险评估{T("decisions.risk")}。");
        if (Any("normative.issued"))
            measures.Add($"（{Ordinals[measures.Count]}）加强行政规范性文件监督管理。落实合法性审核和统一登记、统一编号、统一印发制度，" +
                $"制定行政规范性文件{T("normative.issued")}，报送备案{T("normative.filed")}，报备率{T("normative.filing_rate")}，" +
                $"报备及时率{T("normative.timely_rate")}，备案规范率{T("normative.compliant_rate")}；" +
                $"备案审查发现问题{T("normative.unlawful")}，纠错率{T("normative.correction_rate")}。");
        if (Any("disputes.cases", "disputes.centre.cases"))
            measures.Add($"（{Ordinals[measures.Count]}）多元化解矛盾纠纷。坚持和发展新时代“枫桥经验”，" +
                $"各级人民调解组织受理矛盾纠纷{T("disputes.cases")}，调解成功{T("disputes.resolved")}，" +
                $"调解成功率{T("disputes.success_rate")}；行政争议协调化解中心受理行政争议" +
                $"{T("disputes.centre.cases")}，化解成功率{T("disputes.centre.resolved_rate")}。");
        if (Any("plans.tasks"))
            measures.Add($"（{Ordinals[measures.Count]}）推进实施方案落实。逐项明确牵头单位和时间节点，按月调度进展，" +
                $"承担实施方案任务{T("plans.tasks")}，已完成{T("plans.tasks_done")}，" +
                $"完成率{T("plans.completion_rate")}。");
        if (Any("rectification.items"))
            measures.Add($"（{Ordinals[measures.Count]}）抓好督察整改。对法治督察反馈的问题逐项建立台账、限期整改，" +
                $"列入整改清单的问题{T("rectification.items")}，整改完成率{T("rectification.closed_rate")}，" +
                $"按期整改率{T("rectification.on_time_rate")}。");
        var gaps = Gaps(f);
        return new()
        {
            [ReportPart.Measures] = string.Join("\n", measures),
            [ReportPart.Shortcomings] = Shortcomings(gaps),
            [ReportPart.Leadership] = Leadership(scope, f),
            [ReportPart.NextYear] = NextYear(scope, gaps),
            [ReportPart.Other] = "无。",
        };
    }

    /// <summary>What the figures show wanting: a rate short of full, or a count of what should not happen.</summary>
    static List<(string Key, string Text, string Remedy)> Gaps(IReadOnlyDictionary<string, Figure> f)
    {
        (string, string, string)[] rates =
        [
            ("enforcement.cases.legal_review_rate", "重大执法决定法制审核率", "严格落实重大执法决定法制审核制度"),
            ("enforcement.cases.publicity_on_time_rate", "行政执法决定按时公示率", "落实行政执法公示制度，做到执法决定按时公开"),
            ("enforcement.powers.published_rate", "权责清单事前公示率", "全面公开权责清单事项"),
            ("enforcement.inspections.completed_rate", "“双随机”抽查任务完成率", "按计划完成“双随机、一公开”抽查任务"),
            ("rectification.on_time_rate", "督察问题按期整改率", "压实整改责任，确保督察问题按期整改销号"),
            ("normative.timely_rate", "规范性文件报备及时率", "严格落实规范性文件公布后按期报送备案制度"),
            ("litigation.appearance_rate", "行政机关负责人出庭应诉率", "落实行政机关负责人出庭应诉制度"),
            ("lawreports.coverage_rate", "述法覆盖率", "实现党政主要负责人年终述法全覆盖"),
        ];
        var gaps = rates.Where(r => f.TryGetValue(r.Item1, out var x) && x.Denominator > 0 && x.Value < 100)
            .Select(r => (r.Item1, $"{r.Item2}为{T(r.Item1)}，尚未达到100%", r.Item3)).ToList();
        (string, string, string)[] counts =
        [
            ("litigation.cases_lost", "行政诉讼败诉案件", "加强行政诉讼案件分析研判，从源头减少败诉"),
            ("rectification.overdue", "督察整改问题逾期未销号", "对逾期未整改问题挂牌督办"),
            ("plans.tasks_overdue", "实施方案任务逾期未完成", "对逾期任务跟踪督办，确保实施方案任务按期完成"),
            ("enforcement.cases.publicity_missing", "执法决定逾期未公示", "及时公示行政执法决定"),
        ];
        gaps.AddRange(counts.Where(c => f.TryGetValue(c.Item1, out var x) && x.Value > 0)
            .Select(c => (c.Item1, $"{c.Item2}{T(c.Item1)}", c.Item3)));
        return gaps;
    }

    static readonly string[] Ordinals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一"];

    static string Shortcomings(List<(string Key, string Text, string Remedy)> gaps) => gaps.Count == 0
        ? "对照《法治政府建设实施纲要（2021—2025年）》的要求，仍存在一些差距：一是法治工作队伍专业化水平有待提高；" +
          "二是数字法治政府建设仍需加强。主要原因是法治人才培养和信息化投入还不够。"
        : "对照法治政府建设的要求，仍存在一些不足：" +
          string.Join("；", gaps.Select((g, i) => $"{Ordinals[i]}是{g.Text}")) + "。" +
          "主要原因是部分单位和执法人员依法行政意识还不够强，制度执行和监督检查还不够到位。";

    static string Leadership(FigureScope scope, IReadOnlyDictionary<string, Figure> f) =>
        $"{scope.UnitName}党政主要负责同志认真履行推进法治建设第一责任人职责，把法治政府建设摆在全局工作的重要位置，" +
        "对法治建设重要工作亲自部署、重大问题亲自过问、重点环节亲自协调、重要任务亲自督办。" +
        (f.TryGetValue("lawreports.owed", out var owed) && owed.Value > 0
            ? $"安排党政主要负责人年终述法{T("lawreports.owed")}，述法覆盖率{T("lawreports.coverage_rate")}，" +
              $"其中在述法会议上述法{T("lawreports.meeting")}。"
            : "");

    static string NextYear(FigureScope scope, List<(string Key, string Text, string Remedy)> gaps)
    {
        var work = gaps.Select(g => g.Remedy).Distinct()
            .Concat(["深入学习贯彻习近平法治思想，推动法治政府建设各项任务落实", "加强法治工作队伍建设，提升依法行政能力"])
            .Take(6).ToList();
        return $"{scope.Year + 1}年，{scope.UnitName}将坚持以习近平新时代中国特色社会主义思想为指导，" +
            "重点做好以下工作：" + string.Join("；", work.Select((w, i) => $"{Ordinals[i]}是{w}")) + "。";
    }
}
