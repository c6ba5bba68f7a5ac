using System.Net;
using Microsoft.EntityFrameworkCore;
using Fazhi.Features.Reconsideration;

namespace Fazhi.Tests.Reconsideration;

/// <summary>The case page offers the review steps with the fields they need, and the demo county shows them.</summary>
public class ReviewPagesTests
{
    [Theory, BothStores]
    public async Task The_case_page_posts_a_review_step_with_its_own_field_and_shows_the_record(string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        var open = await app.QueryAsync(db => db.ReconsiderationCases.FirstAsync(c =>
            c.Status == ReconsiderationStatus.Accepted && c.Procedure == ReconsiderationProcedure.Ordinary
            && c.CommitteeOn == null && c.CaseNumber.StartsWith("清政复")));
        var clerk = await app.LoginAsync("sfj");
        var page = await clerk.GetStringAsync($"/reconsideration/{open.Id}");
        Assert.Contains("id=\"step-ConsultCommittee\"", page);
        Assert.Contains("name=\"Advice\"", page);

        var response = await TestApp.PostFormAsync(clerk, $"/reconsideration/{open.Id}", new Dictionary<string, string>
        {
            ["Step"] = "ConsultCommittee", ["On"] = open.AcceptedOn!.Value.ToString("yyyy-MM-dd"),
            ["Version"] = open.Version.ToString(), ["Advice"] = "委员会一致建议维持",
        }, handler: "Step");
        Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Redirect);
        var after = await clerk.GetStringAsync($"/reconsideration/{open.Id}");
        Assert.Contains("复议委员会咨询意见", after);
        Assert.Contains("委员会一致建议维持", after);
        Assert.DoesNotContain("id=\"step-ConsultCommittee\"", after);
    }

    [Theory, BothStores]
    public async Task The_demo_county_has_a_converted_case_a_hearing_and_an_opinion_letter_reported_on(
        string provider)
    {
        await using var app = await new TestApp(provider).WithDemoAsync();
        Assert.True(await app.QueryAsync(db => db.ReconsiderationCases.AnyAsync(c => c.ConvertedOn != null)));
        Assert.True(await app.QueryAsync(db => db.ReconsiderationCases.AnyAsync(c => c.HearingHeldOn != null)));
        Assert.True(await app.QueryAsync(db =>
            db.ReconsiderationCases.AnyAsync(c => c.OpinionLetterReportedOn != null)));
        Assert.True(await app.QueryAsync(db => db.ReconsiderationCases.AnyAsync(c => c.RedoWithinDays != null)));
        Assert.True(await app.QueryAsync(db => db.ReconsiderationCases.AnyAsync(c => c.PerformanceOrderedOn != null)));
        Assert.True(await app.QueryAsync(db => db.ReconsiderationCases.AnyAsync(c => c.PerformedOn != null)));
        Assert.True(await app.QueryAsync(db => db.ReconsiderationCases.AnyAsync(c => c.EnforcedOn != null)));
        Assert.True(await app.QueryAsync(db => db.ReconsiderationCases.AnyAsync(c => c.MakerNotifiedOn != null)));
        var converted = await app.QueryAsync(db => db.ReconsiderationCases.FirstAsync(c => c.ConvertedOn != null));
        var clerk = await app.LoginAsync("sfj");
        Assert.Contains("由简易程序转为普通程序", await clerk.GetStringAsync($"/reconsideration/{converted.Id}"));
    }
}
