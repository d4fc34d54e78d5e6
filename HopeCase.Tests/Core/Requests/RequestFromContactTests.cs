using HopeCase.Core.Contacts;
using HopeCase.Core.Dashboard;
using HopeCase.Core.Research;
using HopeCase.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace HopeCase.Tests.Core.Requests;

/// <summary>Issue 14 item 7: a request opened from a phone contact is a phone request, linked to the contact, and the dashboard counts it so.</summary>
public sealed class RequestFromContactTests
{
    [Fact]
    public async Task The_request_carries_the_channel_of_its_contact_and_the_dashboard_counts_it()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var person = await w.NewBeneficiaryAsync();
        var call = await w.Contacts.RecordAsync(IntakeWorld.Officer, new ContactInput(person, null, null, ContactChannel.Phone, ContactDirection.Incoming,
            ContactPurpose.SupportRequest, "يطلب جلسات إرشاد", null, null, 6));
        var type = await w.TypeAsync("counselling");

        var id = await w.Intake.CreateDraftFromContactAsync(IntakeWorld.Officer, call, type.Id, "جلسات إرشاد نفسي");

        await using (var db = await w.Dbs.CreateDbContextAsync())
        {
            var request = await db.Requests.SingleAsync(r => r.Id == id);
            Assert.Equal((ContactChannel.Phone, (int?)call), (request.Channel, request.ContactId));
        }
        var dashboard = new DashboardService(w.Dbs, w.Audit, w.Clock);
        var today = HopeCase.Core.Saudi.SaudiTime.LocalDate(w.Clock.GetUtcNow());
        var data = await dashboard.BuildAsync(IntakeWorld.Manager, new DashboardPeriod(today.AddDays(-1), today));
        Assert.Contains(data.RequestsByChannel, c => c.Channel == ContactChannel.Phone && c.Count == 1);
        Assert.DoesNotContain(data.RequestsByChannel, c => c.Channel == ContactChannel.Interview && c.Count > 0);
    }

    [Fact]
    public async Task A_contact_without_a_file_opens_no_request()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var call = await w.Contacts.RecordAsync(IntakeWorld.Officer, new ContactInput(null, "متصل", "0551230000", ContactChannel.Phone, ContactDirection.Incoming,
            ContactPurpose.Inquiry, "استفسار", null, null, 2));
        var type = await w.TypeAsync("counselling");
        var ex = await Assert.ThrowsAsync<CaseRuleException>(() => w.Intake.CreateDraftFromContactAsync(IntakeWorld.Officer, call, type.Id, "طلب"));
        Assert.Equal("Requests.ContactWithoutFile", ex.Code);
    }
}
