using System.CommandLine;
using Fazhi.Kernel.Calendar;
using Fazhi.Kernel.Modules;

namespace Fazhi.Features.Calendar;

/// <summary>期限计算器: any rule of the deadline catalogue from any date, explained step by step.</summary>
public sealed class CalendarFeature : IFeature
{
    public string Area => "calendar";
    public string Title => "期限计算器";

    public void MapApi(IEndpointRouteBuilder api)
    {
        var g = api.MapGroup("/deadline").WithTags(Title);
        g.MapGet("/", (string rule, DateOnly start, DeadlineCalculator calc) =>
            calc.Compute(DeadlineRules.Get(rule),
                start)).WithSummary("期限计算器：返回届满日及计算过程");
        g.MapGet("/rules", () => DeadlineRules.All).WithSummary("期限规则目录");
    }

    public IEnumerable<NavItem> Navigation => [new(NavGroup.Tools, Title, "/calendar", "ti-calendar-time", 10)];

    public IEnumerable<CliVerb> Verbs => [new(null, _ => DeadlineCommand())];

    /// <summary>`fazhi deadline KEY DATE [--pause FROM:TO]…`: needs no database.</summary>
    static Command DeadlineCommand()
    {
        var rule = new Argument<string>("规则键") { Description = "期限规则，如 reconsideration.decision" };
        var start = new Argument<DateOnly>("起算日期") { Description = "yyyy-MM-dd" };
        var pauses = new Option<string[]>("--pause") { Description = "中止期间 起:止（可多次）" };
        var command = new Command("deadline", "计算法定期限并说明计算过程") { rule, start, pauses };
        command.SetAction(parsed =>
        {
            if (DeadlineRules.All.All(r => r.Key != parsed.GetValue(rule)))
            {
                Console.Error.WriteLine("未知的期限规则。可用规则：");
                foreach (var r in DeadlineRules.All)
                    Console.Error.WriteLine($"  {r.Key,-50} {r.Label}，{r.LengthText}，{r.LegalBasis}");
                return 2;
            }
            var paused = (parsed.GetValue(pauses) ?? []).Select(p => p.Split(':'))
                .Select(p => new Pause(DateOnly.Parse(p[0]), DateOnly.Parse(p[1]), "中止")).ToList();
            var result = new DeadlineCalculator(WorkingCalendar.FromEmbeddedData())
                .Compute(DeadlineRules.Get(parsed.GetValue(rule)!), parsed.GetValue(start), paused);
            Console.WriteLine($"{result.Rule.Label}：" +
                $"{result.Due:yyyy-MM-dd}{(result.Provisional ? "（暂定）" : "")}");
            foreach (var s in result.Steps) Console.WriteLine("  " + s);
            return 0;
        });
        return command;
    }
}
