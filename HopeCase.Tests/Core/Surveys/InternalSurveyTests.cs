using HopeCase.Core.Dashboard;
using HopeCase.Core.Messaging;
using HopeCase.Core.Saudi;
using HopeCase.Core.Security;
using HopeCase.Core.Staff;
using HopeCase.Core.Surveys;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Surveys;

/// <summary>Internal beneficiaries (P-3.8): departments rate the staff's service through the same links, figured apart.</summary>
public sealed class InternalSurveyTests
{
    private const int Finance = 1;

    private static async Task AddStaffAsync(FeedbackWorld w, string id, string name)
    {
        await using var db = await w.Dbs.CreateDbContextAsync();
        db.Users.Add(new StaffUser { Id = id, UserName = id, Email = $"{id}@hope.test", DisplayName = name, CreatedAt = w.Clock.GetUtcNow() });
        await db.SaveChangesAsync();
    }

    /// <summary>The finance department with a contact, a served staff member, one recorded service: its id and the token from the SMS.</summary>
    private static async Task<(int Service, string Token)> RecordedAsync(FeedbackWorld w, string staffId = "u-acc")
    {
        Assert.True(await w.Internal.SetContactAsync(IntakeWorld.Manager, Finance, new DepartmentContact("مدير المالية", "finance@hope.test", "0551112233", true)));
        var result = await w.Internal.RecordAsync(IntakeWorld.Officer,
            new InternalServiceInput(Finance, staffId, "تجهيز بيانات المستفيدين لتقرير الربع", SaudiTime.LocalDate(w.Clock.GetUtcNow())));
        Assert.Equal(InternalServiceProblem.None, result.Problem);
        await using var db = await w.Dbs.CreateDbContextAsync();
        var body = await db.Outbox.Where(m => m.IdempotencyKey == $"survey:internal:{result.Id}:sms").Select(m => m.Body).SingleAsync();
        var at = body.IndexOf("/survey/", StringComparison.Ordinal) + "/survey/".Length;
        return (result.Id!.Value, body[at..].Split(' ', '\n')[0]);
    }

