using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Modules;

namespace Fazhi.Features.Enforcement;

/// <summary>行政执法: so far the statutory periods of 行政处罚 and of publishing enforcement decisions, in the deadline
/// catalogue (期限计算器, `fazhi deadline`).</summary>
public sealed class EnforcementFeature : IFeature
{
    public string Area => "enforcement";
    public string Title => "行政执法";
    public int Order => 30;
    public IEnumerable<DeadlineRule> DeadlineRules => EnforcementDeadlines.Rules;
}
