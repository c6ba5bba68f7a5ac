using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Modules;

namespace Fazhi.Features.Licensing;

/// <summary>行政许可: so far its statutory periods, in the deadline catalogue. 行政许可法 第82条:
/// every period the law sets for an agency counts working days.</summary>
public sealed class LicensingFeature : IFeature
{
    const string Law = "《行政许可法》（2019年修正）";

    public string Area => "licensing";
    public string Title => "行政许可";
    public int Order => 31;

    public IEnumerable<DeadlineRule> DeadlineRules =>
    [
        new("licensing.decision", "作出行政许可决定", 20, PeriodUnit.WorkingDay,
            $"{Law}第42条第1款（经本机关负责人批准可延长10日），第82条",
            "受理行政许可申请之日"),
        new("licensing.correction_notice", "一次告知需要补正的全部内容", 5, PeriodUnit.WorkingDay,
            $"{Law}第32条第1款第4项，第82条", "收到申请材料之日",
            "逾期不告知的，自收到申请材料之日起即为受理"),
    ];
}
