using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Fazhi.Features.Reconsideration;
using Fazhi.Kernel;
using Fazhi.Kernel.Calendar;

namespace Fazhi.Tests.Reconsideration;

/// <summary>第77条: a decision the respondent does not perform is ordered performed within a set period, which is then
/// tracked like a statutory one until the performance is recorded.</summary>
public class PerformanceTests
{
    static DateOnly D(string s) => DateOnly.Parse(s);

    static ReconsiderationCase Decided(ReconsiderationDecision decision) => new()
    {
        CaseNumber = "清政复〔2026〕1号", Applicants = "张三", UnitId = 1, RespondentUnitId = 2, ContestedAct = "罚款决定",
        Category = ActCategory.Penalty, ReceivedOn = D("2026-03-02"), AcceptedOn = D("2026-03-03"),
        Status = ReconsiderationStatus.Concluded, ConcludedOn = D("2026-04-20"), Decision = decision,
    };

    [Fact]
    public void Only_a_decision_with_something_to_perform_can_be_ordered_performed()
    {
        var upheld = Decided(ReconsiderationDecision.Uphold);
        Assert.DoesNotContain(CaseSteps.Available(upheld), s => s is CaseStep.OrderPerformance
            or CaseStep.RecordPerformance);
        Assert.Contains("无需被申请人履行", Assert.Throws<DomainException>(() =>
            PerformanceRules.OrderPerformance(upheld, D("2026-05-20"), D("2026-06-20"))).Message);

        var annulled = Decided(ReconsiderationDecision.Annul);
        Assert.Equal("PerformBy", Assert.Throws<DomainException>(() =>
            PerformanceRules.OrderPerformance(annulled, D("2026-05-20"), D("2026-05-20"))).Field);
        PerformanceRules.OrderPerformance(annulled, D("2026-05-20"), D("2026-06-19"));
        var ordered = PerformanceRules.Deadline(annulled)!;
        Assert.Equal(D("2026-06-19"), ordered.Due);
        Assert.Contains("第77条第2款", ordered.Rule.LegalBasis);
        Assert.Equal(DeadlineState.Overdue, ordered.StateOn(D("2026-06-22")));
        Assert.Equal([CaseStep.RecordPerformance],
            CaseSteps.Available(annulled).Where(s => s is CaseStep.OrderPerformance or CaseStep.RecordPerformance));

        PerformanceRules.RecordPerformance(annulled, D("2026-06-25"));
        Assert.Equal(DeadlineState.MetLate, PerformanceRules.Deadline(annulled)!.StateOn(D("2026-07-01")));
        Assert.Throws<DomainException>(() => PerformanceRules.RecordPerformance(annulled, D("2026-06-26")));
    }

    [Fact]
    public void An_upheld_varied_or_mediated_decision_is_enforced_by_the_organ_article_78_names()
    {
        var annulled = Decided(ReconsiderationDecision.Annul);
        Assert.DoesNotContain(CaseStep.Enforce, CaseSteps.Available(annulled));
        Assert.Contains("第七十八条", Assert.Throws<DomainException>(() =>
            PerformanceRules.Enforce(annulled, D("2026-06-20"), EnforcementRoute.Agency)).Message);

        var upheld = Decided(ReconsiderationDecision.Uphold);
        Assert.Contains(CaseStep.Enforce, CaseSteps.Available(upheld));
        Assert.Equal("Enforcement", Assert.Throws<DomainException>(() =>
            PerformanceRules.Enforce(upheld, D("2026-06-20"), null)).Field);
        PerformanceRules.Enforce(upheld, D("2026-06-20"), EnforcementRoute.Agency);
        Assert.Equal("由作出行政行为的行政机关依法强制执行", PerformanceRules.Enforcer(upheld));
        Assert.DoesNotContain(CaseStep.Enforce, CaseSteps.Available(upheld));

        var varied = Decided(ReconsiderationDecision.Vary);
        PerformanceRules.Enforce(varied, D("2026-06-20"), EnforcementRoute.Agency);
        Assert.Equal("由行政复议机关依法强制执行", PerformanceRules.Enforcer(varied));
    }

    [Theory, BothStores]
    public async Task An_unperformed_decision_ordered_performed_reaches_the_due_list_until_it_is_performed(
        string provider)
    {
        await using var app = new TestApp(provider);
        app.Clock.Set("2026-03-02");
        await app.WithDemoAsync();
        var (county, police) = await app.QueryAsync(async db => (
            await db.Units.Where(u => u.Name == "清河县人民政府").Select(u => u.Id).SingleAsync(),
            await db.Units.Where(u => u.Name == "清河县公安局").Select(u => u.Id).SingleAsync()));
        var http = await app.ClientForAsync("sfj");
        var created = await http.PostAsJsonAsync("/api/reconsideration", new
        {
            caseNumber = "清政复〔2026〕952号", applicants = "周八", unitId = county, respondentUnitId = police,
            contestedAct = "罚款决定", category = "Penalty", receivedOn = "2026-03-02",
        });
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        var version = 0;
        async Task Step(object body)
        {
            var response = await http.PostAsJsonAsync($"/api/reconsideration/{id}/steps", body);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
            version++;
        }
        await Step(new { step = "Accept", on = "2026-03-02", version });
        await Step(new { step = "HearOpinions", on = "2026-03-02", version });
        await Step(new { step = "Conclude", on = "2026-03-02", version, decision = "Annul" });
        await Step(new { step = "OrderPerformance", on = "2026-03-02", version, performBy = "2026-03-20" });

        async Task<string?> StateOn(string date)
        {
            app.Clock.Set(date);
            var due = JsonDocument.Parse(await http.GetStringAsync("/api/reconsideration/due")).RootElement
                .EnumerateArray().FirstOrDefault(d => d.GetProperty("case").GetProperty("id").GetInt32() == id);
            return due.ValueKind == JsonValueKind.Undefined ? null
                : due.GetProperty("deadline").GetProperty("state").GetString();
        }
        Assert.Null(await StateOn("2026-03-05"));
        Assert.Equal("即将到期", await StateOn("2026-03-16"));
        Assert.Equal("已超期", await StateOn("2026-03-23"));
        await Step(new { step = "RecordPerformance", on = "2026-03-23", version });
        Assert.Null(await StateOn("2026-03-24"));
    }
}
