using HopeCase.Core.Contacts;
using HopeCase.Tests.Support;

namespace HopeCase.Tests.Core.Audit;

/// <summary>Search pages after the first and the contact, referral and alert lists record the ids they showed.</summary>
public sealed class ListReadAuditTests
{
    [Fact]
    public async Task Every_search_page_records_the_ids_it_showed_with_the_id_masked()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var a = await w.NewBeneficiaryAsync(1);
        var b = await w.NewBeneficiaryAsync(2);
        var first = await w.Beneficiaries.SearchAsync(IntakeWorld.Officer, "أحمد", take: 1);
        Assert.NotNull(first.Next);
        var second = await w.Beneficiaries.SearchAsync(IntakeWorld.Officer, "أحمد", first.Next, take: 1);
        var shown = Assert.Single(second.Hits).Id;
        var trail = await w.Audit.LatestAsync(Auditor.Actor, 20, "Beneficiary");
        var more = Assert.Single(trail, e => e.Action == "BeneficiarySearchMore");
        Assert.StartsWith($"shown:1[{shown}] search:", more.Details, StringComparison.Ordinal);
        Assert.Contains(new[] { a, b }, id => id == shown);

        await w.Beneficiaries.SearchAsync(IntakeWorld.Officer, IntakeWorld.NationalId(2));
        var byId = (await w.Audit.LatestAsync(Auditor.Actor, 20, "Beneficiary")).First(e => e.Action == "BeneficiarySearch");
        Assert.DoesNotContain(IntakeWorld.NationalId(2), byId.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contact_referral_and_alert_lists_record_the_ids_they_showed()
    {
        await using var w = await IntakeWorld.CreateAsync();
        var person = await w.NewBeneficiaryAsync();
        var contact = await w.Contacts.RecordAsync(IntakeWorld.Officer, new ContactInput(person, null, null, ContactChannel.Phone, ContactDirection.Incoming,
            ContactPurpose.Inquiry, "سأل عن موعد", null, null, 3));
        await w.Contacts.ForBeneficiaryAsync(IntakeWorld.Officer, person);
        await w.Contacts.UnansweredAsync(IntakeWorld.Officer);
        await w.Referrals.OpenAsync(IntakeWorld.Researcher);
        await w.Alerts.OpenAsync(IntakeWorld.Manager);

        var trail = await w.Audit.LatestAsync(Auditor.Actor, 50);
        Assert.Contains(trail, e => e.Action == "ContactsRead" && e.Details!.StartsWith($"shown:1[{contact}]", StringComparison.Ordinal));
        Assert.Contains(trail, e => e.Action == "ContactsUnansweredRead" && e.Details!.Contains($"{contact}", StringComparison.Ordinal));
        Assert.Contains(trail, e => e.Action == "ReferralsOpenRead");
        Assert.Contains(trail, e => e.Action == "AlertsRead");
    }
}
