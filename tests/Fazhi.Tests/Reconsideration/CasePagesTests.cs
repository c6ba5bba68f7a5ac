using System.Net;
using Microsoft.EntityFrameworkCore;
using Fazhi.Features.Litigation;
using Fazhi.Features.Reconsideration;

namespace Fazhi.Tests.Reconsideration;

/// <summary>The case pages bind request models only: fields the form does not offer cannot be set by posting them.
/// </summary>
public class CasePagesTests
{
    [Theory, BothStores]
    public async Task Posting_fields_the_registration_form_does_not_offer_sets_nothing_of_them(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var (county, police, court) = await app.QueryAsync(async db => (
            await db.Units.Where(u => u.Name == "清河县人民政府").Select(u => u.Id).SingleAsync(),
            await db.Units.Where(u => u.Name == "清河县公安局").Select(u => u.Id).SingleAsync(),
            await db.Units.Where(u => u.Name == "清河县人民法院").Select(u => u.Id).SingleAsync()));
        var clerk = await app.LoginAsync("sfj");

        var response = await TestApp.PostFormAsync(clerk, "/reconsideration/new", new Dictionary<string, string>
        {
            ["Input.CaseNumber"] = "清政复〔2026〕950号", ["Input.Applicants"] = "越权提交人",
            ["Input.UnitId"] = county.ToString(), ["Input.RespondentUnitId"] = police.ToString(),
            ["Input.ContestedAct"] = "罚款决定", ["Input.Category"] = "Penalty", ["Input.ReceivedOn"] = "2026-03-02",
            // Not on the form: a decided, self-corrected case created by someone else.
            ["Input.Status"] = "Concluded", ["Input.Decision"] = "Annul", ["Input.ConcludedOn"] = "2026-03-03",
            ["Input.RespondentSelfCorrected"] = "true", ["Input.CreatedById"] = "someone", ["Input.Version"] = "7",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await app.QueryAsync(db =>
            db.ReconsiderationCases.SingleAsync(c => c.CaseNumber == "清政复〔2026〕950号"));
        Assert.Equal(ReconsiderationStatus.Received, saved.Status);
        Assert.Null(saved.Decision);
        Assert.Null(saved.ConcludedOn);
        Assert.False(saved.RespondentSelfCorrected);
        Assert.Null(saved.CreatedById);
        Assert.Equal(0, saved.Version);

        var lawsuit = await TestApp.PostFormAsync(clerk, "/litigation/new", new Dictionary<string, string>
        {
            ["Input.CaseNumber"] = "（2026）晋9901行初950号", ["Input.UnitId"] = police.ToString(),
            ["Input.CourtUnitId"] = court.ToString(), ["Input.Plaintiffs"] = "越权提交人", ["Input.Cause"] = "罚款",
            ["Input.FiledOn"] = "2026-03-02",
            ["Input.Status"] = "Concluded", ["Input.Outcome"] = "Annul", ["Input.AgencyLost"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, lawsuit.StatusCode);
        var suit = await app.QueryAsync(db =>
            db.LitigationCases.SingleAsync(c => c.CaseNumber == "（2026）晋9901行初950号"));
        Assert.Equal(LitigationStatus.Pending, suit.Status);
        Assert.Null(suit.Outcome);
        Assert.False(suit.AgencyLost);
    }

    [Theory, BothStores]
    public async Task A_step_that_breaks_a_rule_is_shown_on_the_case_page_and_changes_nothing(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var open = await app.QueryAsync(db => db.ReconsiderationCases
            .FirstAsync(c => c.Status == ReconsiderationStatus.Accepted && c.CaseNumber.StartsWith("清政复")));
        var clerk = await app.LoginAsync("sfj");
        var early = open.AcceptedOn!.Value.AddDays(-1).ToString("yyyy-MM-dd");
        var response = await TestApp.PostFormAsync(clerk, $"/reconsideration/{open.Id}", new Dictionary<string, string>
        {
            ["Step"] = "Conclude", ["On"] = early, ["Version"] = open.Version.ToString(), ["Decision"] = "Uphold",
        }, handler: "Step");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("不能早于受理日期", await response.Content.ReadAsStringAsync());
        var after = await app.QueryAsync(db => db.ReconsiderationCases.SingleAsync(c => c.Id == open.Id));
        Assert.Equal(ReconsiderationStatus.Accepted, after.Status);
        Assert.Equal(open.Version, after.Version);
    }
}