    [Fact]
    public async Task Recording_a_service_queues_its_survey_to_the_department_contact_with_the_audit_entry_and_other_roles_are_refused()
    {
        await using var w = await FeedbackWorld.CreateAsync();
        await AddStaffAsync(w, "u-acc", "سارة المحاسبة");
        var today = SaudiTime.LocalDate(w.Clock.GetUtcNow());
        var input = new InternalServiceInput(Finance, "u-acc", "تجهيز بيانات", today);
        Assert.Equal(InternalServiceProblem.NoContact, (await w.Internal.RecordAsync(IntakeWorld.Manager, input)).Problem);
        var (service, token) = await RecordedAsync(w);

        Assert.Equal(InternalServiceProblem.FutureDate, (await w.Internal.RecordAsync(IntakeWorld.Manager, input with { ServedOn = today.AddDays(1) })).Problem);
        Assert.Equal(InternalServiceProblem.UnknownStaff, (await w.Internal.RecordAsync(IntakeWorld.Manager, input with { StaffId = "u-nobody" })).Problem);
        Assert.False(await w.Internal.SetContactAsync(IntakeWorld.Manager, Finance, new DepartmentContact(null, null, "12345", true)));
        foreach (var actor in new[] { IntakeWorld.Researcher, IntakeWorld.Provider, IntakeWorld.Admin, FeedbackWorld.Committee })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => w.Internal.RecordAsync(actor, input));
            await Assert.ThrowsAsync<ForbiddenException>(() => w.Internal.ListAsync(actor));
        }
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Internal.SetContactAsync(IntakeWorld.Officer, Finance, new DepartmentContact(null, "x@hope.test", null, true)));

        await using var db = await w.Dbs.CreateDbContextAsync();
        var messages = await db.Outbox.AsNoTracking().Where(m => m.IdempotencyKey.StartsWith("survey:internal:")).OrderBy(m => m.Id).ToListAsync();
        Assert.Equal([("+966551112233", MessageChannel.Sms), ("finance@hope.test", MessageChannel.Email)], messages.Select(m => (m.To, m.Channel)));
        Assert.All(messages, m => Assert.Equal(MessageKind.SurveyInvitation, m.Kind));
        Assert.All(messages, m => Assert.Null(m.BeneficiaryId));
        Assert.DoesNotContain(token, SurveyLinkMask.Mask(messages[0].Body), StringComparison.Ordinal);
        var invitation = await db.SurveyInvitations.AsNoTracking().SingleAsync();
        Assert.Equal((SurveyAudience.Internal, (int?)service, (int?)null, "u-acc"), (invitation.Audience, invitation.InternalServiceId, invitation.BeneficiaryId, invitation.ProviderId));
        Assert.NotEqual(token, invitation.TokenHash);
        var audited = await db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == "InternalServiceRecorded");
        Assert.Equal(service.ToString(System.Globalization.CultureInfo.InvariantCulture), audited.EntityId);
        var listed = Assert.Single(await w.Internal.ListAsync(IntakeWorld.Officer));
        Assert.Equal(("سارة المحاسبة", true, false), (listed.StaffName, listed.Invited, listed.Answered));
    }

    [Fact]
    public async Task A_department_answers_once_and_its_answer_is_kept_out_of_every_beneficiary_figure_and_shown_in_its_own()
    {
        await using var w = await FeedbackWorld.CreateAsync();
        await AddStaffAsync(w, "u-acc", "سارة المحاسبة");
        var (_, beneficiaryToken) = (0, (await SurveyTests.InvitedAsync(w)).Token);
        Assert.Equal(SurveyLinkState.Valid, await w.Surveys.SubmitOnlineAsync(beneficiaryToken, new SurveyAnswer(new SurveyScores(5, 5, 5, 5, 5, 10), null, false)));
        var (service, token) = await RecordedAsync(w);

        Assert.Equal(SurveyLinkState.Valid, await w.Surveys.StateAsync(token));
        Assert.Equal(SurveyLinkState.Valid, await w.Surveys.SubmitOnlineAsync(token, new SurveyAnswer(new SurveyScores(1, 2, 3, 2, 1, 0), "تأخر التسليم", false)));
        Assert.Equal(SurveyLinkState.Used, await w.Surveys.SubmitOnlineAsync(token, new SurveyAnswer(new SurveyScores(5, 5, 5, 5, 5, 10), null, false)));

        var today = SaudiTime.LocalDate(w.Clock.GetUtcNow());
        var d = await w.Dashboard.BuildAsync(IntakeWorld.Manager, new DashboardPeriod(today.AddDays(-1), today.AddDays(1)));
        // The beneficiaries' figures are exactly the one beneficiary's answer.
        Assert.Equal((1, 1, 1, 100.0, 5.0, 10.0), (d.Overall.Responses, d.Invitations, d.InvitationsAnswered, d.ResponseRatePercent!.Value, d.Overall.AvgOverall!.Value, d.Overall.AvgRecommend!.Value));
        Assert.Equal(1, d.BeneficiaryAnswers);
        Assert.DoesNotContain(d.ByProvider!, s => s.ProviderId == "u-acc");
        Assert.Equal(1, d.Trend.Sum(m => m.Figures.Responses));
        // The departments' own panel: the service, its invitation, its answer, per question, per department and per staff member.
        var i = d.Internal!;
        Assert.Equal((1, 1, 1, 100.0), (i.Services, i.Invitations, i.InvitationsAnswered, i.ResponseRatePercent!.Value));
        Assert.Equal((1, 1.0, 2.0, 3.0, 2.0, 1.0, 0.0), (i.Overall.Responses, i.Overall.AvgOverall!.Value, i.Overall.AvgCourtesy!.Value, i.Overall.AvgClarity!.Value,
            i.Overall.AvgSpeed!.Value, i.Overall.AvgEase!.Value, i.Overall.AvgRecommend!.Value));
        var finance = Assert.Single(i.ByDepartment);
        Assert.Equal(("الشؤون المالية", 1), (finance.NameAr, finance.Figures.Responses));
        var staff = Assert.Single(i.ByStaff!);
        Assert.Equal(("u-acc", 1, true), (staff.ProviderId, staff.Responses, staff.Hidden));

        await using var db = await w.Dbs.CreateDbContextAsync();
        var answer = await db.SurveyResponses.AsNoTracking().SingleAsync(r => r.Audience == SurveyAudience.Internal);
        Assert.Equal(((int?)Finance, (int?)service, (int?)null, (int?)null), (answer.DepartmentId, answer.InternalServiceId, answer.BeneficiaryId, answer.SupportRequestId));
        // A department's low score opens no beneficiary follow-up.
        Assert.Empty(await db.FollowUpTasks.ToListAsync());
        Assert.True(Assert.Single(await w.Internal.ListAsync(IntakeWorld.Manager)).Answered);
    }

    [Fact]
    public async Task A_relations_officer_sees_the_dashboard_refused_and_the_internal_panel_has_no_staff_rows_for_an_admin()
    {
        await using var w = await FeedbackWorld.CreateAsync();
        await AddStaffAsync(w, "u-acc", "سارة المحاسبة");
        var (_, token) = await RecordedAsync(w);
        await w.Surveys.SubmitOnlineAsync(token, new SurveyAnswer(new SurveyScores(4, 4, 4, 4, 4, 9), null, true));
        var today = SaudiTime.LocalDate(w.Clock.GetUtcNow());
        var period = new DashboardPeriod(today, today);
        await Assert.ThrowsAsync<ForbiddenException>(() => w.Dashboard.BuildAsync(IntakeWorld.Officer, period));
        var d = await w.Dashboard.BuildAsync(IntakeWorld.Admin, period);
        Assert.Null(d.Internal!.ByStaff);
        Assert.Equal((0, 1), (d.Overall.Responses, d.Internal.Overall.Responses));
        await using var db = await w.Dbs.CreateDbContextAsync();
        // Anonymous: the department stays (it is the panel's group), the service it rated does not.
        var answer = await db.SurveyResponses.AsNoTracking().SingleAsync();
        Assert.Equal(((int?)Finance, (int?)null), (answer.DepartmentId, answer.InternalServiceId));
    }
}
